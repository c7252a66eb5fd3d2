#!/usr/bin/env bash
# Serves the app in demo mode on http://127.0.0.1:8080 (installs what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="/usr/local/bin:$PATH"
exec trunk serve --address 127.0.0.1 --port 8080
