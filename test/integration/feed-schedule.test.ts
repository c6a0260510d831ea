/**
 * The DynamoDB schedule store on DynamoDB Local, through the same scenarios as the in-memory
 * store: every condition of `shared/adapters/dynamo/feed-schedule.ts` meets a real server.
 */
import { DynamoFeedScheduleStore } from '../../shared/adapters/dynamo/feed-schedule.ts';
import { describeCoalescing } from '../support/coalescing-scenarios.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();

describeCoalescing(
  'DynamoDB Local',
  () => new DynamoFeedScheduleStore(aws().tableName, aws().documentClient),
);
