import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AccessLevel,
  AllowedMethods,
  CachedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  SSLMethod,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { AaaaRecord, ARecord, HostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { CloudFrontTarget } from 'aws-cdk-lib/aws-route53-targets';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeFinding, guardRule } from '../nag.ts';

/**
 * A stable name for the feeds: subscribers keep their feed URLs when the distribution is
 * replaced, and every feed's self link uses it.
 */
export interface FeedDomain {
  /** The feeds' host name, e.g. `feeds.example.com`. */
  readonly domainName: string;
  /** ARN of an ACM certificate for it, issued in us-east-1 (CloudFront's region). */
  readonly certificateArn: string;
  /**
   * The Route 53 public hosted zone to add the alias records (A and AAAA) to.
   * @default - no records: point the name at the distribution in your own DNS
   */
  readonly hostedZone?: { readonly zoneId: string; readonly zoneName: string };
}

/** Properties of {@link FeedDistribution}. */
export interface FeedDistributionProps {
  /** The bucket holding the feed files under `feeds/`. */
  readonly feedsBucket: IBucket;
  /** Bucket for CloudFront's standard access logs (needs ACLs enabled). */
  readonly logBucket: IBucket;
  /**
   * The feeds' own domain name, certificate and DNS alias.
   * @default - the generated `dxxxx.cloudfront.net` name
   */
  readonly domain?: FeedDomain;
  /**
   * Whether the distribution outlives the stack (and a replacement of it): its generated name
   * is in every subscriber's feed URL unless a domain is set.
   * @default false
   */
  readonly retain?: boolean;
  /**
   * The WebSub hub the feeds advertise: every feed response carries
   * `Link: <hub>; rel="hub", <feed URL>; rel="self"` (WebSub discovery), added at the edge.
   * @default - no Link header
   */
  readonly hubUrl?: string;
}

/**
 * The viewer-response code that adds the WebSub discovery `Link` header to the responses of
 * feed documents (`.xml`, `.atom`, `.json`); the self URL is the one the viewer asked for.
 *
 * @param hubUrl - the hub (a token is fine: it is resolved into the code)
 * @returns the function's source, cloudfront-js-2.0
 */
export function discoveryLinkFunctionCode(hubUrl: string): string {
  return [
    'function handler(event) {',
    '  var response = event.response;',
    '  var request = event.request;',
    '  if (/\\.(xml|atom|json)$/.test(request.uri) && response.statusCode < 400) {',
    '    var host = request.headers.host.value;',
    `    response.headers.link = { value: '<${hubUrl}>; rel="hub", <https://' + host + request.uri + '>; rel="self"' };`,
    '  }',
    '  return response;',
    '}',
  ].join('\n');
}

/**
 * CloudFront in front of the feeds bucket. The bucket stays private: CloudFront reads it through
 * Origin Access Control. Viewers must use HTTPS; responses are compressed; `/feeds/*` is cached
 * as long as each file's own `Cache-Control` says (the feeds function sets a short max-age with
 * stale-while-revalidate) and carries security headers and CORS for `GET`, so browser-side
 * readers can fetch the JSON feed.
 */
