// Turns VS Code API objects (diagnostics, code actions, ranges) into plain JSON, so
// scenarios can return them, and turns plain ranges back into vscode.Range.
// Adapted from ../shared/realclients/probe-ext/extension.js (copied tooling).
'use strict';

const SEV = ['Error', 'Warning', 'Information', 'Hint'];
const pos = (p) => ({ line: p.line, character: p.character });
const range = (r) => ({ start: pos(r.start), end: pos(r.end) });

/** Diagnostic codes may be a string, a number or { value, target }: normalise to a string. */
function codeOf(c) {
  if (c === undefined || c === null) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

function diag(d) {
  return {
    range: range(d.range),
    severity: SEV[d.severity],
    message: d.message,
    source: d.source,
    code: codeOf(d.code),
    codeTarget: d.code && typeof d.code === 'object' && d.code.target ? d.code.target.toString() : undefined,
    tags: d.tags,
    relatedInformation: (d.relatedInformation || []).map((ri) => ({
      uri: ri.location.uri.toString(), range: range(ri.location.range), message: ri.message,
    })),
  };
}

/**
 * A plain copy of a code action. The original object stays reachable through the
 * non-enumerable `raw` property (JSON.stringify skips it) for applyCodeAction.
 */
function action(vscode, a) {
  let out;
  if (typeof a.command === 'string') {
    out = { title: a.title, command: a.command, isCommandOnly: true };
  } else {
    out = {
      title: a.title,
      kind: a.kind && a.kind.value,
      isPreferred: a.isPreferred,
      disabled: a.disabled && a.disabled.reason,
      command: a.command && a.command.command,
    };
    if (a.edit) {
      out.edit = a.edit.entries().map(([uri, edits]) => ({
        uri: uri.toString(),
        edits: edits.map((e) => ({ range: range(e.range), newText: e.newText })),
      }));
    }
  }
  Object.defineProperty(out, 'raw', { value: a, enumerable: false });
  return out;
}

/** Accepts a vscode.Range or a plain { start: {line, character}, end: {...} }. */
function toRange(vscode, r) {
  if (r instanceof vscode.Range) return r;
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

module.exports = { diag, action, range, toRange };
