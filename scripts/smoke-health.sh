#!/usr/bin/env bash
# Smoke test of a deployed Byline: GET <base-url>/health until it answers 200 with `"ok": true`,
# retrying while a fresh deploy propagates. Exits non-zero when it never does.
#
#   scripts/smoke-health.sh https://byline-staging.<subdomain>.workers.dev
#   SMOKE_ATTEMPTS=20 SMOKE_DELAY=5 scripts/smoke-health.sh http://127.0.0.1:8787
#
# Used by .github/workflows/deploy.yml after every deploy. Needs curl and node (for the JSON).
set -euo pipefail

base="${1:-}"
if [[ -z "$base" ]]; then
  echo "usage: $0 <base-url>   (the deployed Worker, e.g. https://byline-staging.example.workers.dev)" >&2
  exit 2
fi
url="${base%/}/health"
attempts="${SMOKE_ATTEMPTS:-12}"
delay="${SMOKE_DELAY:-5}"
body="$(mktemp)"
trap 'rm -f "$body"' EXIT

for ((i = 1; i <= attempts; i++)); do
  : >"$body"
  # curl prints 000 as the status when it gets no answer at all; its exit code is not what counts.
  status="$(curl -sS -o "$body" -w '%{http_code}' --max-time 10 -H 'Accept: application/json' "$url")" || true
  if [[ "$status" == 200 ]] && node -e '
      const health = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
      process.exit(health.ok === true ? 0 : 1);
    ' "$body" 2>/dev/null; then
    echo "✓ $url answered 200 with \"ok\": true (attempt $i/$attempts)"
    cat "$body"
    echo
    exit 0
  fi
  echo "… attempt $i/$attempts: $url answered ${status}: $(head -c 300 "$body" 2>/dev/null | tr '\n' ' ')"
  if ((i < attempts)); then sleep "$delay"; fi
done

echo "✗ $url never answered 200 with \"ok\": true after $attempts attempts" >&2
exit 1
