import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration suites each start their own local servers; two workers fit this 2-core machine.
    maxWorkers: 2,
    // s3rver (hosted in the test workers) encrypts listing continuation tokens with DES, which
    // Node's OpenSSL 3 only provides with the legacy provider.
    execArgv: ['--openssl-legacy-provider'],
  },
});
