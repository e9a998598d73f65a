/** Applies the migrations to `persistTo` and serves the Worker on it. */
export function startLocalWorker(options: { persistTo?: string; adminToken: string; vars?: Record<string, string> }): Promise<{ origin: string; close(): Promise<void> }>;
