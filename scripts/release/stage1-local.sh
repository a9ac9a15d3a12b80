#!/usr/bin/env bash
# Stage 1, local: the whole gate (npm test, which includes `tempest check` against a local Tempest
# behind a real Caddy) on the commit to be released. Evidence: the suite's totals and commit.
source "$(dirname "$0")/common.sh"
cd "$ROOT"
npm test
# shellcheck disable=SC2016 # JavaScript template literal, not shell
totals=$(node -e 'const r=require("./test-artifacts/vitest.json"); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)')
evidence stage1-local commit="$(git rev-parse HEAD)" tests="$totals" report="$ROOT/test-artifacts/vitest.json"
