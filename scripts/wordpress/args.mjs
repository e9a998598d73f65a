// The flags `import:wordpress` and `sync:wordpress` share; they mean the same in both.

export const FLAGS = {
  file: { type: 'string' },
  url: { type: 'string' },
  user: { type: 'string' },
  'application-password': { type: 'string' },
  target: { type: 'string' },
  token: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'persist-to': { type: 'string' },
  help: { type: 'boolean', default: false },
};

/**
 * `user:application password` from --user and --application-password (or one `user:password`
 * value), else WORDPRESS_USER and WORDPRESS_APPLICATION_PASSWORD; null without.
 */
export function credentialsFrom(values, env = process.env) {
  const user = values.user ?? env.WORDPRESS_USER;
  const password = values['application-password'] ?? env.WORDPRESS_APPLICATION_PASSWORD;
  if (!password) return null;
  if (user) return `${user}:${password}`;
  return password.includes(':') ? password : null;
}
