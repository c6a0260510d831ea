/**
 * The upload API's errors as RFC 9457 problem details (`application/problem+json`): a `type`
 * that names the problem, its `title`, the HTTP `status` and a `detail` that says what to change.
 */

/** The problems the API answers with, by slug. */
export const PROBLEMS = {
  'bad-path': { status: 400, title: 'Bad page path' },
  'bad-request': { status: 400, title: 'Bad request' },
  unauthorized: { status: 401, title: 'Missing, unknown or revoked API key' },
  suspended: { status: 403, title: 'Publisher suspended' },
  'not-found': { status: 404, title: 'Unknown page' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'too-large': { status: 413, title: 'Page too large' },
  'unsupported-type': { status: 415, title: 'Not an HTML page' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
} as const;

export type ProblemSlug = keyof typeof PROBLEMS;

/** The media type of a problem. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A problem the API answers with: thrown by the routes, turned into a response once. */
export class ApiProblem extends Error {
  readonly status: number;
  /**
   * @param slug - which problem
   * @param detail - what was wrong and what to change, with the value
   * @param headers - extra response headers (`Retry-After`, `WWW-Authenticate`)
   */
  constructor(
    readonly slug: ProblemSlug,
    readonly detail: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
    this.status = PROBLEMS[slug].status;
  }

  /** @returns the problem document */
  toJSON(): { type: string; title: string; status: number; detail: string } {
    return {
      type: `urn:syndication:problem:${this.slug}`,
      title: PROBLEMS[this.slug].title,
      status: this.status,
      detail: this.detail,
    };
  }
}
