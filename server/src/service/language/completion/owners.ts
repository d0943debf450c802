/** Owners a document names: front matter `authors`/`owner`/`owners`, and task owners. */
import type { Postmortem } from '../../model/schema';

/** A handle as typed after `@`: letters, digits, `.`, `_`, `-`. */
const HANDLE = /^[\w.-]+$/;

function strings(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/[,;]/).map((s) => s.trim());
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').map((s) => s.trim());
  return [];
}

/** Handles without `@`, in document order, duplicates removed (case-insensitively). */
export function documentOwners(model: Postmortem): string[] {
  const data = model.frontMatter?.data ?? null;
  const raw = [
    ...(data ? [...strings(data.authors), ...strings(data.owner), ...strings(data.owners)] : []),
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
