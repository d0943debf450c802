/** The workspace index does not follow directory links out of the workspace (a link to / made it hang). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient } from './client';
import type { TrackedDocument } from '../../server/src/protocol';

const DOC = (what: string): string => `# Postmortem: ${what} on 2024-07-09\n\n## Summary\n\nOn 2024-07-09 from 14:00 to 14:40 UTC pages were slow.\n\n## Action Items\n\n- [ ] Add jitter to ${what} (owner: @mara)\n`;

test('the action-item index stays inside the workspace: links to / and to another tree are not followed', async () => {
  const base = mkdtempSync(join(tmpdir(), 'pm-wslinks-'));
  const ws = join(base, 'ws');
  mkdirSync(join(ws, 'postmortems'), { recursive: true });
  mkdirSync(join(base, 'elsewhere'));
  writeFileSync(join(ws, 'postmortems', 'cache-postmortem.md'), DOC('cache'));
  writeFileSync(join(base, 'elsewhere', 'queue-postmortem.md'), DOC('queue'));
  symlinkSync(join(base, 'elsewhere'), join(ws, 'postmortems', 'linked'), 'dir');
  symlinkSync('/', join(ws, 'disk-root'), 'dir');
  const c = await LspClient.start({ pull: true, workspaceFolder: ws });
  try {
    const r = await c.guard(c.request<{ documents: TrackedDocument[] }>('postmortem/actionItems', {}), 'actionItems', 15_000);
    assert.deepEqual(r.documents.map((d) => d.uri.slice(d.uri.lastIndexOf('/ws/') + 4)), ['postmortems/cache-postmortem.md']);
  } finally {
    await c.shutdown();
    rmSync(base, { recursive: true, force: true });
  }
});
