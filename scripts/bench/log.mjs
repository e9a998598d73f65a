// The bench's voice: progress goes to stderr (stdout is the report), numbers are formatted one way.

/** A step the bench starts: `▸ message` on stderr. */
export const progress = (message) => console.error(`▸ ${message}`);

/** A detail of the current step, indented under it on stderr. */
export const detail = (message) => console.error(`  ${message}`);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `value` with exactly `digits` decimals and thousands separators, or `–` when it is not a number. */
export const fmt = (value, digits) =>
  Number.isFinite(value) ? value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–';
