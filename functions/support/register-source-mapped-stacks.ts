/**
 * Imported first by every Lambda entry (through `lambda-start.ts`), before any other module of
 * the bundle loads: maps the bundle's stack traces through its source map, read
 * on first use (see `source-mapped-stacks.ts`). Inside the bundle, `import.meta.url` is the
 * bundle's own URL.
 */
import { mapStackTracesOnDemand } from './source-mapped-stacks.ts';

mapStackTracesOnDemand(import.meta.url);
