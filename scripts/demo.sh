#!/usr/bin/env bash
# Builds the widget and serves the demo department page on http://127.0.0.1:8080
# under the strict Content-Security-Policy of DESIGN.md. Ctrl-C stops it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

bash scripts/build.sh
exec node tools/serve.mjs --root dist --port "${PORT:-8080}"
