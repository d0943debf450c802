// Micro-benchmark of the incremental Markdown parse (not part of `npm test`):
//   node --import tsx test/bench/incremental-parse.ts [--edits N]
// For generated 60-, 1,000- and 10,000-line postmortems: the full parse time, then N
// one-character insertions typed in the middle of the timeline list, each applied with
// applyChanges to the previous result (what the document store does per keystroke).
// Wall time and CPU time (process.cpuUsage) are both shown: on a loaded machine the CPU
// time is the better measure of the work done.
import { performance } from 'node:perf_hooks';
import { SourceText } from '../../server/src/service/text/source-text';
import { parseMarkdown } from '../../server/src/service/parse/markdown';
import { applyChanges } from '../../server/src/service/parse/incremental';
// @ts-expect-error: plain JavaScript tool without types
import { generatePostmortem } from './gen-postmortem.mjs';

const i = process.argv.indexOf('--edits');
const edits = i > 0 ? Number(process.argv[i + 1]) : 200;

function pct(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

console.log('lines\tbytes\tfull ms\tedit mean ms\tp50\tp95\tmax\tcpu mean ms\tcpu p95\treparsed chars (mean)\tpartial');
for (const lines of [60, 1000, 10000]) {
  const text: string = generatePostmortem({ lines });
  let t0 = performance.now();
  for (let k = 0; k < 3; k++) parseMarkdown(text);
  const fullMs = (performance.now() - t0) / 3;
  let state = { text, tree: parseMarkdown(text) };
  const tl = text.indexOf('## Timeline');
  const end = text.indexOf('\n## ', tl + 5);
  const at = text.indexOf(': ', text.indexOf('\n- ', Math.floor((tl + end) / 2))) + 2;
  const times: number[] = [];
  const cpu: number[] = [];
  let chars = 0;
  let partial = 0;
  for (let k = 0; k < edits + 20; k++) {
    const pos = new SourceText(state.text).positionAt(at + k);
    const c0 = process.cpuUsage();
    t0 = performance.now();
    const r = applyChanges(state, [{ range: { start: pos, end: pos }, text: 'x' }]);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (k >= 20) { times.push(ms); cpu.push((c.user + c.system) / 1000); chars += r.stats.reparsedChars; if (r.stats.mode === 'partial') partial++; }
    state = r;
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const f = (x: number) => x.toFixed(2);
  console.log([lines, text.length, f(fullMs), f(mean), f(pct(times, 0.5)), f(pct(times, 0.95)), f(Math.max(...times)), f(cpu.reduce((a, b) => a + b, 0) / cpu.length), f(pct(cpu, 0.95)), Math.round(chars / times.length), `${partial}/${times.length}`].join('\t'));
}
