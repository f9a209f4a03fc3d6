#!/usr/bin/env bash
# Installs Debian's chromium, the browser the browser tests drive through playwright-core, when it is missing.
# Idempotent: a second run finds /usr/bin/chromium and does nothing. CHROMIUM_PATH points at another browser.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$browser" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "install-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: $browser is missing; install Debian's chromium package (as root: apt-get install chromium)," >&2
  echo "install-chromium: or set CHROMIUM_PATH to a Chromium or Chrome executable. The browser tests need it." >&2
  exit 1
fi
echo "install-chromium: installing Debian's chromium with apt-get..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends chromium >&2
echo "install-chromium: installed $(chromium --version 2>/dev/null || echo "$browser")" >&2
