import { type ServedWorker, serveWorker } from '../../scripts/lib/serve-worker.mjs';

/**
 * serveWorker() with the demo seed, tried twice: under a full parallel run on two cores, seeding
 * through Miniflare's proxy has been seen to drop its connection ("other side closed") before the
 * Worker was ever asked anything. A second failure is a real one and fails the file.
 */
export async function serveSeeded(): Promise<ServedWorker> {
  try {
    return await serveWorker();
  } catch (error) {
    console.warn(`serveWorker failed once, trying again: ${error instanceof Error ? error.message : String(error)}`);
    return serveWorker();
  }
}
