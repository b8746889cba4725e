#!/usr/bin/env bash
# The GitHub Action's script (action.yml). It packs the CLI from this repository (or takes a
# packed ringside-cli tarball from RINGSIDE_TARBALL), installs it into a temporary folder and
# runs it: SARIF to INPUT_SARIF_FILE, workflow annotations on the pull request, and with
# INPUT_DIFF_BASE the Markdown risk diff in the job summary. Exits with the check's exit code.
# It runs the same outside GitHub: test/cli/action.test.ts calls it with the INPUT_* variables.
set -euo pipefail

action_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${RUNNER_TEMP:-$(mktemp -d)}/ringside-action"
rm -rf "$work" && mkdir -p "$work/pkg" "$work/install"

tarball="${RINGSIDE_TARBALL:-}"
if [ -z "$tarball" ]; then
  echo "::group::Build and pack ringside-cli"
  (cd "$action_dir" && npm ci --ignore-scripts --no-audit --no-fund && node esbuild.mjs --cli-package "$work/pkg")
  tarball="$work/pkg/$(cd "$work/pkg" && npm pack --silent | tail -n 1)"
  echo "::endgroup::"
fi
echo '{"name":"ringside-action-run","version":"1.0.0","private":true}' > "$work/install/package.json"
(cd "$work/install" && npm install --offline --no-audit --no-fund --silent "$tarball")
ringside="$work/install/node_modules/.bin/ringside"

read -r -a paths <<< "${INPUT_PATH:-.}"
args=()
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
sarif="${INPUT_SARIF_FILE:-ringside.sarif}"

code=0
"$ringside" check "${paths[@]}" ${args[@]+"${args[@]}"} --format sarif --output "$sarif" || code=$?
if [ -f "$sarif" ]; then
  [ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
  # The same findings as annotations on the changed files (the exit code is the first run's).
  "$ringside" check "${paths[@]}" ${args[@]+"${args[@]}"} --format github --fail-on never || true
fi
if [ -n "${INPUT_DIFF_BASE:-}" ]; then
  summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
  "$ringside" diff --base "$INPUT_DIFF_BASE" "${paths[@]}" --format markdown --fail-on never >> "$summary" || echo "::warning title=Ringside::the risk diff against $INPUT_DIFF_BASE failed"
fi
[ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$code" >> "$GITHUB_OUTPUT"
exit "$code"
