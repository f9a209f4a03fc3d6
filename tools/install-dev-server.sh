#!/usr/bin/env bash
# Installs the Temporal CLI (dev server with embedded SQLite and web UI) from the Go module proxy.
# TOOLS_DIR moves the install elsewhere (the benchmark uses it for a cold install).
# v1.5.1 is the last release without a `replace` directive, so the last one `go install` accepts.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=v1.5.1
bin="${TOOLS_DIR:-$root/.tools}/bin"
target="$bin/temporal"

if [ -n "${TEMPORAL_CLI_PATH:-}" ]; then
  [ -x "$TEMPORAL_CLI_PATH" ] || { echo "TEMPORAL_CLI_PATH=$TEMPORAL_CLI_PATH is not an executable" >&2; exit 1; }
  exit 0
fi
if [ -x "$target" ] && [ "$(cat "$bin/temporal.version" 2>/dev/null)" = "$version" ]; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "install-dev-server: Go not found; the SDK will download the dev server itself (needs internet)." >&2
  exit 0
fi
mkdir -p "$bin"
echo "install-dev-server: building temporal CLI $version with go install (first time takes a few minutes)..." >&2
# -v prints each package as it compiles, so a user sees the build move.
GOBIN="$bin" GOFLAGS="${GOFLAGS:-} -buildvcs=false" go install -v "github.com/temporalio/cli/cmd/temporal@$version" 2>&1 \
  | awk '{ n++; if (n % 25 == 0) { printf "install-dev-server: %d packages built (%s)\n", n, $0; fflush() } }' >&2
echo "$version" > "$bin/temporal.version"
echo "install-dev-server: installed $target" >&2
