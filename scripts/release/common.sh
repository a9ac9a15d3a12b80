# Shared by the release stage scripts: evidence files and the tempest CLI.
# shellcheck shell=bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EVIDENCE_DIR=${EVIDENCE_DIR:-$ROOT/release-evidence}
TEMPEST=${TEMPEST:-node $ROOT/dist/bin/tempest.js}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$EVIDENCE_DIR"

# need VAR "what it is": stops with a clear message when a required variable is unset.
need() {
  if [ -z "${!1:-}" ]; then
    echo "error: set $1 ($2)" >&2
    exit 2
  fi
}

# evidence STAGE KEY=VALUE...: writes release-evidence/<stamp>-<stage>.json and prints its path.
evidence() {
  local stage=$1
  shift
  local file="$EVIDENCE_DIR/$STAMP-$stage.json"
  node -e '
    const [file, stage, ...pairs] = process.argv.slice(1)
    const doc = { stage, at: new Date().toISOString() }
    for (const p of pairs) { const i = p.indexOf("="); doc[p.slice(0, i)] = p.slice(i + 1) }
    require("fs").writeFileSync(file, JSON.stringify(doc, null, 2) + "\n")
  ' "$file" "$stage" "$@"
  echo "$file"
}

# check URL OUT [extra tempest check args...]: the release gates; returns their exit code.
check() {
  local url=$1 out=$2
  shift 2
  # shellcheck disable=SC2086 # TEMPEST may be "node path/to/tempest.js"
  $TEMPEST check --url "$url" --out "$out" ${RELAY:+--relay "$RELAY"} ${CHECK_HANDLE:+--handle "$CHECK_HANDLE"} "$@"
}
