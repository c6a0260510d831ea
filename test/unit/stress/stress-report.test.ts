import { describe, expect, it } from 'vitest';
import { failuresOf, stressSummary } from '../../robust/support/stress-report.ts';

const ESC = String.fromCharCode(27);
const red = (text: string) => `${ESC}[31m${text}${ESC}[39m`;

describe('failuresOf', () => {
  it('lists each failed test and each file that failed to load once, without colours', () => {
    const output = [
      `     ${red('×')} fails here 166ms`,
      ` ${red('FAIL')}   suite  test/zz/load.test.ts [ test/zz/load.test.ts ]`,
      ` ${red('FAIL')}   suite  test/e2e/a.test.ts > outer > serves the feed`,
      ` ${red('FAIL')}   suite  test/e2e/a.test.ts > outer > serves the feed`,
      ' Test Files  1 failed | 2 passed (3)',
    ].join('\n');
    expect(failuresOf(output)).toEqual([
      'suite test/zz/load.test.ts [ test/zz/load.test.ts ]',
      'suite test/e2e/a.test.ts > outer > serves the feed',
    ]);
  });

  it('names the npm step that failed when no test did (lint, typecheck)', () => {
    const output = [
      '> syndication-pipeline@0.1.0 test',
      '> npm run lint && npm run typecheck && npm run test:unit',
      '> syndication-pipeline@0.1.0 lint',
      '> biome check .',
      '> syndication-pipeline@0.1.0 typecheck',
      '> tsc --noEmit',
      "shared/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    ].join('\n');
    expect(failuresOf(output)).toEqual(['npm run typecheck failed']);
  });

  it('names the type-check when its errors show, though the tests started after it', () => {
    // `npm test` runs the type-check beside the tests: vitest's step is the last one to start.
    const output = [
      '> syndication-pipeline@0.1.0 lint',
      '> syndication-pipeline@0.1.0 typecheck',
      '> syndication-pipeline@0.1.0 test:unit',
      "shared/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      ' ✓  suite  test/unit/a.test.ts (3 tests) 12ms',
      ' Tests  3 passed (3)',
    ].join('\n');
    expect(failuresOf(output)).toEqual(['npm run typecheck failed']);
  });

  it('finds nothing in the output of a passing run', () => {
    expect(
      failuresOf(' ✓  suite  test/unit/a.test.ts (3 tests) 12ms\n Tests  3 passed (3)\n'),
    ).toEqual([]);
  });
});

describe('stressSummary', () => {
  it('prints every run with its duration, failures and leftovers, then how many passed', () => {
    const lines = stressSummary(
      [
        { run: 1, passed: true, exitCode: 0, durationMs: 150_000, failures: [], leftovers: [] },
        {
          run: 2,
          passed: false,
          exitCode: 1,
          durationMs: 171_234,
          failures: ['suite test/e2e/a.test.ts > outer > serves the feed'],
          leftovers: ['4242 java -jar DynamoDBLocal.jar'],
        },
      ],
      { commit: 'abc1234', loadBefore: '1.00, 2.00, 3.00', loadAfter: '2.00, 2.00, 2.00' },
    );
    expect(lines).toEqual([
      'Stress campaign of commit abc1234: npm test 2 times with one core kept busy',
      'load average before: 1.00, 2.00, 3.00; after: 2.00, 2.00, 2.00',
      'run 1: passed in 150.0 s',
      'run 2: FAILED (exit 1) in 171.2 s',
      '    failed: suite test/e2e/a.test.ts > outer > serves the feed',
      '    left running: 4242 java -jar DynamoDBLocal.jar',
      '1 of 2 runs passed',
    ]);
  });
});
