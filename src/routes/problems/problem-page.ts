/**
 * The /problems pages: one small HTML page per problem type, and an index. Inline CSS allowed
 * by its hash, no script, nothing from any other host.
 */
import { PROBLEM_TYPES, type ProblemType } from '../../app/problem-types';
import { cspHash, escapeHtml } from '../../embed/html';

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}main{max-width:42rem;margin:0 auto;padding:2rem 1rem}' +
  'h1{font-size:1.75rem;margin:.25rem 0}h2{font-size:1.1rem;margin-top:1.75rem}nav,.meta{color:#555;font-size:.9rem}' +
  'code,pre{font:.9em ui-monospace,monospace;background:#f3f3f3;border-radius:4px}code{padding:0 .25em}pre{padding:.75rem;overflow-x:auto}' +
  'a{color:#0b57d0}ul{padding-left:1.25rem}@media(prefers-color-scheme:dark){body{color:#e8e8e8;background:#161618}code,pre{background:#262629}nav,.meta{color:#aaa}a{color:#8ab4f8}}';

let styleHash: Promise<string> | undefined;

/** The pages' CSP: their one inline style by hash; no script, no other source. */
export async function problemPageCsp(): Promise<string> {
  styleHash ??= cspHash(STYLE);
  return `default-src 'none'; style-src ${await styleHash}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

/** The URI a problem carries as its `type`. */
export const problemTypeUri = (type: ProblemType) => `/problems/${type}`;

/** A problem body as Byline would send it for `type`. */
export function exampleBody(type: ProblemType): Record<string, unknown> {
  const { title, statuses, example } = PROBLEM_TYPES[type];
  return { type: problemTypeUri(type), title, status: statuses[0], ...example };
}

/** The JSON form of a type's page (for clients that ask for application/json). */
export function problemTypeJson(type: ProblemType) {
  const { title, statuses, meaning, fix } = PROBLEM_TYPES[type];
  return { type: problemTypeUri(type), title, statuses: [...statuses], meaning, fix, example: exampleBody(type) };
}

/** Escaped text with `code` spans. */
const prose = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Byline API</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<nav><a href="/problems">Problem types</a> · <a href="/docs">API reference</a></nav>
${main}
</main>
</body>
</html>
`;
}

/** The page of one problem type: what it means, how to fix it, an example body. */
export function renderProblemPage(type: ProblemType): string {
  const { title, statuses, meaning, fix } = PROBLEM_TYPES[type];
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p class="meta"><code>"type": "${problemTypeUri(type)}"</code> · HTTP ${statuses.join(', ')}</p>
<h2>What it means</h2>
<p>${prose(meaning)}</p>
<h2>How to fix it</h2>
<p>${prose(fix)}</p>
<h2>Example</h2>
<pre>${escapeHtml(JSON.stringify(exampleBody(type), null, 2))}</pre>`,
  );
}

/** The index: every problem type, with its status and title. */
export function renderProblemIndex(): string {
  const items = (Object.keys(PROBLEM_TYPES) as ProblemType[])
    .map((type) => `<li><a href="${problemTypeUri(type)}"><code>${type}</code></a>: ${escapeHtml(PROBLEM_TYPES[type].title)} (${PROBLEM_TYPES[type].statuses.join(', ')})</li>`)
    .join('\n');
  return page(
    'Problem types',
    `<h1>Problem types</h1>
<p>Errors are RFC 9457 <code>application/problem+json</code>. Each one's <code>type</code> is the address of a page here that explains it.</p>
<ul>
${items}
</ul>`,
  );
}
