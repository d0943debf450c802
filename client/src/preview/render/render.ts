/**
 * The preview webview's HTML. `renderPreviewBody` is the part that changes with the
 * document (sent as `{type:'update', html}`); `renderPreviewHtml` wraps it in a complete
 * document with a strict Content-Security-Policy: nothing loads from outside the extension,
 * and only nonce'd style and script run. The action items come first (the panel is named
 * after them), then the measures they cover, the key figures and the timeline.
 */
import type { PreviewData } from '../../../../server/src/service/index';
import { esc } from './escape';
import { figuresHtml, measuresHtml, tasksHtml, timelineHtml } from './sections';
import { PREVIEW_SCRIPT } from './script';
import { PREVIEW_CSS } from './style';

export interface RenderOptions {
  nonce: string;
  /** The webview's `cspSource` (e.g. `vscode-webview://...`, from `webview.cspSource`). */
  cspSource: string;
  /** A webview URI of an external script; otherwise the inline script is used. */
  scriptUri?: string;
  /** A webview URI of an external stylesheet, loaded in addition to the inline style. */
  styleUri?: string;
}

export function renderPreviewBody(data: PreviewData | null): string {
  if (!data) return '<p class="empty">Open a postmortem to see its preview.</p>';
  const title = data.title === null ? '<h1 class="none">Untitled postmortem</h1>' : `<h1>${esc(data.title)}</h1>`;
  return `<header>${title}</header>${tasksHtml(data)}${measuresHtml(data)}${figuresHtml(data.figures)}${timelineHtml(data)}`;
}

export function renderPreviewHtml(data: PreviewData | null, opts: RenderOptions): string {
  const nonce = esc(opts.nonce);
  const src = esc(opts.cspSource);
  const csp = `default-src 'none'; style-src ${src} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${src} data:; font-src ${src};`;
  const style = opts.styleUri ? `<link rel="stylesheet" nonce="${nonce}" href="${esc(opts.styleUri)}">` : '';
  const script = opts.scriptUri
    ? `<script nonce="${nonce}" src="${esc(opts.scriptUri)}"></script>`
    : `<script nonce="${nonce}">${PREVIEW_SCRIPT}</script>`;
  const version = data ? ` data-version="${data.version}"` : '';
  return '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    + `<meta http-equiv="Content-Security-Policy" content="${csp}">`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<title>${data?.title ? esc(data.title) : 'Postmortem preview'}</title>`
    + `<style nonce="${nonce}">${PREVIEW_CSS}</style>${style}</head>`
    + `<body><main id="root"${version}>${renderPreviewBody(data)}</main>${script}</body></html>\n`;
}
