/**
 * The SDK clients' endpoint rules, packed in their copies (`tree-shakable-sdk-client.ts`). A
 * client decides each request's endpoint with a binary decision diagram, `endpoint/bdd.js`: a
 * module of string constants, nested arrays of conditions and results, and an `Int32Array` of
 * nodes, all built when the module loads. It is plain data (`decideEndpoint` of `@smithy/core`
 * only reads it), 18 KB of the ingest bundle for S3 and 5 KB for DynamoDB, evaluated at every
 * module init though nothing reads it before a client's first request.
 *
 * In the copy, `bdd.js` holds that data as JSON packed with Brotli in one Z85 string
 * (`brotli-pack.ts`), unpacked on the client's first request (the endpoint resolver asks for it
 * where it read the constant; the SDK's endpoint cache then answers most requests without it).
 * The packed JSON is checked to read back as exactly the data the package's module builds.
 */
import { isDeepStrictEqual } from 'node:util';
import { brotliZ85, unpackImport } from './brotli-pack.ts';

/** The client's endpoint rules, inside its package. */
export const RULES_FILE = 'dist-es/endpoint/bdd.js';

/** The client's endpoint resolver, the one module that imports the rules. */
export const RESOLVER_FILE = 'dist-es/endpoint/endpointResolver.js';

/** What `BinaryDecisionDiagram.from` is given: the rules as data. */
export interface EndpointRules {
  readonly nodes: Int32Array;
  readonly root: number;
  readonly conditions: unknown[];
  readonly results: unknown[];
}

const RULES_IMPORT = 'import { BinaryDecisionDiagram } from "@smithy/core/endpoints";\n';
const RULES_EXPORT = 'export const bdd = BinaryDecisionDiagram.from(';
const RULES_USE = 'decideEndpoint(bdd, ';

/**
 * Runs the package's `bdd.js` (without its one import: `BinaryDecisionDiagram.from` only keeps
 * its four arguments) and returns the data it builds.
 *
 * @param source - the text of the package's `bdd.js`
 * @returns the rules
 * @throws Error when the module no longer has the shape this relies on (one import of
 *   `BinaryDecisionDiagram`, one `export const bdd = BinaryDecisionDiagram.from(…)`)
 */
export function endpointRules(source: string): EndpointRules {
  if (!source.startsWith(RULES_IMPORT) || source.split(RULES_EXPORT).length !== 2) {
    throw new Error(
      `${RULES_FILE} is not one import of BinaryDecisionDiagram and one "${RULES_EXPORT}…)": update packed-endpoint-rules.ts for this SDK version`,
    );
  }
  const body = source
    .slice(RULES_IMPORT.length)
    .replace(RULES_EXPORT, 'return BinaryDecisionDiagram.from(');
  const from = (nodes: Int32Array, root: number, conditions: unknown[], results: unknown[]) => ({
    nodes,
    root,
    conditions,
    results,
  });
  // The package's own code, run as esbuild would bundle it.
  const build = new Function('BinaryDecisionDiagram', body) as (bdd: {
    from: typeof from;
  }) => EndpointRules;
  return build({ from });
}

/**
 * The copy's `bdd.js`: the same rules, packed; `bdd()` unpacks them once and returns the
 * `BinaryDecisionDiagram` the package's module exported.
 *
 * @param source - the text of the package's `bdd.js`
 * @returns ESM source
 * @throws Error when the rules do not read back from JSON exactly as the module builds them
 */
export function packedRulesSource(source: string): string {
  const rules = endpointRules(source);
  const json = JSON.stringify({ ...rules, nodes: [...rules.nodes] });
  if (!isDeepStrictEqual(readRules(json), rules)) {
    throw new Error(`${RULES_FILE} holds more than JSON can carry: it cannot be packed as JSON`);
  }
  return `${RULES_IMPORT}${unpackImport()}// The package's endpoint rules (bdd.js), packed when the bundle was built: unpacked on first use.
const PACKED = '${brotliZ85(Buffer.from(json))}';
let rules;
export const bdd = () => (rules ??= unpackRules());
const unpackRules = () => {
  const { nodes, root, conditions, results } = JSON.parse(unpack(PACKED).toString('utf8'));
  return BinaryDecisionDiagram.from(new Int32Array(nodes), root, conditions, results);
};
`;
}

/** The rules from their JSON, as the copy's `bdd.js` reads them (the nodes typed again). */
function readRules(json: string): EndpointRules {
  const { nodes, ...rest } = JSON.parse(json) as Omit<EndpointRules, 'nodes'> & {
    nodes: number[];
  };
  return { nodes: new Int32Array(nodes), ...rest };
}

/**
 * The copy's endpoint resolver: it asks for the rules (`bdd()`) where it read them.
 *
 * @param source - the text of the package's `endpointResolver.js`
 * @returns the resolver's source
 * @throws Error when the resolver does not read the rules once, as `decideEndpoint(bdd, …)`
 */
export function lazyRulesResolver(source: string): string {
  if (source.split(RULES_USE).length !== 2) {
    throw new Error(
      `${RESOLVER_FILE} does not call "${RULES_USE}…)" once: update packed-endpoint-rules.ts for this SDK version`,
    );
  }
  return source.replace(RULES_USE, 'decideEndpoint(bdd(), ');
}
