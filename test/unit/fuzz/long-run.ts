/**
 * The long fuzz run (npm run fuzz -- --runs 100000 [--seed N] [--jobs J] [--out DIR]): one
 * worker's share of documents through checkDocument, collecting every failing document
 * instead of stopping at the first. Prints a JSON progress line every --every documents
 * and a final one; failing documents are written to --out. `--recheck DIR` runs the saved
 * failing documents of an earlier run through today's code instead.
 */
import fc from 'fast-check';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzedDocument } from './mutate';
import { checkDocument } from './check';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const runs = Number(arg('runs', '1000'));
const seed = Number(arg('seed', '1'));
const every = Number(arg('every', '1000'));
const out = arg('out', '');
const started = Date.now();
const recheck = arg('recheck', '');
if (recheck) {
  for (const name of readdirSync(recheck).filter((n) => n.endsWith('.json')).sort()) {
    const saved = JSON.parse(readFileSync(join(recheck, name), 'utf8')) as { text: string; problems: string[] };
    const now = checkDocument(saved.text, 0);
    console.log(JSON.stringify({ name, then: saved.problems.slice(0, 2), now: now.slice(0, 2) }));
  }
  process.exit(0);
}
let done = 0;
let failing = 0;
const kinds = new Map<string, number>();

if (out) mkdirSync(out, { recursive: true });
fc.assert(fc.property(fuzzedDocument, fc.nat(), ({ base, text }, s) => {
  const problems = checkDocument(text, s);
  done++;
  if (problems.length) {
    failing++;
    for (const p of new Set(problems.map((x) => x.replace(/\d+/g, 'N').replace(/\[.*$/, '').slice(0, 100)))) kinds.set(p, (kinds.get(p) ?? 0) + 1);
    if (out && failing <= 200) writeFileSync(join(out, `seed${seed}-${done}.json`), JSON.stringify({ base, problems, text }, null, 1));
  }
  if (done % every === 0) console.log(JSON.stringify({ seed, done, failing, ms: Date.now() - started }));
  return true;
}), { numRuns: runs, seed });
console.log(JSON.stringify({ seed, done, failing, ms: Date.now() - started, final: true, kinds: Object.fromEntries(kinds) }));
