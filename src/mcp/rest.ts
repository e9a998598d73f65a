import type { ProblemBody } from '../app/problem';

/** The app's own fetch (src/index.ts passes `app.fetch` with the request's env and ctx). */
export type AppFetch = (request: Request) => Promise<Response>;

export type RestQuery = Record<string, string | number | string[] | undefined>;

/** A REST answer that was not a success, with its problem+json. */
export class RestProblem extends Error {
  constructor(readonly problem: ProblemBody) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.name = 'RestProblem';
  }
}

/**
 * A GET of Byline's public REST API as the MCP caller: its Authorization (and Origin) are sent
 * along, so its key, contract and rate limit apply exactly as they would on REST, and so does
 * what the public may see. A rename's 301 is followed (the Location is always the current slug).
 */
export function restReader(fetchApp: AppFetch, from: Request, requestId: string) {
  return async function readRest<T>(path: string, query: RestQuery = {}): Promise<T> {
    let url = new URL(path, from.url);
    for (const [name, value] of Object.entries(query)) {
      for (const item of value === undefined ? [] : [value].flat()) url.searchParams.append(name, String(item));
    }
    const headers = new Headers({ Accept: 'application/json', 'X-Request-Id': requestId });
    for (const name of ['Authorization', 'Origin']) {
      const value = from.headers.get(name);
      if (value) headers.set(name, value);
    }
    let res = await fetchApp(new Request(url, { headers }));
    const location = res.headers.get('Location');
    if (res.status === 301 && location) {
      url = new URL(location, url);
      res = await fetchApp(new Request(url, { headers }));
    }
    const body = (await res.json()) as T & ProblemBody;
    if (!res.ok) throw new RestProblem(body);
    return body;
  };
}

export type RestReader = ReturnType<typeof restReader>;
