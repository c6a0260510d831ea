import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RefusedSynth,
  SYNTH_TEST_TIMEOUT_MS,
  type SynthesizedStage,
  synthRefusedStage,
  synthStage,
} from '../synth-stage.ts';
import type { Stages } from './stages.ts';

interface GuardReport {
  readonly conclusion: string;
  readonly suppressed: readonly string[];
}

/**
 * The cfn-guard plugin's part of a synth's validation report, or null when it did not run.
 *
 * @param directory - the assembly directory the synth wrote
 */
function guardReport(directory: string): GuardReport | null {
  const json = JSON.parse(readFileSync(path.join(directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: {
      pluginName: string;
      conclusion: string;
      suppressedViolations?: { ruleName: string }[];
    }[];
  };
  const report = json.pluginReports.find((r) => r.pluginName === 'cdk-validator-cfnguard');
  if (report === undefined) return null;
  return {
    conclusion: report.conclusion,
    suppressed: [...new Set((report.suppressedViolations ?? []).map((v) => v.ruleName))].sort(),
  };
}

/** The controls this design does not meet, each acknowledged next to its cause with a reason. */
const ACKNOWLEDGED_WITHOUT_DOMAIN = [
  'api_gw_v2_authorization_type_configured_check',
  'cloudfront_custom_ssl_certificate_check',
  'cloudfront_origin_failover_enabled_check',
  'cloudfront_security_policy_check',
  'cloudfront_sni_enabled_check',
  'cloudwatch_log_group_encrypted_check',
  'lambda_function_public_access_prohibited_check',
  'lambda_inside_vpc_check',
  's3_bucket_default_encryption_kms_check',
  's3_bucket_logging_enabled_check',
  's3_bucket_object_lock_enabled_check',
  's3_event_notifications_enabled_check',
  'sqs_dlq_check',
];

const DOMAIN_CONTEXT = {
  domainName: 'feeds.example.com',
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c',
  hostedZoneId: 'Z0123456789ABC',
  hostedZoneName: 'example.com',
};

/** AWS Control Tower's proactive controls (cfn-guard) on the production template. */
export function describeGuard(stages: Stages): void {
  // Some cases synthesize (and run cfn-guard on) a stage of their own: minutes on a loaded machine.
  describe('Control Tower proactive controls (cfn-guard)', { timeout: 180_000 }, () => {
    it('run on the prod template and pass with only the acknowledged controls', () => {
      expect(guardReport(stages.prod.assembly.directory)).toEqual({
        conclusion: 'success',
        suppressed: ACKNOWLEDGED_WITHOUT_DOMAIN,
      });
    });

    it('do not run on dev, which leaves out retention on purpose', () => {
      expect(guardReport(stages.dev.assembly.directory)).toBeNull();
    });

    // One synth (and cfn-guard run, about 10 s of CPU) serves two cases: the prod stage with the
    // custom domain props, plus one offending queue. Everything the report holds must be that
    // queue's, so the domain stage alone passes.
    describe('on a prod synth with the custom domain props and one new violation', () => {
      let refused: RefusedSynth;
      beforeAll(() => {
        refused = synthRefusedStage('prod', {
          context: DOMAIN_CONTEXT,
          builtinValidation: false,
          modify: (stack) => {
            new Queue(stack, 'Forgotten', { enforceSSL: true });
          },
        });
      }, SYNTH_TEST_TIMEOUT_MS);
      afterAll(() => refused?.dispose());

      it('fail the synth, naming the violation: a queue without a dead-letter queue', () => {
        expect(refused.error.message).toMatch(
          /CT\.SQS\.PR\.1[\s\S]*Forgotten|Forgotten[\s\S]*CT\.SQS\.PR\.1/,
        );
        expect(refused.violations.map((v) => v.plugin)).toContain('cdk-validator-cfnguard');
        const elsewhere = refused.violations.flatMap((violation) =>
          violation.paths
            .filter((p) => !p.includes('/Forgotten'))
            .map((p) => `${violation.ruleName} ${p}`),
        );
        expect(elsewhere).toEqual([]);
      });

      it('meet the certificate, SNI and TLS controls outright with the domain props', () => {
        const stage = refused;
        expect(guardReport(stage.directory)?.suppressed).toEqual(
          ACKNOWLEDGED_WITHOUT_DOMAIN.filter(
            (rule) =>
              ![
                'cloudfront_custom_ssl_certificate_check',
                'cloudfront_security_policy_check',
                'cloudfront_sni_enabled_check',
              ].includes(rule),
          ),
        );
        stage.template.hasResourceProperties('AWS::CloudFront::Distribution', {
          DistributionConfig: {
            Aliases: ['feeds.example.com'],
            ViewerCertificate: {
              AcmCertificateArn: DOMAIN_CONTEXT.certificateArn,
              SslSupportMethod: 'sni-only',
              MinimumProtocolVersion: 'TLSv1.2_2021',
            },
          },
        });
        for (const type of ['A', 'AAAA']) {
          stage.template.hasResourceProperties('AWS::Route53::RecordSet', {
            Name: 'feeds.example.com.',
            Type: type,
            HostedZoneId: DOMAIN_CONTEXT.hostedZoneId,
          });
        }
        expect(stage.stack.cdn.baseUrl).toBe('https://feeds.example.com');
        expect(stage.stack.feeds.handler).toBeDefined();
        stage.template.hasResourceProperties('AWS::Lambda::Function', {
          Environment: { Variables: { FEEDS_BASE_URL: 'https://feeds.example.com' } },
        });
      });
    });

    it(
      'refuse a domain without a us-east-1 certificate, saying what is wrong',
      () => {
        expect(() =>
          synthStage('prod', {
            context: {
              domainName: 'feeds.example.com',
              certificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/x',
            },
          }),
        ).toThrow(/certificateArn must be an ACM certificate in us-east-1/);
      },
      SYNTH_TEST_TIMEOUT_MS,
    );

    it('retain the distribution in prod, whose name subscribers hold, and not in dev', () => {
      const distribution = (stage: SynthesizedStage) =>
        Object.values(stage.template.findResources('AWS::CloudFront::Distribution'))[0];
      expect(distribution(stages.prod)?.DeletionPolicy).toBe('Retain');
      expect(distribution(stages.dev)?.DeletionPolicy).toBeUndefined();
    });
  });
}
