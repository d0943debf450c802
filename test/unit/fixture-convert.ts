/**
 * Converts fixtures from the old form (`expect: <line> <rule>` lines in the trailing
 * `<!-- fixture -->` block) to markers at the end of the lines concerned
 * (`<!-- expect: <rule> -->`, fixture-harness.ts), and drops the same lines from the block of
 * a sibling `.fixed.md`. The other block keys stay. It refuses to write a file whose
 * findings (every rule on: rule, range, message, fixes) would differ between the old
 * document and the new one without its markers (those that start before the block:
 * the block loses lines, so what stands after it moves).
 *
 *   node --import tsx test/unit/fixture-convert.ts [files or folders...]   (default: test/fixtures)
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/service/analysis';
import { resolveConfig } from '../../server/src/service/config/index';
import { ALL_RULES } from '../../server/src/service/rules/index';
import type { SeveritySetting } from '../../server/src/service/rules/types';
import { readMarkers } from './fixture-harness';

const OLD = /^\s*expect:\s*(\d+)\s+([a-z0-9-]+)\s*$/;
const allOn = resolveConfig([{ rules: Object.fromEntries(ALL_RULES.map((r) => [r.meta.name, r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity] as [string, SeveritySetting])) }]);

/** The block's line range (0-based, inclusive) in a document's lines; null without a block. */
function blockOf(lines: readonly string[]): { start: number; end: number } | null {
  const start = lines.findIndex((l) => /<!--\s*fixture\b/.test(l));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i >= start && l.includes('-->'));
  return end < 0 ? null : { start, end };
}

function withoutOldLines(lines: string[]): string[] {
  const b = blockOf(lines);
  return b ? lines.filter((l, i) => i <= b.start || i >= b.end || !OLD.test(l)) : lines;
}

/** The findings that start before the block (the block shrinks: what is after it moves up). */
function findingsOf(text: string): string[] {
  const block = blockOf(text.split('\n'))?.start ?? Infinity;
  return analyze(text, { path: 'postmortems/convert.md', config: allOn, forced: true }).findings
    .filter((f) => f.range.start.line < block)
    .map((f) => JSON.stringify([f.rule, f.range, f.message]));
}

export function convert(text: string): { text: string; moved: number } {
  const lines = text.split('\n');
  const b = blockOf(lines);
  if (!b) return { text, moved: 0 };
  const byLine = new Map<number, string[]>();
  for (let i = b.start + 1; i < b.end; i++) {
    const m = OLD.exec(lines[i] ?? '');
    if (!m) continue;
    const line = Number(m[1]) - 1;
    if (line < 0 || line >= b.start) throw new Error(`expect: ${m[1]} is not a line of the document`);
    byLine.set(line, [...(byLine.get(line) ?? []), m[2] ?? '']);
  }
  const out = withoutOldLines(lines);
  for (const [line, rules] of byLine) {
    const cr = (out[line] ?? '').endsWith('\r') ? '\r' : '';
    const body = (out[line] ?? '').slice(0, cr ? -1 : undefined);
    out[line] = `${body}${body === '' ? '' : ' '}<!-- expect: ${rules.join(' ')} -->${cr}`;
  }
  return { text: out.join('\n'), moved: [...byLine.values()].flat().length };
}

function files(args: string[]): string[] {
  return args.flatMap((p) => statSync(p).isDirectory() ? files(readdirSync(p).sort().map((n) => join(p, n))) : p.endsWith('.md') && !p.endsWith('.fixed.md') ? [p] : []);
}

if (require.main === module) {
  let failed = false;
  for (const file of files(process.argv.slice(2).length ? process.argv.slice(2) : [join(__dirname, '..', 'fixtures')])) {
    const old = readFileSync(file, 'utf8');
    const { text, moved } = convert(old);
    if (moved === 0) continue;
    const read = readMarkers(text, file);
    if (read.text !== withoutOldLines(old.split('\n')).join('\n')) throw new Error(`${file}: the markers do not strip back to the document`);
    const before = findingsOf(old);
    const after = findingsOf(read.text);
    const changed = before.filter((x) => !after.includes(x)).concat(after.filter((x) => !before.includes(x)));
    if (changed.length > 0) {
      failed = true;
      process.stderr.write(`${file}: not converted, the findings would change:\n  ${changed.join('\n  ')}\n`);
      continue;
    }
    writeFileSync(file, text);
    const fixedFile = file.replace(/\.md$/, '.fixed.md');
    if (existsSync(fixedFile)) writeFileSync(fixedFile, withoutOldLines(readFileSync(fixedFile, 'utf8').split('\n')).join('\n'));
    process.stdout.write(`${file}: ${moved} expectation(s) moved to their lines\n`);
  }
  process.exitCode = failed ? 1 : 0;
}
