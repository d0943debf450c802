// End to end in a real VS Code (code-server + headless Chromium), issue 10 items 1 and 2:
// New Postmortem writes placeholders (reported by the placeholder rule), today's date and the
// configured zone, and no invented incident; a postmortem typed key by key with Enter is
// exactly what was typed, while Ctrl+Space still offers the missing headings and pm-action
// appears once. Scenario: scenarios/first-hour.js; screenshots in test-results/e2e/vscode-first-hour/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing } from './support/prereqs';
import { runVscode, scenarioResult } from './support/run';

const resultSchema = z.object({
  file: z.string(),
  templateText: z.string(),
  placeholdersInText: z.number(),
  templateCodes: z.array(z.string()),
  placeholderLines: z.array(z.number()),
  expectedTyped: z.string(),
  typedText: z.string(),
  trace: z.array(z.object({ line: z.string(), openBefore: z.array(z.string()), landed: z.boolean(), text: z.string() })),
  invokedRows: z.array(z.string()),
  snippetRows: z.array(z.string()),
});

const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// One VS Code run serves both tests (a run costs ~50 s on 2 cores); each item is judged apart.
let runOnce: Promise<{ r: z.infer<typeof resultSchema>; see: string }> | undefined;
function firstHour(): Promise<{ r: z.infer<typeof resultSchema>; see: string }> {
  runOnce ??= runVscode({ name: 'vscode-first-hour', scenario: join(e2eDir, 'scenarios', 'first-hour.js'), workspace: join(e2eDir, 'workspace-first-hour'), timeoutSeconds: 240 })
    .then((run) => scenarioResult(run, resultSchema));
  return runOnce;
}

test('VS Code: New Postmortem writes placeholders the placeholder rule reports, today\'s date and the zone, no invented incident', gate.options, async () => {
  failIfMissing(gate.missing);
  const { r, see } = await firstHour();
  const text = r.templateText;
  assert.match(r.file, /^postmortems\/\d{4}-\d{2}-\d{2}-search-latency-after-the-index-rebuild\.md$/);
  assert.match(text, /^# Postmortem: Search latency after the index rebuild$/m);
  assert.ok(text.includes(`On ${today()}, from hh:mm to hh:mm CET,`), `today's date and the configured zone ${see}`);
  assert.match(text, /^## Timeline \(CET\)$/m);
  assert.doesNotMatch(text, /\b\d{1,2}:\d{2}\b/, 'no invented time');
  assert.deepEqual([...text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => m[0]).filter((d) => d !== today()), [], 'no other date');
  assert.doesNotMatch(text, /@\w/, 'no invented owner');
  assert.ok(r.placeholdersInText >= 15, `placeholders to fill: ${r.placeholdersInText}`);
  assert.equal(r.templateCodes.filter((c) => c === 'placeholder').length, r.placeholdersInText, `the placeholder rule reports each one ${see}`);
  for (const [i, l] of text.split('\n').entries()) {
    if (/\[(?:describe|name|link)\b|hh:mm|yyyy-mm-dd/.test(l)) assert.ok(r.placeholderLines.includes(i), `line ${i + 1} is reported: ${l}`);
  }
});

test('VS Code: a postmortem typed key by key, Enter after each line, is exactly what was typed; Ctrl+Space still offers headings', gate.options, async () => {
  failIfMissing(gate.missing);
  const { r, see } = await firstHour();
  assert.equal(r.typedText, r.expectedTyped, `the document is what was typed ${see}; around the Enters: ${JSON.stringify(r.trace)}`);
  assert.deepEqual(r.trace, [], `no list was open before an Enter ${see}`);
  assert.ok(r.invokedRows.some((row) => row.includes('Resolution')), `Ctrl+Space offers the missing headings: ${r.invokedRows.join(' | ')}`);
  assert.equal(r.snippetRows.filter((row) => row.includes('pm-action') && !row.includes('pm-action-row')).length, 1, `pm-action once: ${r.snippetRows.join(' | ')}`);
});
