/**
 * RFC 9457 problem details. Handlers and middleware throw `Problem`s; the app's one `onError`
 * turns them into `application/problem+json` answers.
 */

import type { ProblemType } from './problem-types';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One wrong input, by its path: `limit`, `tags.2`, `authors.0.name`. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  request_id?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

interface ProblemInit {
  status: number;
  title: string;
  detail: string;
  /**
   * A registered type (problem-types.ts) that becomes the `type` URI, `/problems/validation-error`,
   * whose page explains it. Without one the type is `about:blank`: the status says it all.
   */
  type?: ProblemType;
  errors?: FieldError[];
  headers?: Record<string, string>;
  extensions?: Record<string, unknown>;
}

/** A failure that the client can act on; thrown, then answered as problem+json. */
export class Problem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;

  constructor(init: ProblemInit) {
    super(init.detail);
    this.name = 'Problem';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type ? `/problems/${init.type}` : 'about:blank';
    this.errors = init.errors;
    this.headers = init.headers ?? {};
    this.extensions = init.extensions ?? {};
  }

  /** The JSON body, with the request id so a report can be matched to our logs. */
  toBody(requestId?: string): ProblemBody {
    return {
      ...this.extensions,
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(requestId ? { request_id: requestId } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/** 400 (query, path, headers) or 422 (a body that parsed but is wrong), naming each field. */
export function invalidInput(errors: FieldError[], status: 400 | 422 = 400): Problem {
  const count = errors.length;
  return new Problem({
    status,
    type: 'validation-error',
    title: status === 400 ? 'Invalid request' : 'Invalid content',
    detail: `${count} ${count === 1 ? 'field is' : 'fields are'} invalid: ${errors.map((e) => e.path || '(root)').join(', ')}.`,
    errors,
  });
}

/** 404 for a resource that does not exist (or is not public). */
export function notFound(detail: string): Problem {
  return new Problem({ status: 404, type: 'not-found', title: 'Not found', detail });
}

/** 410 for a resource that existed and was taken down on purpose. */
export function gone(detail: string, extensions?: Record<string, unknown>): Problem {
  return new Problem({ status: 410, type: 'gone', title: 'Gone', detail, extensions });
}

/** 401 for a missing, unknown or revoked key. */
export function unauthorized(detail: string): Problem {
  return new Problem({
    status: 401,
    type: 'unauthorized',
    title: 'Unauthorized',
    detail,
    headers: { 'WWW-Authenticate': 'Bearer realm="byline"' },
  });
}

/** 403 for a key that is valid but may not do this. */
export function forbidden(detail: string): Problem {
  return new Problem({ status: 403, type: 'forbidden', title: 'Forbidden', detail });
}

/** 409 for a write that clashes with the current state. */
export function conflict(detail: string, extensions?: Record<string, unknown>): Problem {
  return new Problem({ status: 409, type: 'conflict', title: 'Conflict', detail, extensions });
}

/** Serializes a problem as a complete Response. */
/** `Retry-After` of a 503 for a storage outage. */
export const RETRY_AFTER_SECONDS = 30;

/** 503 when D1, KV or R2 is down or too slow: nothing was changed, send it again later. */
export function serviceUnavailable(detail: string): Problem {
  return new Problem({ status: 503, type: 'service-unavailable', title: 'Service unavailable', detail, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });
}

export function problemResponse(problem: Problem, requestId?: string): Response {
  return new Response(JSON.stringify(problem.toBody(requestId)), {
    status: problem.status,
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Cache-Control': 'no-store',
      ...(requestId ? { 'X-Request-Id': requestId } : {}),
      ...problem.headers,
    },
  });
}