export class FeedDistribution extends Construct {
  /** The distribution. */
  public readonly distribution: Distribution;
  /** `https://<distribution domain>`, without a trailing slash. */
  public readonly baseUrl: string;
  /** The cache policy of `/feeds/*`. */
  public readonly feedCachePolicy: CachePolicy;
  /** The response headers policy of `/feeds/*`. */
  public readonly feedHeadersPolicy: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: FeedDistributionProps) {
    super(scope, id);
    this.feedCachePolicy = new CachePolicy(this, 'FeedCachePolicy', {
      comment: 'Feeds: honour the object Cache-Control; 60 s when it has none',
      // minTtl 0 lets an object's max-age (or no-cache) decide; defaultTtl applies only to
      // objects without Cache-Control; maxTtl bounds what an object can ask for.
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(60),
      maxTtl: Duration.days(1),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    this.feedHeadersPolicy = new ResponseHeadersPolicy(this, 'FeedHeadersPolicy', {
      comment: 'Feeds: security headers and CORS GET for browser-side feed readers',
      corsBehavior: {
        accessControlAllowOrigins: ['*'],
        accessControlAllowMethods: ['GET', 'HEAD', 'OPTIONS'],
        accessControlAllowHeaders: ['*'],
        accessControlExposeHeaders: ['ETag', 'Last-Modified', 'Link'],
        accessControlAllowCredentials: false,
        accessControlMaxAge: Duration.days(1),
        originOverride: true,
      },
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        // Feeds are data, never a page: nothing in them may run or be framed.
        contentSecurityPolicy: {
          contentSecurityPolicy: "default-src 'none'; frame-ancestors 'none'",
          override: true,
        },
      },
    });

    const discovery =
      props.hubUrl === undefined
        ? undefined
        : new CloudFrontFunction(this, 'DiscoveryLinks', {
            comment: 'WebSub discovery: Link headers (hub, self) on feed documents',
            runtime: FunctionRuntime.JS_2_0,
            code: FunctionCode.fromInline(discoveryLinkFunctionCode(props.hubUrl)),
          });
    const origin = S3BucketOrigin.withOriginAccessControl(props.feedsBucket, {
      // LIST makes a missing feed a 404 instead of S3's 403.
      originAccessLevels: [AccessLevel.READ, AccessLevel.LIST],
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Syndication feeds',
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        compress: true,
      },
      additionalBehaviors: {
        '/feeds/*': {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
          cachedMethods: CachedMethods.CACHE_GET_HEAD_OPTIONS,
          cachePolicy: this.feedCachePolicy,
          responseHeadersPolicy: this.feedHeadersPolicy,
          compress: true,
          ...(discovery === undefined
            ? {}
            : {
                functionAssociations: [
                  { function: discovery, eventType: FunctionEventType.VIEWER_RESPONSE },
                ],
              }),
        },
      },
      // A feed that does not exist yet (a new section) must not stay a cached 404 for long.
      errorResponses: [{ httpStatus: 404, ttl: Duration.seconds(10) }],
      httpVersion: HttpVersion.HTTP2_AND_3,
      // With LIST access, a request for "/" would list the bucket; answer it with a page that
      // does not exist (404) instead. An operator may upload an index.html describing the feeds.
      defaultRootObject: 'index.html',
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: 'cloudfront/',
      ...(props.domain === undefined
        ? {}
        : {
            domainNames: [props.domain.domainName],
            certificate: Certificate.fromCertificateArn(
              this,
              'Certificate',
              props.domain.certificateArn,
            ),
            sslSupportMethod: SSLMethod.SNI,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }),
    });
    if (props.retain) this.distribution.applyRemovalPolicy(RemovalPolicy.RETAIN);
    this.baseUrl = `https://${props.domain?.domainName ?? this.distribution.distributionDomainName}`;
    const zone = props.domain?.hostedZone;
    if (props.domain !== undefined && zone !== undefined) {
      const hostedZone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
        hostedZoneId: zone.zoneId,
        zoneName: zone.zoneName,
      });
      const target = RecordTarget.fromAlias(new CloudFrontTarget(this.distribution));
      const recordName = props.domain.domainName;
      new ARecord(this, 'AliasA', { zone: hostedZone, recordName, target });
      new AaaaRecord(this, 'AliasAaaa', { zone: hostedZone, recordName, target });
    }
    this.acknowledgeGuardFindings(props.domain !== undefined);

    acknowledgeFinding(
      this.distribution,
      '@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      'defaultRootObject is set, so "/" never lists the bucket (which holds public feeds only).',
    );
    acknowledgeFinding(
      this.distribution,
      'AwsSolutions-CFR1',
      'Feeds are public syndication data for partners worldwide; there is no country to block.',
    );
    acknowledgeFinding(
      this.distribution,
      'AwsSolutions-CFR2',
      'Only cached, public, read-only files behind GET/HEAD: no forms, logins or dynamic ' +
        'origin for WAF rules to protect; CloudFront absorbs floods (Shield Standard) and the ' +
        'origin is never hit more than the cache TTLs allow.',
    );
    if (props.domain === undefined) {
      acknowledgeFinding(
        this.distribution,
        'AwsSolutions-CFR4',
        'Without a custom domain the distribution uses its default *.cloudfront.net ' +
          'certificate, whose security policy cannot be chosen; with the domain props it uses ' +
          'the ACM certificate, SNI and TLSv1.2_2021.',
      );
    }
  }

  /** Control Tower's CloudFront controls that this design does not meet, with the reasons. */
  private acknowledgeGuardFindings(customDomain: boolean): void {
    acknowledgeFinding(
      this.distribution,
      guardRule('cloudfront_origin_failover_enabled_check'),
      'One origin: the feeds bucket of this region. A failover origin would be a replica ' +
        'bucket kept in step by the feeds function; stale-if-error (a day) already serves ' +
        'cached feeds while the origin fails.',
    );
    if (customDomain) return;
    const withoutDomain =
      'Deployed without the domain props, the distribution answers on its *.cloudfront.net ' +
      'name with the default certificate, where CloudFront chooses the certificate, SNI and ' +
      'TLS policy; pass -c domainName, -c certificateArn (and the hosted zone) to meet this.';
    for (const rule of [
      'cloudfront_custom_ssl_certificate_check',
      'cloudfront_sni_enabled_check',
      'cloudfront_security_policy_check',
    ]) {
      acknowledgeFinding(this.distribution, guardRule(rule), withoutDomain);
    }
  }
}
