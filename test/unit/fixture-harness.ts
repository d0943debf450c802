/**
 * Fixture documents carry their expectations inline.
 *
 * A finding is expected by a marker at the end of the line it starts on:
 *
 *   ##Timeline <!-- expect: heading-syntax -->
 *   - [] Alert on queue depth <!-- expect: checkbox-syntax task-owner -->
 *
 * (a rule named twice expects two findings on that line). The markers are the harness's, not
 * the document's: a trailing comment changes what the linter reads (`##` with a comment is no
 * longer an empty heading, a task's text would end in the comment), so `readFixtureDocument`
 * removes every marker, and the blanks before it, before anything reads the text. Lines keep
 * their numbers. Everything else lives in a trailing block:
 *
 *   <!-- fixture
 *   rules: heading-syntax heading-empty      (the rules compared; required with markers)
 *   sections: summary timeline root-cause+resolution measures action-items
 *   times: 12:00 12:10 13:00                 (timeline clock times, `?` for null)
 *   fields: 5:impact 9:root-cause             (field labels: 1-based line and kinds)
 *   measures: 5
 *   tasks: 5
 *   title: Outage on Dec 1, 2022
 *   postmortem: false                        (detection verdict; default: forced true)
 *   path: docs/README.md                     (path used for detection)
 *   config: {"maxFileSize": 1}               (a .postmortemrc.json layer, JSON on one line)
 *   -->
 *
 * Only the findings of the `rules:` rules are compared, against the markers (rule and line)
 * and against the sibling `<name>.snap` (position and message of each, fixture-snapshot.ts).
 * A sibling `<name>.fixed.md` is the expected text after fix-all (applied until stable).
 * Anything that would let a fixture compare nothing is an error: markers without `rules:`,
 * a marker naming a rule outside `rules:`, an unknown rule name, a marker not at the end
 * of its line, and the old `expect: <line> <rule>` lines of the block (convert those with
 * `node --import tsx test/unit/fixture-convert.ts <file>`).
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseUserConfig, resolveConfig } from '../../server/src/service/config/index';
import type { ResolvedConfig } from '../../server/src/service/config/schema';
import { RULES_BY_NAME } from '../../server/src/service/rules/index';

export interface Expectation { line: number; rule: string }

export interface FixtureSpec {
  rules: string[] | null;
  sections: string[] | null;
  fields: string[] | null;
  times: (string | null)[] | null;
  measures: number | null;
  tasks: number | null;
  title: string | null;
  postmortem: boolean | null;
  path: string | null;
  owners: (string | null)[] | null;
  config: ResolvedConfig;
}

/** A marker at the end of a line (before a `\r`, if any), with the blanks before it. */
const MARKER = /[ \t]*<!-- expect: ([a-z0-9-]+(?: [a-z0-9-]+)*) -->(?=\r?$)/;
const ANY_MARKER = /<!--\s*expect\b/;

export const CONVERT_HINT = 'node --import tsx test/unit/fixture-convert.ts';

/** The document under test (markers removed, same lines) and the markers' expectations (1-based lines). */
export function readMarkers(raw: string, where = 'fixture'): { text: string; expect: Expectation[] } {
  const expect: Expectation[] = [];
  const lines = raw.split('\n').map((line, i) => {
    const m = MARKER.exec(line);
    const rest = m ? line.slice(0, m.index) + line.slice(m.index + m[0].length) : line;
    if (ANY_MARKER.test(rest)) throw new Error(`${where}:${i + 1}: an expect marker must end its line, written \`<!-- expect: rule [rule...] -->\`: ${JSON.stringify(line)}`);
    for (const rule of m?.[1]?.split(' ') ?? []) expect.push({ line: i + 1, rule });
    return rest;
  });
  return { text: lines.join('\n'), expect };
}

/** The text a fixture file stands for, for every reader of fixture files: the file without its markers. */
export function readFixtureDocument(file: string): string {
  return readMarkers(readFileSync(file, 'utf8'), file).text;
}

