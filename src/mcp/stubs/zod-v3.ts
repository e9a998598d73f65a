// Stands in for zod 3 in the Worker bundle (wrangler.toml [alias]): the MCP SDK supports tools
// described with zod 3 schemas; Byline's are all zod 4, so its zod 3 branch is never taken.
/** Would build a zod 3 object schema; never called with zod 4 schemas. */
export function object(): never {
  throw new Error("zod 3 is not bundled in Byline's Worker: describe tools with zod 4 schemas (see wrangler.toml [alias]).");
}
