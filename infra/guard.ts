import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import type {
  IPolicyValidationContextBeta1,
  IPolicyValidationPluginBeta1,
  PolicyValidationPluginReportBeta1,
} from 'aws-cdk-lib';

/** The Control Tower proactive controls shipped with the plugin, one `.guard` file each. */
const CONTROL_TOWER_RULES = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@cdklabs/cdk-validator-cfnguard')),
  '..',
  'rules',
  'control-tower',
  'cfn-guard',
);

/** A CloudFormation resource type as rule files and templates write it, e.g. `AWS::SQS::Queue`. */
const RESOURCE_TYPE = /AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/g;

/**
 * Every `.guard` file under a folder, in a stable order.
 *
 * @param folder - a rules folder
 */
function guardFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.guard'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The rule files that can apply to templates: those naming one of the templates' resource types,
 * and any naming none (a rule that is not about one type). A control tower rule selects the
 * resources of the types it names, so a file naming only types the templates lack reports them
 * not applicable, and leaving it out changes no finding.
 *
 * @param ruleFiles - `.guard` files
 * @param templates - the templates' JSON text
 */
export function rulesForTemplates(
  ruleFiles: readonly string[],
  templates: readonly string[],
): string[] {
  const present = new Set<string>();
  for (const template of templates) {
    const resources = (JSON.parse(template) as { Resources?: Record<string, { Type?: unknown }> })
      .Resources;
    for (const resource of Object.values(resources ?? {})) {
      if (typeof resource.Type === 'string') present.add(resource.Type);
    }
  }
  return ruleFiles.filter((file) => {
    const named = readFileSync(file, 'utf8').match(RESOURCE_TYPE);
    return named === null || named.some((type) => present.has(type));
  });
}

/**
 * AWS Control Tower's proactive controls, run by cfn-guard on the rules that can apply to the
 * synthesized templates. It reports what {@link CfnGuardValidator} reports with every rule, under
 * the same plugin name, at a third of the CPU: the static cfn-guard binary spends most of its time
 * mapping and unmapping memory for each rule file, and most of the 237 files are about services
 * this stack does not use.
 */
export class ControlTowerGuard implements IPolicyValidationPluginBeta1 {
  private readonly all = new CfnGuardValidator();
  readonly name = this.all.name;
  readonly version = this.all.version;
  readonly ruleIds = this.all.ruleIds;

  validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const templates = context.templatePaths.map((file) => readFileSync(file, 'utf8'));
    const rules = rulesForTemplates(guardFiles(CONTROL_TOWER_RULES), templates);
    if (rules.length === 0) return { success: true, violations: [] };
    return new CfnGuardValidator({ controlTowerRulesEnabled: false, rules }).validate(context);
  }
}
