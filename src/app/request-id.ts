/** The longest request id taken from a client's `X-Request-Id`. */
export const MAX_REQUEST_ID_LENGTH = 255;

/**
 * The id a report of a failure can be matched by: the client's own `X-Request-Id` when it is
 * a plain token, else Cloudflare's ray id, else a new UUID.
 */
export function requestIdFor(request: Request): string {
  const sent = request.headers.get('X-Request-Id');
  if (sent && sent.length <= MAX_REQUEST_ID_LENGTH && !/[^\w\-=]/.test(sent)) return sent;
  return request.headers.get('cf-ray') ?? crypto.randomUUID();
}
