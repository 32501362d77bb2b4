#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest: codegen, typecheck, lint, unit tests,
# the GraphQL engine's conformance run, then Playwright against a fresh local stack. Stops at the first failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

passed=()
current=""

section() {
  current="$1"
  printf '\n\033[1m━━━━ %s ━━━━\033[0m\n' "$current"
}

finish_section() {
  local status=$1
  if [ "$status" -ne 0 ]; then
    printf '\n\033[1;31mFAILED: %s (exit %s)\033[0m\n' "$current" "$status"
    [ ${#passed[@]} -gt 0 ] && printf 'passed before it: %s\n' "$(IFS=,; echo "${passed[*]}" | sed 's/,/, /g')"
    exit "$status"
  fi
  passed+=("$current")
}

run() {
  "$@"
  finish_section $?
}

has_script() {
  node -e "process.exit(require('./package.json').scripts?.[process.argv[1]] ? 0 : 1)" "$1"
}

if has_script codegen && [ -f codegen.ts ]; then
  section "codegen"
  npm run --silent codegen
  status=$?
  # In CI the committed types must be what codegen makes; locally they are simply regenerated.
  if [ "$status" -eq 0 ] && [ "${CI:-}" = "true" ] && ! git diff --quiet -- graphql/generated 2>/dev/null; then
    git --no-pager diff --stat -- graphql/generated
    echo "graphql/generated is stale: run 'npm run codegen' and commit the result."
    status=1
  fi
  finish_section $status
fi

section "typecheck (tsc --noEmit)"
run npx tsc --noEmit
echo "no type errors"

section "lint (eslint .)"
run npx eslint .
echo "no lint problems"

section "unit tests (jest)"
if [ "${CI:-}" = "true" ]; then run npx jest --ci; else run npx jest; fi

section "GraphQL engine conformance (npm run test:conformance)"
run npm run --silent test:conformance

section "end-to-end (playwright)"
run npx playwright test

printf '\n\033[1;32mAll passed: %s\033[0m\n' "$(IFS=,; echo "${passed[*]}" | sed 's/,/, /g')"
