/**
 * HTML escaping for the preview. Every string from the document goes through `esc`, in
 * text and in attributes alike (quotes included), so `<img src=x onerror=...>` renders as
 * text. Hand-written: five characters, and the pure core has no DOM to lean on.
 */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => MAP[c] ?? c);
}

/** An http(s) URL that can become a link target, or null (javascript:, data:, relative...). */
export function safeHref(href: string | null | undefined): string | null {
  // A regex, not `new URL`: the pure core compiles without DOM or Node types.
  if (!href) return null;
  const h = href.trim();
  return /^https?:\/\/[^\s"'<>`\\]+$/i.test(h) ? h : null;
}

/** Cut a label to `max` characters, at a word end where one is near. */
export function truncate(value: string, max: number): string {
  const v = value.replace(/\s+/g, ' ').trim();
  if (v.length <= max) return v;
  const cut = v.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
