#!/usr/bin/env bash
# Installs Temporal's time-skipping test server (Java) from Maven Central with a launcher script
# that takes `<port> [--enable-time-skipping]`, as the SDK's `existing-path` executable expects.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pom="$root/tools/test-server/pom.xml"
dest="${TOOLS_DIR:-$root/.tools}/test-server"
launcher="${TOOLS_DIR:-$root/.tools}/bin/temporal-test-server"
stamp="$dest/pom.sha"

if [ -n "${TEMPORAL_TEST_SERVER_PATH:-}" ]; then
  [ -x "$TEMPORAL_TEST_SERVER_PATH" ] || { echo "TEMPORAL_TEST_SERVER_PATH=$TEMPORAL_TEST_SERVER_PATH is not an executable" >&2; exit 1; }
  exit 0
fi
want=$(sha256sum "$pom" | cut -d' ' -f1)
if [ -x "$launcher" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  exit 0
fi
if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
  echo "install-test-server: Maven or Java not found; the SDK will download the test server itself (needs internet)." >&2
  exit 0
fi
echo "install-test-server: fetching io.temporal:temporal-test-server from Maven Central..." >&2
rm -rf "$dest/lib"
mkdir -p "$dest/lib" "$(dirname "$launcher")"
# Maven prints a line per downloaded file; a count every 25 files shows progress without the noise.
mvn -B -f "$pom" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$dest/lib" 2>&1 \
  | awk '/Downloaded from/ { n++; if (n % 25 == 0) { printf "install-test-server: %d files downloaded\n", n; fflush() } }
         /ERROR|BUILD/ { print "install-test-server: " $0; fflush() }' >&2
[ -n "$(ls "$dest/lib")" ] || { echo "install-test-server: no jars were fetched" >&2; exit 1; }
cat > "$launcher" <<'LAUNCH'
#!/usr/bin/env bash
dir=$(cd "$(dirname "$0")/../test-server/lib" && pwd)
exec java -cp "$dir/*" io.temporal.testserver.TestServer "$@"
LAUNCH
chmod +x "$launcher"
echo "$want" > "$stamp"
echo "install-test-server: installed $launcher" >&2
