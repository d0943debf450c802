#!/usr/bin/env bash
# nvim-lsp-probe.sh — run an LSP server (stdio) under headless Neovim for one file
# and print diagnostics + code actions as JSON on stdout.
# Copied from ../shared/realclients/nvim-lsp-probe.sh (tooling); added --apply-code.
#
# usage: nvim-lsp-probe.sh [options] FILE -- SERVER_CMD [SERVER_ARGS...]
#   --timeout MS          wait budget for initialize + diagnostics (default 20000)
#   --settle MS           quiet time after the last publishDiagnostics (default 500)
#   --min-diagnostics N   wait until FILE has >= N diagnostics (default 1; 0 = any publish)
#   --code-action L:C     also request code actions at 0-based line L, character C (repeatable)
#   --complete L:C        request completion (invoked) at 0-based line L, character C (repeatable)
#   --symbols             request textDocument/documentSymbol, record it and Neovim's list of it
#   --workspace-symbol Q  request workspace/symbol for query Q (repeatable), record it likewise
#   --apply               apply the first code action with an edit, record text + new diagnostics
#   --apply-code CODE     like --apply, but only actions offered for a diagnostic with this code
#   --root DIR            workspace root (default: FILE's directory)
#   --filetype FT         buffer filetype (default markdown)
#   --settings FILE.json  workspace/configuration settings for the server
#   --out FILE            also keep the JSON here (default: temp file, removed)
#   --nvim PATH           nvim binary (default: nvim on PATH)
# exit code: 0 ok, 1 timed out / too few diagnostics, 2 error (JSON still printed).
# example:
#   ./nvim-lsp-probe.sh --code-action 9:10 --apply sample-ext/test-workspace/postmortem.md \
#       -- node sample-ext/out/server.js --stdio
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

timeout=20000 settle=500 min=1 root="" ft=markdown settings="" out="" apply=false apply_code="" nvim_bin="${NVIM:-nvim}"
actions=()
completes=()
wsymbols=""
symbols=false
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) timeout="$2"; shift 2 ;;
    --settle) settle="$2"; shift 2 ;;
    --min-diagnostics) min="$2"; shift 2 ;;
    --code-action) actions+=("$2"); shift 2 ;;
    --complete) completes+=("$2"); shift 2 ;;
    --symbols) symbols=true; shift ;;
    --workspace-symbol) wsymbols="$wsymbols$2"$'\n'; shift 2 ;;
    --apply) apply=true; shift ;;
    --apply-code) apply=true; apply_code="$2"; shift 2 ;;
    --root) root="$2"; shift 2 ;;
    --filetype) ft="$2"; shift 2 ;;
    --settings) settings="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --nvim) nvim_bin="$2"; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    --) shift; break ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) file="$1"; shift ;;
  esac
done
if [ -z "${file:-}" ] || [ $# -eq 0 ]; then sed -n '2,24p' "$0" >&2; exit 2; fi
file="$(realpath "$file")"
root="$(realpath "${root:-$(dirname "$file")}")"

work="$(mktemp -d /tmp/nvim-lsp-probe.XXXXXX)"
trap 'rm -rf "$work"' EXIT
result="${out:-$work/result.json}"

# Config as JSON (node is there anyway for the servers); the server argv goes in verbatim.
cfg="$work/config.json"
NVP_CFG="$cfg" NVP_FILE="$file" NVP_ROOT="$root" NVP_FT="$ft" NVP_OUT="$result" \
NVP_TIMEOUT="$timeout" NVP_SETTLE="$settle" NVP_MIN="$min" NVP_APPLY="$apply" NVP_APPLY_CODE="$apply_code" \
NVP_SYMBOLS="$symbols" NVP_WSYMBOLS="$wsymbols" NVP_SETTINGS="$settings" NVP_ACTIONS="${actions[*]:-}" NVP_COMPLETES="${completes[*]:-}" node -e '
  const e = process.env, fs = require("fs");
  const cfg = {
    file: e.NVP_FILE, root: e.NVP_ROOT, cwd: process.cwd(), filetype: e.NVP_FT, out: e.NVP_OUT,
    timeoutMs: +e.NVP_TIMEOUT, settleMs: +e.NVP_SETTLE, minDiagnostics: +e.NVP_MIN,
    apply: e.NVP_APPLY === "true", applyCode: e.NVP_APPLY_CODE || undefined, cmd: process.argv.slice(1),
    codeActionsAt: e.NVP_ACTIONS.split(" ").filter(Boolean).map((s) => {
      const [line, character] = s.split(":").map(Number);
      return { line, character };
    }),
    documentSymbols: e.NVP_SYMBOLS === "true",
    workspaceSymbols: e.NVP_WSYMBOLS.split("\n").filter(Boolean),
    completeAt: e.NVP_COMPLETES.split(" ").filter(Boolean).map((s) => {
      const [line, character] = s.split(":").map(Number);
      return { line, character };
    }),
  };
  if (e.NVP_SETTINGS) cfg.settings = JSON.parse(fs.readFileSync(e.NVP_SETTINGS, "utf8"));
  fs.writeFileSync(e.NVP_CFG, JSON.stringify(cfg));
' -- "$@"

# Keep Neovim's state/log files (lsp.log lives in the cache dir) out of $HOME.
export XDG_CONFIG_HOME="$work/xdg/config" XDG_DATA_HOME="$work/xdg/data" \
       XDG_CACHE_HOME="$work/xdg/cache" XDG_STATE_HOME="$work/xdg/state"
rc=0
NVIM_LSP_PROBE_CONFIG="$cfg" "$nvim_bin" --headless -u NONE -i NONE -n \
  -c "luafile $here/nvim-lsp-probe.lua" </dev/null >"$work/nvim.stdout" 2>"$work/nvim.stderr" || rc=$?
if [ -s "$result" ]; then
  # Pretty-print with a stable key order (Lua tables have none).
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const first = ["ok", "error", "timedOut", "client", "serverInfo", "file", "uri", "timings",
      "diagnostics", "codeActions", "applied", "nvimDiagnosticCount"];
    const o = {};
    for (const k of first) if (k in r) o[k] = r[k];
    for (const k of Object.keys(r).sort()) if (!(k in o)) o[k] = r[k];
    process.stdout.write(JSON.stringify(o, null, 2) + "\n");
  ' "$result"
else
  echo "nvim exited $rc without a result; stderr:" >&2
  cat "$work/nvim.stderr" "$work/nvim.stdout" >&2
  rc=${rc:-2}; [ "$rc" -eq 0 ] && rc=2
fi
if grep -qE '^\[(WARN|ERROR)\]' "$work/xdg/cache/nvim/lsp.log" 2>/dev/null; then
  echo "--- nvim lsp.log (warnings/errors) ---" >&2
  tail -n 20 "$work/xdg/cache/nvim/lsp.log" >&2
fi
exit "$rc"
