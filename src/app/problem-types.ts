/**
 * Every problem `type` Byline can answer, each with what /problems/{type} says about it. A
 * `Problem` takes its type from the keys of this registry only (problem.ts), so a new kind of
 * error cannot ship without the page that explains it.
 */

/** What the page of one problem type says. */
export interface ProblemTypeInfo {
  title: string;
  /** The statuses answered with this type, most common first. */
  statuses: readonly number[];
  /** What happened, in a sentence or two. */
  meaning: string;
  /** What the client should do about it. */
  fix: string;
  /** A body as Byline sends it (its `type`, `title` and `status` are filled in from the entry). */
  example: { detail: string; [extension: string]: unknown };
}

export const PROBLEM_TYPES = {
  'validation-error': {
    title: 'Invalid request',
    statuses: [400, 422],
    meaning:
      'A query parameter, path parameter or header (400), or a field of the JSON body (422), is missing, of the wrong type, out of range or unknown. `errors[]` names each one by its `path` (`limit`, `tags.2`, `authors.0.name`) with a message.',
    fix: 'Correct every field `errors[]` lists and send the request again; the OpenAPI document (/openapi.json) gives each parameter\'s type and bounds. Unknown body fields are refused rather than ignored, so check their spelling.',
    example: { detail: '1 field is invalid: limit.', errors: [{ path: 'limit', message: 'Too big: expected number to be <=100' }] },
  },
  'invalid-json': {
    title: 'Body is not JSON',
    statuses: [400],
    meaning: 'The body of a JSON write could not be parsed as JSON (RFC 8259): it is not UTF-8, or it is cut short, has a trailing comma, single quotes, or text after the value. No field of it was looked at. `errors[]` names the `body`, and its message says where the parser stopped.',
    fix: 'Serialize the body with a JSON library rather than by hand, encode it as UTF-8, and send all of it.',
    example: { detail: 'The body could not be read as JSON, so no field of it was looked at.', errors: [{ path: 'body', message: 'The body is not valid JSON: Unexpected end of JSON input' }] },
  },
  unauthorized: {
    title: 'Unauthorized',
    statuses: [401],
    meaning: 'The route needs a key and none was sent, or the key sent is unknown or has been revoked.',
    fix: 'Send `Authorization: Bearer <key>` with a current key. Public reads need no key at all; if you send one, it must be valid.',
    example: { detail: 'The key is not valid.' },
  },
  'invalid-preview-link': {
    title: 'Invalid preview link',
    statuses: [401],
    meaning: 'A draft preview link (`/preview/…`) has expired, or is not one Byline made: any changed byte makes it invalid. Links are signed, not stored, and last what `expires_in_seconds` said when made (an hour by default).',
    fix: 'Ask an editor for a new link (`POST /v1/admin/articles/{id}/preview`), and open it unaltered before `expires_at`.',
    example: { detail: 'This preview link has expired; ask for a new one.' },
  },
  forbidden: {
    title: 'Forbidden',
    statuses: [403],
    meaning: "The key is valid but may not do this: its role is below the route's (partner < editor < admin), or it is a partner key used from an origin that is not in its `allowed_origins`.",
    fix: 'Use a key with the role the route needs, or ask an admin to add your site\'s origin to the partner key\'s `allowed_origins`.',
    example: { detail: 'This needs the editor role; the key has the partner role.' },
  },
  'not-found': {
    title: 'Not found',
    statuses: [404],
    meaning: 'Nothing public answers at this path: no such route, or no such article, image or page, or the article is not published (drafts, scheduled and deleted articles look the same as unknown ones).',
    fix: 'Check the path and the slug or id; `GET /v1/articles` lists what is published.',
    example: { detail: 'No published article has the slug "kenya-haiti".' },
  },
  'method-not-allowed': {
    title: 'Method not allowed',
    statuses: [405],
    meaning: 'The path exists but does not take this HTTP method.',
    fix: 'Use one of the methods in the `Allow` header.',
    example: { detail: 'PUT is not allowed here; use GET, HEAD, PATCH, DELETE.' },
  },
  'not-acceptable': {
    title: 'Not acceptable',
    statuses: [406],
    meaning: 'The `Accept` header names no representation the resource has. An article and the article list come as `application/json` (the default, also for `*/*` or no `Accept` at all) or as IPTC ninjs (`application/ninjs+json`).',
    fix: 'Send `Accept: application/json`, `Accept: application/ninjs+json`, or no `Accept` header.',
    example: { detail: 'This resource is available as application/json or application/ninjs+json; the Accept header names neither.' },
  },
  conflict: {
    title: 'Conflict',
    statuses: [409],
    meaning: "The write clashes with the current state: another article already has the slug, or the article's status does not allow this step (only a published article can be withdrawn).",
    fix: 'Read the resource again, then choose another slug or the step its current status allows. Extensions such as `slug` or `status` say what clashed.',
    example: { detail: 'Another article already has the slug "budget-2026".', slug: 'budget-2026' },
  },
  gone: {
    title: 'Gone',
    statuses: [410],
    meaning: 'The article existed and was withdrawn by the publisher on purpose. `withdrawn_reason` says why, when one was given.',
    fix: 'Stop showing the article and remove copies you keep; it will not come back at this address.',
    example: { detail: 'The article was withdrawn by the publisher.', withdrawn_reason: 'Legal request' },
  },
  'precondition-failed': {
    title: 'Precondition failed',
    statuses: [412],
    meaning: 'The `If-Match` header names a version the article is no longer at: someone saved it after you read it. (A weak tag, `W/"3"`, is refused the same way.)',
    fix: 'GET the article again, reapply your change to what you read, and send it with the new version (`current_version`) as `If-Match: "<version>"`.',
    example: { detail: 'If-Match names version 3, but the article is at version 4.', current_version: 4 },
  },
  'payload-too-large': {
    title: 'Payload too large',
    statuses: [413],
    meaning: 'The request body is larger than the route accepts.',
    fix: 'Send a smaller body: shorten the article, or upload a smaller image (the limit is in `detail`).',
    example: { detail: 'The body is larger than 1048576 bytes.' },
  },
  'unsupported-media-type': {
    title: 'Unsupported media type',
    statuses: [415],
    meaning: 'The body is not in a format the route reads: JSON routes need `Content-Type: application/json`; image uploads take PNG, JPEG, GIF, WebP or AVIF, raw or as multipart/form-data.',
    fix: 'Set the `Content-Type` the route expects (see `Accept-Post` / `Accept-Patch`), or convert the image to a supported format.',
    example: { detail: 'Send the body as application/json.' },
  },
  'range-not-satisfiable': {
    title: 'Range not satisfiable',
    statuses: [416],
    meaning: 'The `Range` asked for bytes that the image does not have: it starts at or past its end. `Content-Range: bytes */<size>` gives the size.',
    fix: 'Ask for a range within the size in `Content-Range`, or drop the `Range` header to get the whole image.',
    example: { detail: 'The range lies outside the 469 bytes of this image.' },
  },
  'precondition-required': {
    title: 'Precondition required',
    statuses: [428],
    meaning: 'The write changes an existing article and needs `If-Match`, so that it cannot overwrite a save it never saw.',
    fix: 'Send `If-Match: "<version>"` with the version of the article you last read (its `ETag`).',
    example: { detail: 'Send If-Match: "<version>" with the version you last read, so that no update is lost.' },
  },
  'rate-limited': {
    title: 'Too many requests',
    statuses: [429],
    meaning: 'The key (or, for keyless reads where per-IP limits are on, the client address) has used up its requests for the current window. `RateLimit-Policy` states the limit (`q` requests per `w` seconds) and `RateLimit` what is left (`r`) and when the window resets (`t` seconds).',
    fix: 'Wait the seconds in `Retry-After` before sending again, and pace requests by `RateLimit`. Repeat reads answered from cache count too. An admin can give a key its own `rate_limit`.',
    example: { detail: 'This key has used its 600 requests per 60 seconds; try again in 42 seconds.' },
  },
  'internal-error': {
    title: 'Internal server error',
    statuses: [500],
    meaning: 'Something failed on our side. It is logged with the `request_id` of the answer.',
    fix: 'Retry later; if it persists, report it with the `request_id` (also in the `X-Request-Id` header).',
    example: { detail: 'Something went wrong on our side. Quote request id 01J9Z3… when you report it.', request_id: '01J9Z3…' },
  },
  'not-implemented': {
    title: 'Not implemented',
    statuses: [501],
    meaning: 'The request asks for an option Byline does not provide, such as oEmbed `format=xml`.',
    fix: 'Use the supported option (`format=json` for oEmbed).',
    example: { detail: 'Only format=json is provided.' },
  },
  'service-unavailable': {
    title: 'Service unavailable',
    statuses: [503],
    meaning: 'The database did not answer in time and no cached copy of this read exists yet.',
    fix: 'Retry after the seconds in `Retry-After`; reads that were answered before are served from cache meanwhile.',
    example: { detail: 'The database is not answering and nothing is cached for this request yet. Try again shortly.' },
  },
  'write-contention': {
    title: 'Too many simultaneous writes',
    statuses: [503],
    meaning: 'The write lost the race to other writes to the same article several times in a row; nothing was changed.',
    fix: 'Send the same request again after `Retry-After` (1 second).',
    example: { detail: 'The write lost the race to other writes 25 times; send it again.' },
  },
  'upstream-unavailable': {
    title: 'WordPress unavailable',
    statuses: [422],
    meaning: 'The WordPress site a sync reads from did not answer, or answered something other than its REST API\'s list of posts; nothing more was read.',
    fix: 'Check the REST root (`https://site.example/wp-json`) and the application password; the next run starts again from the recorded position.',
    example: { detail: 'https://site.example/wp-json/wp/v2/posts answered 401: {"code":"rest_forbidden"…' },
  },
} as const satisfies Record<string, ProblemTypeInfo>;

/** A problem type Byline can answer: its page is /problems/{type}. */
export type ProblemType = keyof typeof PROBLEM_TYPES;

/** Whether `name` is a registered problem type. */
export function isProblemType(name: string): name is ProblemType {
  return Object.hasOwn(PROBLEM_TYPES, name);
}
