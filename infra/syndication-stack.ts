import { CfnOutput, Duration, Lazy, Stack, type StackProps } from 'aws-cdk-lib';
import { ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { FEEDS_KEY_PREFIX } from '../shared/feeds/feed-ref.ts';
import { ArticleTable } from './constructs/article-table.ts';
import { FeedDistribution, type FeedDomain } from './constructs/feed-distribution.ts';
import { FeedPublisher } from './constructs/feed-publisher.ts';
import { PageIngester } from './constructs/page-ingester.ts';
import { PipelineAlarms } from './constructs/pipeline-alarms.ts';
import { PipelineDashboard } from './constructs/pipeline-dashboard.ts';
import { PublisherUploadPolicy } from './constructs/publisher-upload-policy.ts';
import { SecureBucket } from './constructs/secure-bucket.ts';
import { UploadApi } from './constructs/upload-api.ts';
import { WebSubHub } from './constructs/websub-hub.ts';
import { acknowledgeFinding, guardRule } from './nag.ts';
import type { StageConfig } from './stage.ts';

/** Properties of {@link SyndicationStack}. */
export interface SyndicationStackProps extends StackProps {
  /** The stage: what is retained, how long logs are kept. */
  readonly stage: StageConfig;
  /**
   * Address that receives alarm notifications.
   * @default - none; subscribe to the `AlarmTopicArn` output yourself
   */
  readonly alarmEmail?: string;
  /**
   * The feeds' own domain name, ACM certificate and Route 53 alias.
   * @default - the distribution's generated `dxxxx.cloudfront.net` name
   */
  readonly domain?: FeedDomain;
  /**
   * An external WebSub hub: the feeds advertise it and are sent its publish pings.
   * @default - the built-in hub
   */
  readonly externalHubUrl?: string;
}

/**
 * The whole pipeline: inbox bucket → SQS → ingest function → table → stream → feeds function
 * (marks) → regeneration queue → regenerate function → feeds bucket → CloudFront, with access
 * logs, alarms and one upload policy for publishers' IAM identities (scoped by their
 * `publisher` principal tag).
 */
export class SyndicationStack extends Stack {
  public readonly logBucket: SecureBucket;
  public readonly inbox: SecureBucket;
  public readonly feedsBucket: SecureBucket;
  public readonly articles: ArticleTable;
  public readonly ingest: PageIngester;
  public readonly cdn: FeedDistribution;
  public readonly feeds: FeedPublisher;
  public readonly hub: WebSubHub;
  public readonly alarms: PipelineAlarms;
  public readonly dashboard: PipelineDashboard;
  public readonly uploadPolicy: PublisherUploadPolicy;
  public readonly uploadApi: UploadApi;

  constructor(scope: Construct, id: string, props: SyndicationStackProps) {
    super(scope, id, props);
    const { stage } = props;
    const data = { removalPolicy: stage.removalPolicy, autoDeleteObjects: !stage.retainData };
    const metricsNamespace = `Syndication/${stage.name}`;

    this.logBucket = new SecureBucket(this, 'LogBucket', {
      ...data,
      // CloudFront standard logging writes with an ACL, so this bucket alone keeps ACLs on.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      // Versioned (a log overwritten or deleted by mistake is kept a day); logs are written once.
      versioned: true,
      lifecycleRules: [
        {
          id: 'expire-logs',
          expiration: stage.accessLogExpiration,
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
    });
    acknowledgeFinding(
      this.logBucket,
      guardRule('s3_bucket_logging_enabled_check'),
      'This is the access-log bucket: logging it into itself would log its own log deliveries.',
    );
    acknowledgeFinding(
      this.logBucket,
      guardRule('s3_event_notifications_enabled_check'),
      'Nothing consumes events of the log bucket: logs are read on demand.',
    );
    this.inbox = new SecureBucket(this, 'InboxBucket', {
      ...data,
      versioned: true,
      lifecycleRules: [
        {
          id: 'old-versions',
          // A page overwritten or deleted by mistake stays recoverable for this long.
          noncurrentVersionExpiration: stage.noncurrentVersionExpiration,
          noncurrentVersionsToRetain: 3,
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      accessLogs: { bucket: this.logBucket, prefix: 's3/inbox/' },
    });
    acknowledgeFinding(
      this.inbox,
      guardRule('s3_event_notifications_enabled_check'),
      "The inbox's notifications (every created and removed object to the ingest queue) are set " +
        "by aws-cdk-lib's Custom::S3BucketNotifications resource, not in the bucket's properties.",
    );
    this.feedsBucket = new SecureBucket(this, 'FeedsBucket', {
      ...data,
      // Versioned: a feed file overwritten by a bad render can be put back for a day.
      versioned: true,
      lifecycleRules: [
        {
          id: 'old-versions',
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      accessLogs: { bucket: this.logBucket, prefix: 's3/feeds/' },
    });
    acknowledgeFinding(
      this.feedsBucket,
      guardRule('s3_event_notifications_enabled_check'),
      'Nothing consumes events of the feeds bucket: CloudFront reads it on demand.',
    );

    this.articles = new ArticleTable(this, 'Articles', { retain: stage.retainData });
    this.ingest = new PageIngester(this, 'Ingest', {
      inbox: this.inbox,
      table: this.articles,
      stage,
      metricsNamespace,
    });
    this.cdn = new FeedDistribution(this, 'Cdn', {
      feedsBucket: this.feedsBucket,
      logBucket: this.logBucket,
      // Subscribers hold URLs on its name: in prod it is kept even if the stack lets go of it.
      retain: stage.retainData,
      ...(props.domain === undefined ? {} : { domain: props.domain }),
      // The hub is built below, from the distribution's URL; its own URL is read at synth.
      hubUrl: Lazy.string({ produce: () => this.hub.hubUrl }),
    });
    this.feeds = new FeedPublisher(this, 'Feeds', {
      table: this.articles,
      feedsBucket: this.feedsBucket,
      feedsBaseUrl: this.cdn.baseUrl,
      stage,
      metricsNamespace,
    });
    // A rebuild rewrites a closed archive page that held a withdrawn article; CloudFront keeps
    // those pages for a year, so the reconcile function invalidates the rewritten files.
    this.feeds.reconciler.handler.addEnvironment(
      'FEEDS_DISTRIBUTION_ID',
      this.cdn.distribution.distributionId,
    );
    this.cdn.distribution.grantCreateInvalidation(this.feeds.reconciler.handler);
    this.hub = new WebSubHub(this, 'Hub', {
      table: this.articles,
      feedsBucket: this.feedsBucket,
      feedsBaseUrl: this.cdn.baseUrl,
      stage,
      metricsNamespace,
      ...(props.externalHubUrl === undefined ? {} : { externalHubUrl: props.externalHubUrl }),
    });
    // The regenerate and reconcile functions write the feed files: they advertise the hub and
    // tell it of every file they rewrite.
    this.hub.grantPublish(this.feeds.regenerator.handler);
    this.hub.grantPublish(this.feeds.reconciler.handler);
    const deadLetterQueues = [
      { name: 'IngestDeadLetterQueue', queue: this.ingest.deadLetterQueue },
      { name: 'StreamFailureQueue', queue: this.feeds.failureQueue },
      { name: 'RegenerationDeadLetterQueue', queue: this.feeds.regenerator.deadLetterQueue },
      { name: 'HubDeadLetterQueue', queue: this.hub.deadLetterQueue },
      { name: 'ReconcileDeadLetterQueue', queue: this.feeds.reconciler.deadLetterQueue },
    ];
    const watchedTable = {
      tableName: this.articles.table.tableName,
      indexNames: this.articles.indexNames,
    };
    this.alarms = new PipelineAlarms(this, 'Alarms', {
      deadLetterQueues,
      functions: [
        this.ingest.watched,
        this.feeds.watched,
        this.feeds.regenerator.watched,
        this.feeds.reconciler.watched,
        ...this.hub.watched,
      ],
      metricsNamespace,
      table: watchedTable,
      streamConsumer: this.feeds.handler,
      workQueue: this.ingest.queue,
      ...(props.alarmEmail ? { email: props.alarmEmail } : {}),
    });
    this.dashboard = new PipelineDashboard(this, 'Dashboard', {
      dashboardName: `Syndication-${stage.name}`,
      metricsNamespace,
      ingest: this.ingest.watched,
      feeds: this.feeds.watched,
      regenerate: this.feeds.regenerator.watched,
      reconcile: this.feeds.reconciler.watched,
      workQueue: this.ingest.queue,
      deadLetterQueues,
      table: watchedTable,
      alarms: [...this.alarms.alarms.values()],
    });
    this.uploadPolicy = new PublisherUploadPolicy(this, 'UploadPolicy', { inbox: this.inbox });
    this.uploadApi = new UploadApi(this, 'UploadApi', {
      inbox: this.inbox,
      table: this.articles,
      feedsBaseUrl: this.cdn.baseUrl,
      stage,
      metricsNamespace,
    });

    this.addOutputs();
    this.acknowledgeCdkInternals();
  }

  /** Findings on resources aws-cdk-lib creates for its own custom resources. */
  private acknowledgeCdkInternals(): void {
    const basicExecution =
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';
    for (const child of this.node.children) {
      if (child.node.id.startsWith('BucketNotificationsHandler')) {
        acknowledgeFinding(
          child,
          guardRule('lambda_inside_vpc_check'),
          "aws-cdk-lib's bucket-notifications handler runs once per deployment and calls the S3 " +
            'API only; it reaches no private resource.',
        );
        acknowledgeFinding(
          child,
          basicExecution,
          "aws-cdk-lib's bucket-notifications custom resource attaches the basic execution " +
            'policy (logs only) to its role; the role may change notifications of the inbox only.',
        );
      }
    }
  }

  private addOutputs(): void {
    const feedUrl = (path: string) => `${this.cdn.baseUrl}/${FEEDS_KEY_PREFIX}${path}`;
    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description });
    output('DistributionDomainName', this.cdn.distribution.distributionDomainName, 'CloudFront');
    output('FeedsBaseUrl', this.cdn.baseUrl, 'Public base URL of the feeds (FEEDS_BASE_URL)');
    output('AllFeedRssUrl', feedUrl('all.xml'), 'RSS 2.0 feed of every publisher');
    output('AllFeedAtomUrl', feedUrl('all.atom'), 'Atom 1.0 feed of every publisher');
    output('AllFeedJsonUrl', feedUrl('all.json'), 'JSON Feed 1.1 of every publisher');
    output(
      'PublisherUploadPolicyArn',
      this.uploadPolicy.policy.managedPolicyArn,
      "Attach to the IAM role/user of a publisher's upload job, tagged publisher=<id>",
    );
    output(
      'ApiUrl',
      this.uploadApi.url,
      'Upload API for publishers with API keys (see docs/ingest.md)',
    );
    output('InboxBucketName', this.inbox.bucketName, 'Upload pages to <publisher>/<path>.html');
    output('FeedsBucketName', this.feedsBucket.bucketName, 'Feed files, under feeds/');
    output('LogBucketName', this.logBucket.bucketName, 'S3 and CloudFront access logs');
    output('TableName', this.articles.table.tableName, 'Articles, source keys, rejections');
    output('IngestDeadLetterQueueUrl', this.ingest.deadLetterQueue.queueUrl, 'Failed ingests');
    output('StreamFailureQueueUrl', this.feeds.failureQueue.queueUrl, 'Failed feed batches');
    output(
      'ReconcileFunctionName',
      this.feeds.reconciler.handler.functionName,
      'syndicate feeds rebuild --endpoint aws --function <this>',
    );
    output(
      'RegenerationDeadLetterQueueUrl',
      this.feeds.regenerator.deadLetterQueue.queueUrl,
      'Failed feed regenerations',
    );
    output(
      'ReconcileDeadLetterQueueUrl',
      this.feeds.reconciler.deadLetterQueue.queueUrl,
      'Daily reconciles that failed for good',
    );
    output('HubUrl', this.hub.hubUrl, 'WebSub hub the feeds advertise');
    output('HubDeadLetterQueueUrl', this.hub.deadLetterQueue.queueUrl, 'Failed WebSub deliveries');
    output('AlarmTopicArn', this.alarms.topic.topicArn, 'Subscribe to receive alarms');
  }
}
