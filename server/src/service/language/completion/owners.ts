/** Owners a document names: front matter `authors`/`owner`/`owners`, and task owners. */
import type { Postmortem } from '../../model/schema';

/** A handle as typed after `@`: letters, digits, `.`, `_`, `-`. */
const HANDLE = /^[\w.-]+$/;

/** A front-matter value read as a list of names: `a, b; c`, or a YAML list (of such strings). */
export function frontMatterList(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(frontMatterList);
  return [];
}

/** Handles without `@`, in document order, duplicates removed (case-insensitively). */
export function documentOwners(model: Postmortem): string[] {
  const data = model.frontMatter?.data ?? null;
  const raw = [
    ...(data ? [...frontMatterList(data.authors), ...frontMatterList(data.owner), ...frontMatterList(data.owners)] : []),
    ...model.tasks.map((t) => t.owner?.text ?? ''),
    ...model.measures.map((m) => m.owner?.text ?? ''),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of raw) {
    const h = r.replace(/^@/, '').trim();
    if (!h || !HANDLE.test(h) || seen.has(h.toLowerCase())) continue;
    seen.add(h.toLowerCase());
    out.push(h);
  }
  return out;
}
