// Types for client-types.mjs, so that the drift test can import it.
export const CLIENT_TYPES: string;
export function clientTypes(document: unknown): Promise<string>;
