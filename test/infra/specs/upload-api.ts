import { describe, expect, it } from 'vitest';
import { API_BURST_LIMIT, API_RATE_LIMIT } from '../../../infra/constructs/upload-api.ts';
import { arnOf, logicalId, refOf, type Stages } from './stages.ts';

/** The upload API: its stage, its route and its output (the function's rights are in `iam.ts`). */
export function describeUploadApi(stages: Stages): void {
  describe('upload API', () => {
    it('throttles its stage and logs every request to its own log group', () => {
      const stage = stages.prod;
      const { uploadApi } = stage.stack;
      stage.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        ApiId: refOf(stage, uploadApi.api),
        AutoDeploy: true,
        DefaultRouteSettings: {
          ThrottlingRateLimit: API_RATE_LIMIT,
          ThrottlingBurstLimit: API_BURST_LIMIT,
        },
        AccessLogSettings: { DestinationArn: arnOf(stage, uploadApi.accessLogs) },
      });
    });

    it('sends every path under /v1 to the upload function', () => {
      const stage = stages.prod;
      const routes = Object.values(stage.template.findResources('AWS::ApiGatewayV2::Route')).filter(
        (route) =>
          JSON.stringify(route.Properties.ApiId) ===
          JSON.stringify(refOf(stage, stage.stack.uploadApi.api)),
      );
      expect(routes.map((route) => route.Properties.RouteKey)).toEqual(['ANY /v1/{proxy+}']);
    });

    it('gives its URL as the ApiUrl output, the API endpoint with /v1', () => {
      const stage = stages.prod;
      const value = JSON.stringify(stage.template.toJSON().Outputs.ApiUrl.Value);
      expect(value).toContain(logicalId(stage, stage.stack.uploadApi.api));
      expect(value).toContain('/v1');
    });
  });
}
