// The two runs: what each serves, in which order it measures, and the results it records.
import { join } from 'node:path';
import { ROOT } from '../lib/build-worker.mjs';
import { loadTs } from '../lib/load-ts.mjs';
import { SYNTHETIC } from '../lib/synthetic-articles.mjs';
import { detail, progress } from './log.mjs';
import { measure, prewarm } from './measure.mjs';
import { measurePaired, median, withoutLatencies } from './rounds.mjs';
import { BASE_ARTICLES, DEEP_PAGE, defaultScenarios, FLOORS, judged, SCALE_KINDS, SCALE_LIMIT, SEED_ARTICLE, TRIVIAL } from './scenarios.mjs';
import { articleFloorWorker, articleRowWorker, bylineWorker, d1FloorWorker, instances, loggingWorker, payloadWorker, startInstance, trivialWorker } from './serve.mjs';
import { copyState, prepareState } from './state.mjs';

/** Cached and uncached reads at --articles, each paired with the trivial Worker: fills results.state, .trivial, .scenarios. */
export async function defaultRun(results, { options, only, fresh }) {
  const state = await prepareState(options.articles, { fresh });
  results.state = state;
  progress('Starting the Workers (Miniflare → workerd)');
  await startInstance('trivial', trivialWorker);
  await startInstance('byline', bylineWorker('byline'), copyState(state, 'byline'));
  await startInstance('byline-uncached', bylineWorker('byline-uncached', { RESPONSE_CACHE: 'off' }), copyState(state, 'byline-uncached'));
  await startInstance('d1-floor', d1FloorWorker);
  await startInstance('log-floor', loggingWorker);
  const { resolveQuery, SLUG_OR_ID_CANDIDATES } = await loadTs(join(ROOT, 'src/db/slug-history.ts'));
  await startInstance('d1-row', articleRowWorker(resolveQuery(SLUG_OR_ID_CANDIDATES), SEED_ARTICLE), copyState(state, 'd1-row'));

  const tag = state.synthetic > 0 ? SYNTHETIC.topics[3] : 'kenya';
  const article = `/v1/articles/${SEED_ARTICLE}`;
  const etagResponse = await fetch(instances.get('byline').origin + article);
  const articleBody = await etagResponse.text();
  const etag = etagResponse.headers.get('etag');
  if (!etag) throw new Error(`GET ${article} carried no ETag`);
  // The article's bytes and headers as the memory tier answers them to the load generator, which
  // asks for no encoding (Date, and the framing headers, are the runtime's own).
  const cachedAnswer = await fetch(instances.get('byline').origin + article, { headers: { 'Accept-Encoding': 'identity' } });
  await cachedAnswer.arrayBuffer();
  const framing = new Set(['date', 'content-length', 'content-encoding', 'transfer-encoding']);
  const payloadHeaders = [...cachedAnswer.headers].filter(([name]) => !framing.has(name));
  results.payload = { bytes: new TextEncoder().encode(articleBody).byteLength, headers: payloadHeaders.map(([name]) => name) };
  detail(`payload reference: ${results.payload.bytes} bytes, headers ${results.payload.headers.join(', ')}`);
  await startInstance('payload', payloadWorker(articleBody, payloadHeaders));
  await startInstance('payload-log', payloadWorker(articleBody, payloadHeaders, { log: true }));
  // The uncached answer's headers (its Cache-Tag, CDN-Cache-Control…), for the floor that carries them.
  const uncachedAnswer = await fetch(instances.get('byline-uncached').origin + article, { headers: { 'Accept-Encoding': 'identity' } });
  await uncachedAnswer.arrayBuffer();
  const uncachedHeaders = [...uncachedAnswer.headers].filter(([name]) => !framing.has(name));
  await startInstance('article-floor', articleFloorWorker(resolveQuery(SLUG_OR_ID_CANDIDATES), SEED_ARTICLE, uncachedHeaders), copyState(state, 'article-floor'));
  const scenarios = defaultScenarios({ article, etag, tag });

  const unknown = only?.filter((id) => !scenarios.some((s) => s.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: no scenario ${unknown.join(', ')}; the scenarios are ${scenarios.map((s) => s.id).join(', ')}`);

  const selected = only ? only.map((id) => scenarios.find((s) => s.id === id)) : scenarios;
  await prewarm([{ instance: 'trivial', path: '/' }, ...selected], options);

  const rows = [];
  for (const [i, scenario] of selected.entries()) {
    progress(`${i + 1}/${selected.length} ${scenario.label}`);
    rows.push(await measurePaired(scenario, TRIVIAL, options));
  }
  // Next to each floor in FLOORS, round by round: dividing two CPU × taken in different rounds
  // also divides the trivial Worker's drift between them (its CPU per request moved by a third
  // across one run).
  for (const row of rows) {
    for (const floorId of (FLOORS[row.id] ?? []).filter((id) => scenarios.some((s) => s.id === id))) {
      progress(`${row.label}, next to ${floorId}`);
      const paired = await measurePaired(selected.find((s) => s.id === row.id), scenarios.find((s) => s.id === floorId), options);
      row.against = { ...row.against, [floorId]: { cpuRatio: paired.cpuRatio, cpuRatioRange: cpuRange(paired), referenceCpuUsPerRequest: paired.referenceCpuUsPerRequest, rounds: paired.rounds } };
    }
  }
  const trivialRounds = rows.flatMap((row) => row.rounds.map((round) => round.reference));
  results.trivial = {
    rounds: trivialRounds.length,
    rps: median(trivialRounds.map((r) => r.rps)),
    workerdCpuUsPerRequest: median(trivialRounds.map((r) => r.workerdCpuUsPerRequest)),
    rpsRange: [Math.min(...trivialRounds.map((r) => r.rps)), Math.max(...trivialRounds.map((r) => r.rps))],
  };
  results.scenarios = judged(rows);
}

const cpuRange = (row) => [Math.min(...row.rounds.map((r) => r.cpuRatio)), Math.max(...row.rounds.map((r) => r.cpuRatio))];

/** Walks `?limit=20` pages from the first; the path of page `page`, or of the last page when there are fewer. */
async function deepCursorPath(origin, page) {
  let cursor = null;
  let reached = 1;
  for (; reached < page; reached++) {
    const res = await fetch(`${origin}/v1/articles${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (res.status !== 200) throw new Error(`walking the list: page ${reached} answered ${res.status}`);
    const next = (await res.json()).next_cursor;
    if (!next) break;
    cursor = next;
  }
  return { path: `/v1/articles${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, page: reached };
}

const measureTrivial = (which, options) =>
  measure({ id: `trivial-${which}`, label: `trivial Worker (${which})`, instance: 'trivial', path: '/', expect: 200 }, options);

/** Every kind of query, caching off, at 1,000 articles and at --articles, paired round by round: fills results.states, .trivial, .scale. */
export async function scaleRun(results, { options, fresh }) {
  const sizes = [BASE_ARTICLES, options.articles];
  const states = [];
  for (const size of sizes) states.push(await prepareState(size, { fresh }));
  results.states = states;
  progress('Starting the Workers (Miniflare → workerd), caching off');
  await startInstance('trivial', trivialWorker);
  for (const state of states) {
    const label = `uncached-${state.articles}`;
    await startInstance(label, bylineWorker(label, { RESPONSE_CACHE: 'off' }), copyState(state, label));
  }
  progress(`Finding the page-${DEEP_PAGE} cursors (walking the list 20 at a time)`);
  const deep = {};
  for (const state of states) {
    deep[state.articles] = await deepCursorPath(instances.get(`uncached-${state.articles}`).origin, DEEP_PAGE);
    detail(`${state.articles.toLocaleString('en')} articles: page ${deep[state.articles].page}${deep[state.articles].page < DEEP_PAGE ? ' (the last page)' : ''}`);
  }
  const kinds = SCALE_KINDS;
  await prewarm([{ instance: 'trivial', path: '/' }, ...kinds.flatMap((kind) => sizes.map((size) => ({ instance: `uncached-${size}`, path: kind.path(size, deep) })))], options);
  progress('trivial Worker (start)');
  const trivialStart = await measureTrivial('start', options);
  const rows = [];
  for (const [i, kind] of kinds.entries()) {
    progress(`${i + 1}/${kinds.length} ${kind.label}`);
    const at = (size) => ({
      id: `${kind.id}-${size}`,
      label: `${kind.label}${kind.id === 'deep-cursor' && deep[size].page < DEEP_PAGE ? ` → page ${deep[size].page}, the last` : ''}, ${size.toLocaleString('en')} articles`,
      instance: `uncached-${size}`,
      path: kind.path(size, deep),
      expect: 200,
      cache: 'fwd=bypass',
    });
    // The large state against the 1,000-article one, round by round.
    const paired = await measurePaired(at(sizes[1]), at(sizes[0]), options).catch((error) => {
      if (!kind.mayStall) throw error;
      detail(`${kind.label}: ${error.message}`);
      return null;
    });
    if (!paired) {
      const none = { rps: 0, p50: Number.NaN, p99: Number.NaN, workerdCpuUsPerRequest: Number.NaN };
      rows.push({ id: kind.id, label: `${kind.label}: no answer within ${options.duration} s`, small: none, large: none, rounds: [], timeRatio: Number.POSITIVE_INFINITY, timeRatioRange: [Number.NaN, Number.NaN], p50Ratio: Number.NaN, noisy: false, target: SCALE_LIMIT, met: false });
      continue;
    }
    const timeRatio = median(paired.rounds.map((round) => round.reference.rps / round.scenario.rps));
    const p50Ratio = paired.p50 / paired.referenceP50;
    rows.push({
      id: kind.id,
      label: kind.label,
      small: { rps: paired.referenceRps, p50: paired.referenceP50, p99: paired.referenceP99, workerdCpuUsPerRequest: paired.referenceCpuUsPerRequest },
      large: { rps: paired.rps, p50: paired.p50, p99: paired.p99, workerdCpuUsPerRequest: paired.workerdCpuUsPerRequest },
      rounds: paired.rounds,
      timeRatio,
      timeRatioRange: [1 / paired.ratioRange[1], 1 / paired.ratioRange[0]],
      p50Ratio,
      noisy: paired.noisy,
      target: SCALE_LIMIT,
      met: timeRatio <= SCALE_LIMIT && p50Ratio <= SCALE_LIMIT,
    });
  }
  progress('trivial Worker (end)');
  const trivialEnd = await measureTrivial('end', options);
  const trivialRps = (trivialStart.rps + trivialEnd.rps) / 2;
  results.trivial = { start: withoutLatencies(trivialStart), end: withoutLatencies(trivialEnd), meanRps: trivialRps };
  results.scale = rows.map((row) => ({ ...row, small: { ...row.small, ratio: row.small.rps / trivialRps }, large: { ...row.large, ratio: row.large.rps / trivialRps } }));
}
