import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type HttpApi,
  HttpStage,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { acknowledgeFinding, guardRule } from '../nag.ts';
import type { StageConfig } from '../stage.ts';

/**
 * What API Gateway writes to an HTTP API's access log for each request: one JSON line with the
 * request id, the caller's address, the time, method, path, status, response length, latency and
 * the integration's error (empty unless the function failed).
 */
export const HTTP_API_ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  time: '$context.requestTime',
  method: '$context.httpMethod',
  path: '$context.path',
  status: '$context.status',
  length: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  error: '$context.integrationErrorMessage',
});

/** Properties of {@link throttledLoggedStage}. */
export interface ThrottledLoggedStageProps {
  readonly httpApi: HttpApi;
  /** Requests per second over every caller, and the burst. */
  readonly throttle: ThrottleSettings;
  /** Retention and removal of the access log group. */
  readonly stage: StageConfig;
  /**
   * Where the access log group goes (its id is `AccessLogs`).
   * @default the stage's scope
   */
  readonly logsScope?: Construct;
}

/** An HTTP API stage and the log group of its access logs. */
export interface ThrottledLoggedStage {
  readonly apiStage: HttpStage;
  readonly accessLogs: LogGroup;
}

/**
 * The `$default` stage of an HTTP API, deployed on every change, throttled over every caller and
 * writing {@link HTTP_API_ACCESS_LOG_FORMAT} lines to a log group of its own. The log group keeps
 * CloudWatch's own encryption at rest (acknowledged here for cfn-guard): the lines hold request
 * metadata, never page content.
 *
 * @param scope - where the stage goes
 * @param id - the stage's id
 * @param props - the API, the throttle, the project stage
 * @returns the stage and its access log group
 * @example
 * const { accessLogs } = throttledLoggedStage(api, 'Stage', { httpApi: api, throttle: { rateLimit: 20, burstLimit: 40 }, stage, logsScope: this });
 */
export function throttledLoggedStage(
  scope: Construct,
  id: string,
  props: ThrottledLoggedStageProps,
): ThrottledLoggedStage {
  const accessLogs = new LogGroup(props.logsScope ?? scope, 'AccessLogs', {
    retention: props.stage.logRetention,
    removalPolicy: props.stage.removalPolicy,
  });
  acknowledgeFinding(
    accessLogs,
    guardRule('cloudwatch_log_group_encrypted_check'),
    'CloudWatch Logs encrypts every log group at rest; these access logs hold request ' +
      'metadata (source address, path, status), no page content: nothing that calls for a key ' +
      "of its own, as for the functions' log groups.",
  );
  const apiStage = new HttpStage(scope, id, {
    httpApi: props.httpApi,
    autoDeploy: true,
    throttle: props.throttle,
    accessLogSettings: {
      destination: new LogGroupLogDestination(accessLogs),
      format: AccessLogFormat.custom(HTTP_API_ACCESS_LOG_FORMAT),
    },
  });
  return { apiStage, accessLogs };
}