function knownRule(rule: string, where: string): string {
  if (!RULES_BY_NAME.has(rule)) throw new Error(`${where}: no rule is named ${rule}`);
  return rule;
}

export function readSpec(text: string, where = 'fixture'): FixtureSpec {
  const m = /<!--\s*fixture\b([\s\S]*?)-->/.exec(text);
  const spec: FixtureSpec = { rules: null, sections: null, fields: null, times: null, measures: null, tasks: null, title: null, postmortem: null, path: null, owners: null, config: resolveConfig([]) };
  if (!m) return spec;
  for (const raw of (m[1] ?? '').split('\n')) {
    const line = raw.trim();
    const kv = /^([a-zA-Z]+):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const [, key, value = ''] = kv;
    const words = value.split(/\s+/).filter(Boolean);
    switch (key) {
      case 'rules': spec.rules = words.map((w) => knownRule(w, where)); break;
      case 'expect': throw new Error(`${where}: \`${line}\`: expectations by absolute line number are gone; write \`<!-- expect: rule -->\` at the end of the line concerned (${CONVERT_HINT} ${where} does it)`);
      case 'sections': spec.sections = words; break;
      case 'fields': spec.fields = words; break;
      case 'times': spec.times = words.map((w) => (w === '?' ? null : w)); break;
      case 'owners': spec.owners = words.map((w) => (w === '?' ? null : w)); break;
      case 'measures': spec.measures = Number(value); break;
      case 'tasks': spec.tasks = Number(value); break;
      case 'title': spec.title = value.trim(); break;
      case 'postmortem': spec.postmortem = value.trim() === 'true'; break;
      case 'path': spec.path = value.trim(); break;
      case 'config': {
        const { config, problems } = parseUserConfig(JSON.parse(value) as unknown, where, { knownRules: new Set(RULES_BY_NAME.keys()) });
        if (problems.length > 0) throw new Error(`${where}: config: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
        spec.config = resolveConfig([config]);
        break;
      }
      default: throw new Error(`${where}: unknown fixture key ${key}`);
    }
  }
  return spec;
}

export interface Fixture {
  name: string;
  file: string;
  /** The document under test: the file without its markers. */
  text: string;
  expect: Expectation[];
  spec: FixtureSpec;
  fixed: string | null;
  /** The sibling snapshot of the compared findings' messages (it may not exist yet). */
  snapshotFile: string;
}

export function loadFixture(file: string, name: string): Fixture {
  const { text, expect } = readMarkers(readFileSync(file, 'utf8'), file);
  const spec = readSpec(text, file);
  for (const e of expect) knownRule(e.rule, `${file}:${e.line}`);
  if (expect.length > 0 && spec.rules === null) {
    throw new Error(`${file}: it has expect markers but no \`rules:\` line in its fixture block, so nothing would be compared: name the rules it checks`);
  }
  const outside = expect.filter((e) => !spec.rules?.includes(e.rule));
  if (outside.length > 0) throw new Error(`${file}: markers name rules that \`rules:\` does not compare: ${outside.map((e) => `${e.line} ${e.rule}`).join(', ')}`);
  const fixedFile = file.replace(/\.md$/, '.fixed.md');
  return { name, file, text, expect, spec, fixed: existsSync(fixedFile) ? readFileSync(fixedFile, 'utf8') : null, snapshotFile: file.replace(/\.md$/, '.snap') };
}

export function loadFixtures(dir: string): Fixture[] {
  return readdirSync(dir).sort()
    .filter((name) => name.endsWith('.md') && !name.endsWith('.fixed.md'))
    .map((name) => loadFixture(join(dir, name), name));
}

/** Every fixture under test/fixtures/, folder by folder, as `folder/name`. */
export function allFixtures(root: string): { dir: string; fixture: Fixture }[] {
  return readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    .flatMap((dir) => loadFixtures(join(root, dir)).map((fixture) => ({ dir, fixture })));
}
