import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import type { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import {
  ATTR,
  INDEX,
  KEY_PREFIX,
  PUBLISHER_PARTITION,
  tableSchema,
} from '../../shared/store/table.ts';

/** Properties of {@link ArticleTable}. */
export interface ArticleTableProps {
  /**
   * Whether the table survives the stack: deletion protection on and removal policy RETAIN.
   * When false the table is deleted with the stack.
   * @default true
   */
  readonly retain?: boolean;
}

function attribute(name: string): { name: string; type: AttributeType } {
  const definition = tableSchema('-').AttributeDefinitions?.find((a) => a.AttributeName === name);
  if (definition?.AttributeType !== 'S') {
    throw new Error(`tableSchema() declares no string attribute ${JSON.stringify(name)}`);
  }
  return { name, type: AttributeType.STRING };
}

function projectionOf(declared: string | undefined): ProjectionType {
  switch (declared) {
    case 'KEYS_ONLY':
      return ProjectionType.KEYS_ONLY;
    case 'ALL':
      return ProjectionType.ALL;
    default:
      throw new Error(`tableSchema() declares an unsupported projection ${String(declared)}`);
  }
}

/**
 * The single DynamoDB table of the pipeline, built from `tableSchema()` in
 * `shared/store/table.ts` (the design DynamoDB Local uses too): on-demand, point-in-time
 * recovery, a NEW_AND_OLD_IMAGES stream for the feeds function, the sparse keys-only feed GSIs
 * (over the articles' feed-entry items), and
 * TTL on `expiresAt` so old rejection records expire.
 */
export class ArticleTable extends Construct {
  /** The table. */
  public readonly table: Table;
  /** ARNs of every index, one by one, for policies without wildcards. */
  public readonly indexArns: readonly string[];
  /** Names of every index (the feed indexes). */
  public readonly indexNames: readonly string[];
  /** ARNs of the feed indexes. */
  public readonly feedIndexArns: readonly string[];

  constructor(scope: Construct, id: string, props: ArticleTableProps = {}) {
    super(scope, id);
    const retain = props.retain ?? true;
    const schema = tableSchema('-');
    const [hash, range] = schema.KeySchema ?? [];
    if (hash?.AttributeName === undefined || range?.AttributeName === undefined) {
      throw new Error('tableSchema() must declare a partition key and a sort key');
    }
    this.table = new Table(this, 'Table', {
      partitionKey: attribute(hash.AttributeName),
      sortKey: attribute(range.AttributeName),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: ATTR.expiresAt,
      // The AWS managed KMS key (aws/dynamodb): KMS encryption at rest (Control Tower's
      // CT.DYNAMODB.PR.2) without a key to administer or pay for monthly.
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: retain,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const indexNames: string[] = [];
    for (const index of schema.GlobalSecondaryIndexes ?? []) {
      const [indexHash, indexRange] = index.KeySchema ?? [];
      if (index.IndexName === undefined || indexHash?.AttributeName === undefined) {
        throw new Error('tableSchema() declares an index without a name or partition key');
      }
      this.table.addGlobalSecondaryIndex({
        indexName: index.IndexName,
        partitionKey: attribute(indexHash.AttributeName),
        ...(indexRange?.AttributeName ? { sortKey: attribute(indexRange.AttributeName) } : {}),
        projectionType: projectionOf(index.Projection?.ProjectionType),
      });
      indexNames.push(index.IndexName);
    }
    const stack = Stack.of(this);
    this.indexNames = indexNames;
    const arnOf = (name: string) =>
      stack.formatArn({
        service: 'dynamodb',
        resource: 'table',
        resourceName: `${this.table.tableName}/index/${name}`,
      });
    this.indexArns = indexNames.map(arnOf);
    this.feedIndexArns = [INDEX.publisher, INDEX.section].map(arnOf);
  }

  /**
   * Lets the ingest function read and write items of the base table: the source-key, article
   * and rejection items, single or in transactions (`TransactWriteItems` is authorized per
   * contained action), and query the site profiles (one partition per site, starting with
   * `KEY_PREFIX.site`). No index, no scan.
   *
   * @param grantee - the principal
   * @returns the grant of the item actions
   */
  grantIngestWrite(grantee: IGrantable): Grant {
    this.#allowInPartitions(grantee, ['dynamodb:Query'], KEY_PREFIX.site);
    return iam.Grant.addToPrincipal({
      grantee,
      actions: [
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:ConditionCheckItem',
      ],
      resourceArns: [this.table.tableArn],
    });
  }

  /**
   * Lets the feeds (stream) function mark feeds: update the per-feed state items only (partition
   * keys starting with `KEY_PREFIX.feed`), no read of an article or an index; write the articles'
   * feed entries (put and delete items whose partition key starts with `KEY_PREFIX.entry`, the
   * items the feed indexes are built on); and read the publisher registry (which feeds exist).
   *
   * @param grantee - the principal
   */
  grantFeedMarks(grantee: IGrantable): void {
    this.grantRegistryRead(grantee);
    this.#allowInPartitions(grantee, ['dynamodb:UpdateItem'], KEY_PREFIX.feed);
    this.#allowInPartitions(grantee, ['dynamodb:DeleteItem', 'dynamodb:PutItem'], KEY_PREFIX.entry);
  }

  /**
   * Lets the feeds function query the feed indexes (each named by its own ARN), read article
   * items in batches, read the publisher registry (titles, home pages, languages, the aggregate's
   * partitions), update its per-feed generation items and put and query its archive pages — only
   * items whose partition key starts with `KEY_PREFIX.feed`, so it cannot touch an article.
   *
   * @param grantee - the principal
   */
  grantFeedAccess(grantee: IGrantable): void {
    this.grantRegistryRead(grantee);
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:Query'],
      resourceArns: [...this.feedIndexArns],
    });
    // The indexes hold keys only: the articles themselves are read by key, and only articles.
    this.#allowInPartitions(grantee, ['dynamodb:BatchGetItem'], KEY_PREFIX.article);
    // The feed's state item, and its archive pages (put once, queried newest first); the feed
    // directory reads the section names of the state items by key.
    this.#allowInPartitions(
      grantee,
      ['dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
      KEY_PREFIX.feed,
    );
  }

  /**
   * Lets a function read the publisher registry: `GetItem` and `Query` on the base table, only
   * in the `PUBLISHER` partition.
   *
   * @param grantee - the principal
   */
  grantRegistryRead(grantee: IGrantable): void {
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:GetItem', 'dynamodb:Query'],
      resourceArns: [this.table.tableArn],
      conditions: {
        'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [PUBLISHER_PARTITION] },
      },
    });
  }

  /**
   * Lets the upload API read: single items (keys, publishers, key states, articles) and the
   * listing of a publisher's keys by outcome (`Query` only on partitions starting with
   * `KEY_PREFIX.pageListing`). No write, no scan.
   *
   * @param grantee - the principal
   */
  grantUploadApiRead(grantee: IGrantable): void {
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem'],
      resourceArns: [this.table.tableArn],
    });
    this.#allowInPartitions(grantee, ['dynamodb:Query'], KEY_PREFIX.pageListing);
  }

  /**
   * Lets the upload API keep its keys' rate limits: `UpdateItem` of the `RATE#` items only
   * (their partition keys' prefix), so it still cannot change anything else in the table.
   *
   * @param grantee - the principal
   */
  grantRateLimitWrites(grantee: IGrantable): void {
    this.#allowInPartitions(grantee, ['dynamodb:UpdateItem'], KEY_PREFIX.rateLimit);
  }

  /**
   * Allows actions on base-table items only in partitions whose key starts with a prefix (the
   * `dynamodb:LeadingKeys` condition).
   *
   * @param grantee - the principal
   * @param actions - the DynamoDB actions
   * @param prefix - the partition-key prefix (`KEY_PREFIX.…`)
   */
  #allowInPartitions(grantee: IGrantable, actions: string[], prefix: string): void {
    iam.Grant.addToPrincipal({
      grantee,
      actions,
      resourceArns: [this.table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${prefix}*`] } },
    });
  }
}
