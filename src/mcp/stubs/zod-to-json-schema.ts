// Stands in for zod-to-json-schema in the Worker bundle (wrangler.toml [alias]): the MCP SDK uses it
// for zod 3 schemas only, and zod 4 converts itself (z.toJSONSchema).
/** Would convert a zod 3 schema; never called with zod 4 schemas. */
export function zodToJsonSchema(): never {
  throw new Error("zod-to-json-schema is not bundled in Byline's Worker: describe tools with zod 4 schemas (see wrangler.toml [alias]).");
}
