// CPU per keystroke of model + rules (the parse excluded), in process, for the tree at ROOT:
//   node --import tsx test/bench/model-cost.mts [ROOT=.] [LINES=10000]
// Minimum over runs after a warm-up: the steadiest figure on a shared machine. Compare two
// trees (e.g. a worktree of an older commit) by running it on each, alternately.
import { resolve } from 'node:path';
import { generatePostmortem } from './gen-postmortem.mjs';
const root = resolve(process.argv[2] ?? '.');
const { parseDocument, lintParsed } = await import(root + '/server/src/service/analysis.ts');
const { parseMarkdown } = await import(root + '/server/src/service/parse/markdown.ts');
const { resolveConfig } = await import(root + '/server/src/service/config/index.ts');
const { ALL_RULES } = await import(root + '/server/src/service/rules/index.ts');
const config = resolveConfig([]);
const n = Number(process.argv[3] ?? 10000);
const text = generatePostmortem({ lines: n }) as string;
const mid = text.indexOf('\n', Math.floor(text.length / 2));
const docs = [0, 1].map((k) => { const t = text.slice(0, mid) + (k ? ' x' : ' y') + text.slice(mid); return { t, tree: parseMarkdown(t) }; });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const times: Record<string, number[]> = {};
const add = (k: string, v: number) => (times[k] ??= []).push(v);
for (let k = 0; k < 14; k++) {
  const d = docs[k % 2]!;
  let c = cpu();
  const parsed = parseDocument(d.t, d.tree);
  add('model', cpu() - c);
  for (const rule of ALL_RULES) {
    c = cpu();
    lintParsed(parsed, { path: 'postmortems/x.md', config, rules: [rule] });
    add(rule.meta.name, cpu() - c);
  }
}
const rows = Object.entries(times).map(([k, v]) => [k, v.slice(4).sort((a, b) => a - b)[0]!] as const).sort((a, b) => b[1] - a[1]);
let total = 0; for (const [, v] of rows) total += v;
console.log(root, n, 'sum of mins', total.toFixed(1));
for (const [k, v] of rows.slice(0, 14)) console.log(v.toFixed(1).padStart(7), k);
