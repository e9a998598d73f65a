// The local root admin key: from the environment, else .dev.vars, else a new one written to
// .dev.vars, as the contract's "Running it locally" says.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DEV_VARS = '.dev.vars';

function readDevVar(name) {
  if (!existsSync(DEV_VARS)) return undefined;
  for (const line of readFileSync(DEV_VARS, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && match[1] === name) return match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return undefined;
}

/** Returns `{ token, source }`, creating .dev.vars with a fresh token when there is none. */
export function resolveAdminToken(env = process.env) {
  if (env.ADMIN_TOKEN) return { token: env.ADMIN_TOKEN, source: 'environment' };
  const existing = readDevVar('ADMIN_TOKEN');
  if (existing) return { token: existing, source: DEV_VARS };
  const token = `byl_root_${randomBytes(24).toString('base64url')}`;
  const previous = existsSync(DEV_VARS) ? readFileSync(DEV_VARS, 'utf8') : '';
  const separator = previous && !previous.endsWith('\n') ? '\n' : '';
  writeFileSync(DEV_VARS, `${previous}${separator}ADMIN_TOKEN=${token}\n`, { mode: 0o600 });
  return { token, source: 'generated' };
}
