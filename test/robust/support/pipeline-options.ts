/**
 * Settings the load and fault tests of the local runtime share.
 */

/**
 * Least time between two regenerations of a feed in these tests (the runtime's
 * `regenerationWindowMs`): ten times shorter than the deployed default, so each feed is still
 * regenerated many times while the pages are ingested, and its runs overlap the ingest batches,
 * the kill, the restarts. Not shorter: every regeneration reads the whole feed (up to 250 items
 * here). The load test with 200 ms ran 82 regenerations of its two feeds instead of 38 and took
 * 1.5× the CPU (50 s against 32 s, the file alone).
 */
export const REGENERATION_WINDOW_MS = 1_000;
