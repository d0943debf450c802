/**
 * The preview's inline script (runs in the webview under the nonce). Click or Enter on an
 * element with `data-line` posts `{type:'reveal', line}`; a task checkbox posts
 * `{type:'toggle', line, version}`; `{type:'update', html}` replaces the content and keeps
 * the scroll position (also kept across the webview being hidden, through setState).
 * Plain ES2017 in a string so the webview needs no bundle; no innerHTML of anything but
 * the server's escaped render.
 */
export const PREVIEW_SCRIPT = `(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var root = document.getElementById('root');
  var state = vscode.getState() || {};
  if (typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  function save() { vscode.setState({ scrollY: window.scrollY }); }
  window.addEventListener('scroll', function () { save(); }, { passive: true });
  function lineOf(el) {
    var n = Number(el.getAttribute('data-line'));
    return Number.isInteger(n) && n >= 0 ? n : null;
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var box = t.closest('input[type=checkbox][data-line]');
    if (box) {
      var line = lineOf(box);
      var version = Number(box.getAttribute('data-version'));
      if (line !== null) vscode.postMessage({ type: 'toggle', line: line, version: version });
      return;
    }
    if (t.closest('a')) return;
    var el = t.closest('[data-line]');
    if (el) { var l = lineOf(el); if (l !== null) vscode.postMessage({ type: 'reveal', line: l }); }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    var t = ev.target;
    if (!(t instanceof Element) || t.matches('input, a')) return;
    var l = t.hasAttribute('data-line') ? lineOf(t) : null;
    if (l !== null) { ev.preventDefault(); vscode.postMessage({ type: 'reveal', line: l }); }
  });
  window.addEventListener('message', function (ev) {
    var m = ev.data;
    if (!m || m.type !== 'update' || typeof m.html !== 'string' || !root) return;
    var y = window.scrollY;
    root.innerHTML = m.html;
    if (typeof m.version === 'number') root.setAttribute('data-version', String(m.version));
    window.scrollTo(0, y);
    save();
  });
})();`;
