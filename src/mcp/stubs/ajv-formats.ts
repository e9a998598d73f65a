// Stands in for ajv-formats in the Worker bundle (wrangler.toml [alias]; see ./ajv.ts).
/** Adds no formats: the stub Ajv validates nothing. */
export default function addFormats<T>(ajv: T): T {
  return ajv;
}
