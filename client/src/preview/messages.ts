/** Messages the preview's script posts (service/preview/script.ts), checked before use. */
export type WebviewMessage = { type: 'reveal'; line: number } | { type: 'toggle'; line: number; version: number };

export function isWebviewMessage(m: unknown): m is WebviewMessage {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  const line = typeof o.line === 'number' && Number.isInteger(o.line) && o.line >= 0;
  if (o.type === 'reveal') return line;
  return o.type === 'toggle' && line && typeof o.version === 'number' && Number.isInteger(o.version);
}
