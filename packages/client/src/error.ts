import type { components } from './openapi.js';

/** An RFC 9457 problem as Byline answers it (`application/problem+json`). */
export type Problem = components['schemas']['Problem'];
/** One wrong field of a request: `path` names it. */
export type FieldError = components['schemas']['FieldError'];

/**
 * A non-2xx answer from Byline, carrying its problem+json: `status`, `type` (the address of the
 * page that explains it, e.g. `/problems/validation-error`), `errors` (which fields were wrong)
 * and `request_id` (quote it when reporting a problem).
 */
export class BylineError extends Error {
  override readonly name = 'BylineError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly request_id: string;
  /** The whole problem body, with any extension members (a 410's `slug`, `withdrawn_reason`). */
  readonly problem: Problem & Record<string, unknown>;

  constructor(problem: Problem & Record<string, unknown>) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.problem = problem;
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.request_id = problem.request_id;
  }
}

/** The BylineError for a failed `res`: its problem+json, or one made up from the status when the body is something else. */
export async function errorFrom(res: Response): Promise<BylineError> {
  const text = await res.text();
  const requestId = res.headers.get('X-Request-Id') ?? '';
  try {
    const body = JSON.parse(text) as Problem & Record<string, unknown>;
    if (body && typeof body === 'object' && typeof body.status === 'number' && typeof body.title === 'string') {
      return new BylineError({ ...body, type: body.type ?? 'about:blank', detail: body.detail ?? '', request_id: body.request_id ?? requestId });
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): described from the status below.
  }
  return new BylineError({ type: 'about:blank', title: res.statusText || 'Request failed', status: res.status, detail: text.slice(0, 200), request_id: requestId });
}
