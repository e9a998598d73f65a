import type { Context } from 'hono';
import { CACHE_POLICIES } from '../../app/cache-policy';
import { notFound } from '../../app/problem';
import { PROBLEM_TYPES, type ProblemType, isProblemType } from '../../app/problem-types';
import type { AppEnv, AppRouteHandler } from '../../app/types';
import { problemPageCsp, problemTypeJson, renderProblemIndex, renderProblemPage } from './problem-page';
import type { ProblemIndexRoute, ProblemTypeRoute } from './problems.routes';

/** JSON only when asked for and HTML is not: browsers, and curl's wildcard Accept, get the page. */
function wantsJson(c: Context<AppEnv>): boolean {
  const accept = c.req.header('Accept') ?? '';
  return /application\/(?:[\w.+-]+\+)?json/i.test(accept) && !/text\/html/i.test(accept);
}

/** The headers of every answer: cached like a document, never sniffed, varying on Accept. */
async function pageHeaders(c: Context<AppEnv>, html: boolean): Promise<void> {
  c.header('Cache-Control', CACHE_POLICIES.document);
  c.header('Vary', 'Accept');
  c.header('X-Content-Type-Options', 'nosniff');
  if (html) c.header('Content-Security-Policy', await problemPageCsp());
}

export const problemIndex: AppRouteHandler<ProblemIndexRoute> = async (c) => {
  const json = wantsJson(c);
  await pageHeaders(c, !json);
  if (json) return c.json({ data: (Object.keys(PROBLEM_TYPES) as ProblemType[]).map(problemTypeJson) }, 200);
  return c.html(renderProblemIndex(), 200);
};

export const problemType: AppRouteHandler<ProblemTypeRoute> = async (c) => {
  const { type } = c.req.valid('param');
  if (!isProblemType(type)) throw notFound(`There is no problem type "${type}"; /problems lists them all.`);
  const json = wantsJson(c);
  await pageHeaders(c, !json);
  if (json) return c.json({ data: problemTypeJson(type) }, 200);
  return c.html(renderProblemPage(type), 200);
};
