// Stands in for Ajv in the Worker bundle (wrangler.toml [alias]): the MCP SDK's server builds an
// Ajv instance to validate elicitation answers against JSON Schema, and Byline elicits nothing.
// Constructing it is harmless; compiling a schema would mean the SDK started validating something.
const UNUSED = "JSON Schema validation (Ajv) is not bundled in Byline's Worker: see wrangler.toml [alias].";

/** An Ajv that can be constructed but not used. */
export default class Ajv {
  compile(): never {
    throw new Error(UNUSED);
  }
  getSchema(): undefined {
    return undefined;
  }
  errorsText(): string {
    return '';
  }
}
