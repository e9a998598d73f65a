// The bench's flags: parsed, checked and turned into the options every part of it reads.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BASE_ARTICLES } from './scenarios.mjs';

/**
 * Parses `argv` (process.argv's flags). `--help` prints the header comment of `usageFile` (the
 * entry script, whose opening `//` lines are its manual) and exits; a bad value exits with 2.
 * Returns `{ flags, options, mode }`: the raw flags, the checked numbers, 'default' or 'scale'.
 */
export function parseOptions(argv, usageFile) {
  const { values: flags } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: String(BASE_ARTICLES) },
      duration: { type: 'string', default: '4' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      prewarm: { type: 'string', default: '5' },
      connections: { type: 'string', default: '20' },
      'quiet-wait': { type: 'string', default: '30' },
      only: { type: 'string' },
      'fresh-state': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (flags.help) {
    console.log(usage(usageFile));
    process.exit(0);
  }
  const positiveInt = (name) => {
    const value = Number(flags[name]);
    if (!Number.isInteger(value) || value <= 0) {
      console.error(`bench: --${name} must be a positive whole number, got ${flags[name]}`);
      process.exit(2);
    }
    return value;
  };
  const options = {
    articles: positiveInt('articles'),
    duration: positiveInt('duration'),
    rounds: positiveInt('rounds'),
    warmup: Number(flags.warmup),
    prewarm: Number(flags.prewarm),
    connections: positiveInt('connections'),
    quietWait: Number(flags['quiet-wait']),
  };
  for (const name of ['warmup', 'prewarm', 'quietWait']) {
    if (!(options[name] >= 0)) {
      console.error(`bench: --${name === 'quietWait' ? 'quiet-wait' : name} must be a number of seconds ≥ 0, got ${options[name]}`);
      process.exit(2);
    }
  }
  return { flags, options, mode: options.articles > BASE_ARTICLES ? 'scale' : 'default' };
}

/** The opening `//` comment of `file`, without its slashes. */
function usage(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.slice(0, lines.findIndex((line) => !line.startsWith('//'))).map((line) => line.slice(3)).join('\n');
}
