// End to end in a real VS Code (issue 11): the Outline view of seed 004 lists its title, five
// sections (plain lines) and ten timeline entries; editor.fold on its plain `Timeline:` line
// hides the entries; a ticket link, with postmortem.trackerUrl pointing at an HTTP server the
// scenario starts, opened from the editor reaches that server; renaming `@alice` in the
// rename box changes the open postmortem and the closed one. Scenario: scenarios/structure.js;
// screenshots in test-results/e2e/vscode-structure/ (outline.png, folded.png, renamed.png).
//
// Seed 004 is read at run time from ../shared/seeds (CI has ../shared beside the clone) and
// written into the run's throwaway workspace only; without ../shared the test uses
// workspace-structure/seed-004-shape.txt, our own document of the same shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing, repoRoot } from './support/prereqs';
import { runVscode, scenarioResult } from './support/run';

const resultSchema = z.object({
  outline: z.object({ rows: z.array(z.string()), top: z.array(z.string()), children: z.array(z.string()) }),
  fold: z.object({ header: z.number(), next: z.number(), providerRanges: z.array(z.array(z.number())), visible: z.array(z.array(z.number())) }),
  link: z.object({ base: z.string(), targets: z.array(z.string()), hits: z.array(z.string()), via: z.string(), dialog: z.string().nullable() }),
  rename: z.object({ cache: z.string(), queue: z.string() }),
});

const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);

/** Seed 004 when ../shared has it, else our document of its shape. */
function seed004(): { text: string; from: string } {
  const dir = join(repoRoot, '..', 'shared', 'seeds');
  const name = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith('004_')) : undefined;
  if (name) return { text: readFileSync(join(dir, name), 'utf8'), from: `../shared/seeds/${name}` };
  return { text: readFileSync(join(e2eDir, 'workspace-structure', 'seed-004-shape.txt'), 'utf8'), from: 'workspace-structure/seed-004-shape.txt' };
}

test('VS Code: the Outline of seed 004, folding a plain-line section, a ticket link opening, an owner renamed across two files', gate.options, async () => {
  failIfMissing(gate.missing);
  const seed = seed004();
  const base = mkdtempSync(join(tmpdir(), 'pm-structure-e2e-'));
  const workspace = join(base, 'workspace');
  cpSync(join(e2eDir, 'workspace-structure'), workspace, { recursive: true });
  writeFileSync(join(workspace, 'postmortems', 'seed-004.md'), seed.text);
  const settings = join(base, 'settings.json');
  // Tasks (Field) and measures (Constant) hidden so the title, sections and entries fit the view.
  writeFileSync(settings, JSON.stringify({ 'outline.collapseItems': 'alwaysExpand', 'outline.showFields': false, 'outline.showConstants': false }));
  try {
    const run = await runVscode({ name: 'vscode-structure', scenario: join(e2eDir, 'scenarios', 'structure.js'), workspace, settings });
    const { r, see } = scenarioResult(run, resultSchema);
    const about = `(seed from ${seed.from}) ${see}`;

    // The Outline: five sections at the top level (with the title), ten entries under Timeline.
    assert.deepEqual(r.outline.top.slice(1), ['Issue Summary', 'Timeline', 'Root Cause and Resolution', 'Corrective and Preventative Measures', 'Tasks'], `${r.outline.rows.join(' | ')} ${about}`);
    assert.equal(r.outline.children.length, 10, r.outline.children.join(' | '));
    assert.ok(r.outline.children.every((c) => /^\d{1,2}:\d\d [AP]M EST {2}\S/.test(c)), r.outline.children.join(' | '));
    assert.ok(r.outline.children[0]?.startsWith('12:30 PM EST  The issue was detected'), r.outline.children[0]);

    // Folding the plain `Timeline:` line hides its ten entries and nothing after them.
    assert.ok(r.fold.providerRanges.some(([s, e]) => s === r.fold.header && e === r.fold.next - 1), `provider: ${JSON.stringify(r.fold.providerRanges)}`);
    const shown = (line: number): boolean => r.fold.visible.some(([s, e]) => (s ?? 0) <= line && line <= (e ?? -1));
    assert.ok(shown(r.fold.header) && shown(r.fold.next), JSON.stringify(r.fold.visible));
    for (let l = r.fold.header + 1; l < r.fold.next; l++) assert.ok(!shown(l), `line ${l} hidden: ${JSON.stringify(r.fold.visible)}`);

    // The ticket link: the provider's target, and the HTTP server saw the request.
    assert.ok(r.link.targets.includes(`${r.link.base}/browse/OPS-41`), r.link.targets.join(' | '));
    assert.notEqual(r.link.via, 'none', `nothing reached ${r.link.base} (dialog: ${r.link.dialog ?? 'none'}) ${see}`);
    assert.ok(r.link.hits.some((u) => u.endsWith('/browse/OPS-41')), r.link.hits.join(' | '));

    // The rename: both files, every occurrence, nothing else.
    const cacheBefore = readFileSync(join(e2eDir, 'workspace-structure', 'postmortems', '2024-06-11-cache-postmortem.md'), 'utf8');
    const queueBefore = readFileSync(join(e2eDir, 'workspace-structure', 'postmortems', '2024-07-02-queue-postmortem.md'), 'utf8');
    assert.equal(r.rename.cache, cacheBefore.replace('@alice', '@alice-sre'));
    assert.equal(r.rename.queue, queueBefore.replace('[alice]', '[alice-sre]').replaceAll('@alice', '@alice-sre'));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
