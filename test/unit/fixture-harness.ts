/**
 * Fixture documents carry their expectations inline, in a trailing comment block:
 *
 *   <!-- fixture
 *   rules: heading-syntax heading-empty      (only these rules' findings are compared)
 *   expect: 1 heading-syntax                 (1-based line, rule; repeatable)
 *   sections: summary timeline root-cause+resolution measures action-items
 *   times: 12:00 12:10 13:00                 (timeline clock times, `?` for null)
 *   fields: 5:impact 9:root-cause             (field labels: 1-based line and kinds)
 *   measures: 5
 *   tasks: 5
 *   title: Outage on Dec 1, 2022
 *   postmortem: false                        (detection verdict; default: forced true)
 *   path: docs/README.md                     (path used for detection)
 *   -->
 *
 * A sibling `<name>.fixed.md` is the expected text after fix-all (applied until stable).
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureSpec {
  rules: string[] | null;
  expect: { line: number; rule: string }[];
  sections: string[] | null;
  fields: string[] | null;
  times: (string | null)[] | null;
  measures: number | null;
  tasks: number | null;
  title: string | null;
  postmortem: boolean | null;
  path: string | null;
  owners: (string | null)[] | null;
}

export function readSpec(text: string): FixtureSpec {
  const m = /<!--\s*fixture\b([\s\S]*?)-->/.exec(text);
  const spec: FixtureSpec = { rules: null, expect: [], sections: null, fields: null, times: null, measures: null, tasks: null, title: null, postmortem: null, path: null, owners: null };
  if (!m) return spec;
  for (const raw of (m[1] ?? '').split('\n')) {
    const line = raw.trim();
    const kv = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const [, key, value = ''] = kv;
    const words = value.split(/\s+/).filter(Boolean);
    switch (key) {
      case 'rules': spec.rules = words; break;
      case 'expect': {
        const e = /^(\d+)\s+([a-z0-9-]+)$/.exec(value.trim());
        if (!e) throw new Error(`bad expect line: ${line}`);
        spec.expect.push({ line: Number(e[1]), rule: e[2] ?? '' });
        break;
      }
      case 'sections': spec.sections = words; break;
      case 'fields': spec.fields = words; break;
      case 'times': spec.times = words.map((w) => (w === '?' ? null : w)); break;
      case 'owners': spec.owners = words.map((w) => (w === '?' ? null : w)); break;
      case 'measures': spec.measures = Number(value); break;
      case 'tasks': spec.tasks = Number(value); break;
      case 'title': spec.title = value.trim(); break;
      case 'postmortem': spec.postmortem = value.trim() === 'true'; break;
      case 'path': spec.path = value.trim(); break;
      default: throw new Error(`unknown fixture key ${key}`);
    }
  }
  return spec;
}

export interface Fixture { name: string; file: string; text: string; spec: FixtureSpec; fixed: string | null }

export function loadFixtures(dir: string): Fixture[] {
  const out: Fixture[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || name.endsWith('.fixed.md')) continue;
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const fixedFile = file.replace(/\.md$/, '.fixed.md');
    out.push({ name, file, text, spec: readSpec(text), fixed: existsSync(fixedFile) ? readFileSync(fixedFile, 'utf8') : null });
  }
  return out;
}
