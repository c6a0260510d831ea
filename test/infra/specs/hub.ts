import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { discoveryLinkFunctionCode } from '../../../infra/constructs/feed-distribution.ts';
import { HUB_PATH } from '../../../infra/constructs/websub-hub.ts';
import { KEY_PREFIX } from '../../../shared/store/table.ts';
import { DELIVERY_MAX_ATTEMPTS } from '../../../shared/websub/config.ts';
import { synthStage } from '../synth-stage.ts';
import type { Stages } from './stages.ts';

/** The WebSub hub: endpoint, queue, worker, the discovery Link header at the edge. */
export function describeHub(stages: Stages): void {
  describe('WebSub hub', () => {
    it('serves GET and POST /hub from the endpoint function on a throttled, logged stage', () => {
      const { template } = stages.prod;
      for (const method of ['GET', 'POST']) {
        template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
          RouteKey: `${method} ${HUB_PATH}`,
        });
      }
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        AutoDeploy: true,
        DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: Match.anyValue() }),
        AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
      });
    });

    it('lets the regenerate and reconcile functions advertise the hub and send it publish jobs', () => {
      const stage = stages.prod;
      const { regenerator, reconciler } = stage.stack.feeds;
      for (const fn of [regenerator.handler, reconciler.handler]) {
        const id = stage.stack.getLogicalId(fn.node.defaultChild as CfnElement);
        const variables = stage.template.toJSON().Resources[id]?.Properties.Environment.Variables;
        expect(Object.keys(variables ?? {})).toEqual(
          expect.arrayContaining(['HUB_URL', 'HUB_QUEUE_URL']),
        );
      }
    });

    it('dead-letters a job after the last delivery attempt', () => {
      stages.prod.template.hasResourceProperties('AWS::SQS::Queue', {
        RedrivePolicy: Match.objectLike({ maxReceiveCount: DELIVERY_MAX_ATTEMPTS }),
      });
    });

    it('lets the hub functions touch subscription items only', () => {
      const { template } = stages.prod;
      const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
      expect(policies).toContain(`"${KEY_PREFIX.subscription}*"`);
      expect(policies).toContain(`"${KEY_PREFIX.subscriptionHost}*"`);
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              // Sorted: the app minimizes its policies.
              Action: [
                'dynamodb:DeleteItem',
                'dynamodb:GetItem',
                'dynamodb:PutItem',
                'dynamodb:Query',
              ],
              Condition: {
                'ForAllValues:StringLike': {
                  'dynamodb:LeadingKeys': [
                    `${KEY_PREFIX.subscription}*`,
                    `${KEY_PREFIX.subscriptionHost}*`,
                  ],
                },
              },
            }),
          ]),
        },
      });
    });

    it('adds the discovery Link header to feed responses at the edge, and exposes it to CORS', () => {
      const { template } = stages.prod;
      template.hasResourceProperties('AWS::CloudFront::Function', {
        FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
      });
      template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: Match.objectLike({
          CorsConfig: Match.objectLike({
            AccessControlExposeHeaders: { Items: Match.arrayWith(['Link']) },
          }),
        }),
      });
    });

    it('writes Link: hub and self for feed documents only', () => {
      const code = discoveryLinkFunctionCode('https://hub.example/hub');
      const run = new Function('event', `${code}\nreturn handler(event);`) as (event: unknown) => {
        headers: Record<string, { value: string }>;
      };
      const respond = (uri: string, statusCode = 200) =>
        run({
          request: { uri, headers: { host: { value: 'feeds.example.com' } } },
          response: { statusCode, headers: {} },
        }).headers.link?.value;
      expect(respond('/feeds/demo/du-lich.atom')).toBe(
        '<https://hub.example/hub>; rel="hub", <https://feeds.example.com/feeds/demo/du-lich.atom>; rel="self"',
      );
      expect(respond('/index.html')).toBeUndefined();
      expect(respond('/feeds/gone.xml', 404)).toBeUndefined();
    });

    it('deploys only the worker, for publish pings, with an external hub', () => {
      const stage = synthStage('dev', {
        context: { hubUrl: 'https://pubsubhubbub.example/' },
        builtinValidation: false,
      });
      try {
        // The upload API stays; the hub's own API and endpoint function are not deployed.
        stage.template.resourcePropertiesCountIs(
          'AWS::ApiGatewayV2::Api',
          { Description: Match.stringLikeRegexp('WebSub') },
          0,
        );
        expect(stage.stack.hub.endpoint).toBeUndefined();
        expect(stage.stack.hub.hubUrl).toBe('https://pubsubhubbub.example/');
        stage.template.hasResourceProperties('AWS::Lambda::Function', {
          Environment: {
            Variables: Match.objectLike({
              HUB_MODE: 'external',
              HUB_URL: 'https://pubsubhubbub.example/',
            }),
          },
        });
      } finally {
        stage.dispose();
      }
    });

    it('refuses an external hub that is not an http(s) URL', () => {
      expect(() => synthStage('dev', { context: { hubUrl: 'pubsubhubbub' } })).toThrow(
        'hubUrl must be an absolute http(s) URL, got "pubsubhubbub"',
      );
    });
  });
}
