import { configDefaults, defineConfig } from 'vitest/config';
import FileOrder from './test/support/file-order.ts';

/** Integration files use real local servers; their project shares one DynamoDB Local. */
const INTEGRATION = 'test/integration/**/*.test.ts';
/** Files that start whole local runtimes: end to end, and the pipeline's robustness. */
const RUNTIME = ['test/e2e/**/*.test.ts', 'test/robust/pipeline-*.test.ts'];
/**
 * One DynamoDB Local for every file of the projects that list it (a table per file or runtime),
 * started only when one of them runs; see test/support/shared-dynamodb-local.ts.
 */
const SHARED_DYNAMODB_LOCAL = 'test/support/shared-dynamodb-local.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration suites start local servers; two workers fit this 2-core machine.
    maxWorkers: 2,
    // s3rver (hosted in the test workers) encrypts listing continuation tokens with DES, which
    // Node's OpenSSL 3 only provides with the legacy provider.
    execArgv: ['--openssl-legacy-provider'],
    // Property tests run on a fixed seed (PROPERTY_SEED=random explores): see the file.
    setupFiles: ['test/support/property-seed.ts'],
    // The files that need no servers first, then the runtimes, then the integration files.
    sequence: { sequencer: FileOrder },
    projects: [
      {
        extends: true,
        test: {
          // The integration files (real local servers) and the files that start whole local
          // runtimes, in one project: their workers import the same AWS SDK, local runtime,
          // s3rver and extractor, once per worker instead of once per worker of each of two
          // projects (vitest gives every project workers of its own).
          name: 'servers',
          include: [INTEGRATION, ...RUNTIME],
          // One DynamoDB Local for the project: each integration file gets its own table, each
          // test runtime its own (`testRuntimeOptions`), unless a file is about the runtime's own
          // server.
          globalSetup: [SHARED_DYNAMODB_LOCAL],
          // A worker's files share its module cache (the AWS SDK, the local runtime and the
          // extractor are imported once per worker, not once per file): 0.74× the integration
          // files' CPU. Each file keeps its own tables, servers, runtimes and clients, none stubs
          // modules, and a file that changes process.env restores it.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The unit files, and the robustness and infrastructure files: none needs a server. One
          // project, so one pair of workers imports the extractor, cheerio, the AWS SDK and
          // aws-cdk-lib for all of them (vitest starts workers of their own for each project).
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, INTEGRATION, ...RUNTIME],
          // The files of a worker share its module cache instead of importing those again for
          // each file: the unit suite takes less than half the CPU. No file holds module state
          // for the next (no vi.mock, no env stubs); each builds its own apps and sandboxes.
          isolate: false,
        },
      },
    ],
  },
});
