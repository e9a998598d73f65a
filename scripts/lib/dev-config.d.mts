/** The parts of the generated `wrangler dev` configuration that the tests read. */
export interface DevConfig {
  main: string;
  d1_databases: { binding: string; migrations_dir: string; [key: string]: unknown }[];
  assets?: { directory: string; [key: string]: unknown };
  build?: { command: string; cwd: string; [key: string]: unknown };
  alias?: Record<string, string>;
  images: { binding: string };
  vars: Record<string, string>;
  env?: unknown;
  [key: string]: unknown;
}

export function devConfigFor(root: string): DevConfig;
export function writeDevConfig(root: string, file?: string): string;
