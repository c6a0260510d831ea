import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledgeFinding, guardRule } from '../nag.ts';

/** How long a dead letter is kept: SQS's longest retention, time to find and fix a cause. */
export const DEAD_LETTER_RETENTION = Duration.days(14);

/** Properties of {@link createDeadLetterQueue}. */
export interface DeadLetterQueueProps {
  /** What happens to the queue when the stack is deleted (the stage's policy). */
  readonly removalPolicy: RemovalPolicy;
  /**
   * Whose dead letters it holds and what happens to them, given as the reason for the findings
   * a dead-letter queue raises about itself (it has no dead-letter queue of its own).
   */
  readonly holds: string;
  /**
   * Whether cdk-nag can see no queue redriving into it (its senders are EventBridge, a Lambda
   * destination or a function), so `AwsSolutions-SQS3` must be acknowledged too.
   * @default false
   */
  readonly sentToByNonQueues?: boolean;
}

/**
 * A dead-letter queue as every one of the project's is: SSE-SQS, TLS only, kept 14 days, with
 * Control Tower's "queue has a DLQ" rule acknowledged for the reason given.
 *
 * @param scope - the construct it belongs to
 * @param id - its id
 * @param props - removal policy and what it holds
 * @returns the queue
 * @example
 * const dlq = createDeadLetterQueue(this, 'DeadLetterQueue', {
 *   removalPolicy: stage.removalPolicy,
 *   holds: 'This queue is itself the dead-letter queue of the ingest queue; …',
 * });
 */
export function createDeadLetterQueue(
  scope: Construct,
  id: string,
  props: DeadLetterQueueProps,
): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: DEAD_LETTER_RETENTION,
    removalPolicy: props.removalPolicy,
  });
  acknowledgeFinding(queue, guardRule('sqs_dlq_check'), props.holds);
  if (props.sentToByNonQueues === true) {
    acknowledgeFinding(queue, 'AwsSolutions-SQS3', props.holds);
  }
  return queue;
}
