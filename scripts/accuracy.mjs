#!/usr/bin/env node
// `npm run accuracy`: how well the linter reads real postmortems, scored against the labelled
// corpus in ../shared (not part of a newcomer's clone, so not part of `npm test`; CI prints it).
//   npm run accuracy                     the whole corpus
//   npm run accuracy -- --split dev      the documents the reading was developed on
//   npm run accuracy -- --split holdout  the quarter kept out of development (see below)
//   npm run accuracy -- --details        plus every miss and false reading (any score.mjs flag)
//
// Hold-out: a document is held out when the first hex digit of sha1(id) is 0-3 (about a
// quarter, fixed by the id alone so new corpus documents fall on a side by themselves). The
// reading was tuned looking only at the dev side; the hold-out figures say how it generalises.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.POSTMORTEM_SHARED ?? join(root, '..', 'shared');
const score = join(shared, 'eval', 'score.mjs');
if (!existsSync(score)) {
  console.error(`accuracy: ${score} not found. The labelled corpus lives beside the project in ../shared (set POSTMORTEM_SHARED to point elsewhere).`);
  process.exit(2);
}

export function isHeldOut(id) {
  return parseInt(createHash('sha1').update(id).digest('hex')[0] ?? 'f', 16) < 4;
}

const args = process.argv.slice(2);
const at = args.indexOf('--split');
let pass = args;
if (at >= 0) {
  const split = args[at + 1];
  if (split !== 'dev' && split !== 'holdout') {
    console.error(`accuracy: --split takes dev or holdout, not ${split ?? 'nothing'}`);
    process.exit(2);
  }
  const ids = readdirSync(join(shared, 'corpus', 'labels'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .filter((id) => isHeldOut(id) === (split === 'holdout'));
  pass = [...args.slice(0, at), ...args.slice(at + 2), '--only', ids.join(',')];
}
const r = spawnSync(process.execPath, [score, '--project', root, ...pass], { stdio: 'inherit' });
process.exit(r.status ?? 2);
