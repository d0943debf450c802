/** postmortem/model, postmortem/markAsPostmortem and settings through workspace/configuration. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, fixtureUri } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, NOTES, NOTES_TEXT, has, codes } from './fixture';

interface ModelAnswer { version: number; postmortem: boolean; reason: string; model: { title: { text: string } | null; sections: { kinds: string[] }[]; timeline: unknown[]; tasks: unknown[] } }

test('postmortem/model returns the model of an open document, null for an unknown one', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT, 4);
    const r = await c.request<ModelAnswer | null>('postmortem/model', { uri: POSTMORTEM });
    assert.ok(r);
    assert.equal(r.version, 4);
    assert.equal(r.postmortem, true);
    assert.equal(r.model.title?.text, 'Checkout latency outage');
    const kinds = r.model.sections.flatMap((s) => s.kinds);
    for (const k of ['summary', 'timeline', 'root-cause', 'resolution', 'measures', 'action-items']) assert.ok(kinds.includes(k), `${k} in ${kinds.join(' ')}`);
    assert.equal(r.model.timeline.length, 4);
    assert.equal(r.model.tasks.length, 2);
    assert.equal(await c.request<ModelAnswer | null>('postmortem/model', { uri: fixtureUri('not-open.md') }), null);
  } finally {
    await c.shutdown();
  }
});

test('postmortem/markAsPostmortem forces linting of a non-postmortem (pull), and unmarking undoes it', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(NOTES, NOTES_TEXT);
    assert.deepEqual(await c.pull(NOTES), []);
    assert.equal((await c.request<ModelAnswer | null>('postmortem/model', { uri: NOTES }))?.postmortem, false);
    await c.notify('postmortem/markAsPostmortem', { uri: NOTES, postmortem: true });
    assert.ok(has(await c.pull(NOTES), 'heading-syntax'));
    assert.equal((await c.request<ModelAnswer | null>('postmortem/model', { uri: NOTES }))?.reason, 'marked as a postmortem');
    await c.notify('postmortem/markAsPostmortem', { uri: NOTES, postmortem: false });
    assert.deepEqual(await c.pull(NOTES), []);
  } finally {
    await c.shutdown();
  }
});

test('postmortem/markAsPostmortem re-pushes diagnostics to a push client', async () => {
  const c = await LspClient.start({ pull: false });
  try {
    await c.open(NOTES, NOTES_TEXT);
    assert.deepEqual((await c.waitForPush(NOTES)).diagnostics, []);
    await c.notify('postmortem/markAsPostmortem', { uri: NOTES, postmortem: true });
    const p = await c.waitForPush(NOTES, (x) => has(x.diagnostics, 'heading-syntax'));
    assert.equal(p.version, 1);
  } finally {
    await c.shutdown();
  }
});

test('pull: settings from workspace/configuration turn heading-syntax off after didChangeConfiguration', async () => {
  const c = await LspClient.start({ pull: true, configuration: true, refreshSupport: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    assert.ok(has(await c.pull(POSTMORTEM), 'heading-syntax'));
    c.settings = { rules: { 'heading-syntax': 'off' } };
    const since = c.refreshCount;
    await c.changeConfiguration(null);
    await c.waitForRefresh(since);
    const ds = await c.pull(POSTMORTEM);
    assert.equal(has(ds, 'heading-syntax'), false, codes(ds).join(', '));
    assert.ok(has(ds, 'checkbox-syntax'), 'other rules still run');
  } finally {
    await c.shutdown();
  }
});

test('push: settings from workspace/configuration turn heading-syntax off after didChangeConfiguration', async () => {
  const c = await LspClient.start({ pull: false, configuration: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    assert.ok(has((await c.waitForPush(POSTMORTEM)).diagnostics, 'heading-syntax'));
    c.settings = { rules: { 'heading-syntax': 'off' } };
    await c.changeConfiguration(null);
    const p = await c.waitForPush(POSTMORTEM, (x) => !has(x.diagnostics, 'heading-syntax'));
    assert.ok(has(p.diagnostics, 'checkbox-syntax'));
    assert.equal(p.version, 1);
  } finally {
    await c.shutdown();
  }
});

test('push, no workspace/configuration (Neovim 0.7): settings arrive in didChangeConfiguration itself', async () => {
  const c = await LspClient.start({ pull: false, configuration: false });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    assert.ok(has((await c.waitForPush(POSTMORTEM)).diagnostics, 'heading-syntax'));
    await c.changeConfiguration({ postmortem: { rules: { 'heading-syntax': 'off' } } });
    const p = await c.waitForPush(POSTMORTEM, (x) => !has(x.diagnostics, 'heading-syntax'));
    assert.ok(has(p.diagnostics, 'checkbox-syntax'));
  } finally {
    await c.shutdown();
  }
});
