// Starts the API reference on /docs from Byline's own copy of Scalar (./scalar/standalone.js,
// copied from the pinned @scalar/api-reference by scripts/copy-docs-viewer.mjs). A file rather than
// an inline script, so that the page's CSP can say script-src 'self' and nothing else. Every
// option that would reach another host is off: Scalar's web fonts, telemetry, its AI agent and
// MCP offers, the developer toolbar (share, deploy, generate an SDK: all on scalar.com); "try it"
// calls go straight to the server named in /openapi.json (this origin), with no proxy.
Scalar.createApiReference('#app', {
  url: '/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  hideClientButton: true,
  showDeveloperTools: 'never',
});
