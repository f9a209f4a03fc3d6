#!/usr/bin/env bash
# Installs the Temporal servers this project runs on: `dev` (the CLI dev server), `test` (the time-skipping
# test server), or both when no argument is given. Idempotent: a second run finds them and does nothing.
set -euo pipefail
here=$(dirname "$0")
case "${1:-all}" in
  dev) bash "$here/install-dev-server.sh" ;;
  test) bash "$here/install-test-server.sh" ;;
  all) bash "$here/install-dev-server.sh"; bash "$here/install-test-server.sh" ;;
  *) echo "usage: install-servers.sh [dev|test]" >&2; exit 2 ;;
esac
