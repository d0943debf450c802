/**
 * `--print-model` output in the CLI's coordinates: lines and columns 1-based, like the
 * findings. The model itself keeps LSP's 0-based positions; this converts a copy: every
 * `{line, character}` position becomes `{line, column}`, and every line-number field
 * (`line`, `endLine`, `contentStart`, `end` of a section) is shifted by one.
 */
const LINE_KEYS = new Set(['line', 'endLine', 'contentStart']);

export function toOneBased(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => toOneBased(v));
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && LINE_KEYS.has(key)) return value + 1;
    return value;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.line === 'number' && typeof obj.character === 'number' && Object.keys(obj).length === 2) {
    return { line: obj.line + 1, column: obj.character + 1 };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    // A section's `end` is the line after its last line (exclusive, 0-based), which is
    // its last line 1-based: the same number, so it stays.
    out[k] = toOneBased(v, k);
  }
  return out;
}
