import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { FEED_CONTENT_TYPES } from '../../../shared/feeds/feed-ref.ts';
import { arnOf, logicalId, refOf, resource, type Stages } from './stages.ts';

/** CloudFront in front of the feeds bucket. */
export function describeCdn(stages: Stages): void {
  describe('feed distribution', () => {
    it('serves every feed format with a content type CloudFront compresses', () => {
      // From "Serving compressed files" in the CloudFront developer guide (file types that
      // CloudFront compresses); application/feed+json is not among them.
      const compressed = new Set([
        'application/json',
        'application/rss+xml',
        'application/atom+xml',
        'application/xml',
        'text/xml',
      ]);
      for (const contentType of Object.values(FEED_CONTENT_TYPES)) {
        expect(compressed.has(contentType.split(';')[0] ?? ''), contentType).toBe(true);
      }
    });

    const distribution = () => {
      const stage = stages.prod;
      return resource(stage, logicalId(stage, stage.stack.cdn.distribution)).Properties
        .DistributionConfig as Record<string, unknown>;
    };

    it('reads the feeds bucket through Origin Access Control, not a public bucket', () => {
      const stage = stages.prod;
      stage.template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
      stage.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: {
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
        },
      });
      expect(distribution().Origins).toEqual([
        expect.objectContaining({
          DomainName: {
            'Fn::GetAtt': [logicalId(stage, stage.stack.feedsBucket), 'RegionalDomainName'],
          },
          OriginAccessControlId: { 'Fn::GetAtt': [expect.any(String), 'Id'] },
          S3OriginConfig: { OriginAccessIdentity: '' },
        }),
      ]);
    });

    it('is the only reader of the feeds bucket, scoped to this distribution', () => {
      const stage = stages.prod;
      stage.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: refOf(stage, stage.stack.feedsBucket),
        PolicyDocument: {
          Statement: Match.arrayWith([
            {
              Effect: 'Allow',
              Principal: { Service: 'cloudfront.amazonaws.com' },
              Action: ['s3:GetObject', 's3:ListBucket'],
              Resource: [
                arnOf(stage, stage.stack.feedsBucket),
                { 'Fn::Join': ['', [arnOf(stage, stage.stack.feedsBucket), '/*']] },
              ],
              Condition: {
                StringEquals: {
                  'AWS:SourceArn': {
                    'Fn::Join': ['', Match.arrayWith([refOf(stage, stage.stack.cdn.distribution)])],
                  },
                },
              },
            },
          ]),
        },
      });
    });

    it('serves HTTPS only, compressed, on every path', () => {
      const config = distribution();
      const behaviors = [
        config.DefaultCacheBehavior,
        ...(config.CacheBehaviors as unknown[]),
      ] as Record<string, unknown>[];
      expect(behaviors).toHaveLength(2);
      for (const behavior of behaviors) {
        expect(behavior).toMatchObject({ ViewerProtocolPolicy: 'https-only', Compress: true });
      }
    });

    it('adds the managed security headers to anything outside /feeds/', () => {
      expect(distribution().DefaultCacheBehavior).toMatchObject({
        // AWS's managed SecurityHeadersPolicy.
        ResponseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03',
      });
    });

    it('caches /feeds/* by the objects’ Cache-Control, with security headers and CORS', () => {
      const stage = stages.prod;
      expect(distribution().CacheBehaviors).toEqual([
        expect.objectContaining({
          PathPattern: '/feeds/*',
          CachePolicyId: refOf(stage, stage.stack.cdn.feedCachePolicy),
          ResponseHeadersPolicyId: refOf(stage, stage.stack.cdn.feedHeadersPolicy),
          AllowedMethods: ['GET', 'HEAD', 'OPTIONS'],
        }),
      ]);
      stage.template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
        CachePolicyConfig: {
          MinTTL: 0,
          DefaultTTL: 60,
          MaxTTL: 86400,
          ParametersInCacheKeyAndForwardedToOrigin: {
            EnableAcceptEncodingGzip: true,
            EnableAcceptEncodingBrotli: true,
            HeadersConfig: { HeaderBehavior: 'none' },
            QueryStringsConfig: { QueryStringBehavior: 'none' },
            CookiesConfig: { CookieBehavior: 'none' },
          },
        },
      });
    });

    it('adds HSTS, nosniff, frame denial, no-referrer, a CSP and CORS GET to feed responses', () => {
      stages.prod.template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: {
          CorsConfig: {
            AccessControlAllowOrigins: { Items: ['*'] },
            AccessControlAllowMethods: { Items: Match.arrayWith(['GET', 'HEAD']) },
            AccessControlAllowCredentials: false,
            // Every format (RSS, Atom, JSON Feed) is under /feeds/*; ETag is not CORS-safelisted.
            AccessControlExposeHeaders: { Items: Match.arrayWith(['ETag']) },
            OriginOverride: true,
          },
          SecurityHeadersConfig: {
            StrictTransportSecurity: Match.objectLike({
              AccessControlMaxAgeSec: 730 * 86400,
              IncludeSubdomains: true,
            }),
            ContentTypeOptions: { Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
            ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
            ContentSecurityPolicy: Match.objectLike({
              ContentSecurityPolicy: Match.stringLikeRegexp("default-src 'none'"),
            }),
          },
        },
      });
    });

    it('never lists the bucket at "/" and logs requests to the log bucket', () => {
      const stage = stages.prod;
      expect(distribution()).toMatchObject({
        DefaultRootObject: 'index.html',
        Logging: {
          Bucket: {
            'Fn::GetAtt': [logicalId(stage, stage.stack.logBucket), 'RegionalDomainName'],
          },
          Prefix: 'cloudfront/',
        },
      });
    });
  });
}
