import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionability, findBlame } from '../../../server/src/service/derive/coverage/matching';

test('actionable tasks start with a verb, after labels, statuses and modals', () => {
  for (const t of ['Add alerting on queue depth', 'P1: Rotate the keys', 'TODO: rotate keys', 'We will add a canary stage',
    '**Update Runbook:** Add the failover steps', '[ ] Set up paging for the storage team', 'Roll back faster with a one-click script']) {
    assert.deepEqual(actionability(t), { ok: true }, t);
  }
});

test('vague, noun-phrase and past-tense tasks are reported with the reason', () => {
  assert.deepEqual(actionability('Investigate why the cache expired'), { ok: false, reason: 'vague' });
  assert.deepEqual(actionability('Look into rate limits'), { ok: false, reason: 'vague' });
  assert.deepEqual(actionability('Tried to add retries'), { ok: false, reason: 'past-tense' });
  assert.deepEqual(actionability('Fixed the config loader'), { ok: false, reason: 'past-tense' });
  assert.deepEqual(actionability('Stopped the nightly cron job'), { ok: false, reason: 'past-tense' });
  assert.deepEqual(actionability('Implementation of a failover for the queue'), { ok: false, reason: 'no-verb' });
  assert.deepEqual(actionability('Better alerting'), { ok: false, reason: 'no-verb' });
  assert.deepEqual(actionability(''), { ok: false, reason: 'no-verb' });
});

test('blame phrases are found with offsets and safe rewordings', () => {
  const text = "It was Dana's fault: a careless deploy, and the operator forgot to drain the node. Human error, plain and simple.";
  const found = findBlame(text);
  assert.deepEqual(found.map((f) => f.phrase), ["Dana's fault", 'careless', 'operator forgot to', 'Human error']);
  for (const f of found) assert.equal(text.slice(f.start, f.start + f.phrase.length), f.phrase);
  const careless = found.find((f) => f.phrase === 'careless');
  assert.equal(careless?.suggestion, '');
  const fixed = text.slice(0, careless?.start) + text.slice(careless?.end);
  assert.match(fixed, /a deploy, and/);
  assert.equal(found.find((f) => f.phrase === 'Human error')?.suggestion, 'A manual step that no safeguard caught');
  assert.equal(found.find((f) => f.phrase === "Dana's fault")?.suggestion, undefined);
});

test('blame: should have known, negligence; technical "fault" is not blame', () => {
  assert.deepEqual(findBlame('Someone should have known better. This was negligence.').map((f) => f.phrase), ['should have known', 'negligence']);
  assert.deepEqual(findBlame('The fault domain of the disk failed; fault tolerance held. No human was involved.'), []);
});

test('blame: a person as the subject of the fault, a person\'s own mistake, an omission pinned on him or her', () => {
  const phrases = (t: string) => findBlame(t).map((b) => b.phrase);
  assert.deepEqual(phrases('Then a developer pushed a broken config to production.'), ['a developer pushed a broken']);
  assert.deepEqual(phrases('The on-call told the intern about her mistake.'), ['her mistake']);
  assert.deepEqual(phrases('The admin did not review his changes before the release.'), ['did not review his changes']);
  // Facts about people, and omissions of the team or the system, are not blame.
  assert.deepEqual(phrases('An engineer made a change to the proxy timeouts.'), []);
  assert.deepEqual(phrases('The developer introduced a new cache layer.'), []);
  assert.deepEqual(phrases('We did not test the change on staging.'), []);
  assert.deepEqual(phrases('The job failed to start because of a bug.'), []);
});

test('blame: a person as the one who broke a procedure; a change that bypassed a check is a fact', () => {
  const phrases = (t: string) => findBlame(t).map((b) => b.phrase);
  assert.deepEqual(phrases('It began when a contractor who had admin rights bypassed the usual approvals.'), ['a contractor who had admin rights bypassed the usual approvals']);
  assert.deepEqual(phrases('The engineer on call skipped the review to ship faster.'), ['The engineer on call skipped the review']);
  assert.deepEqual(phrases('The hotfix bypassed the review queue because of a misconfigured rule.'), []);
  assert.deepEqual(phrases('Our deploy tool ignored the checks when the flag was set.'), []);
  assert.deepEqual(phrases('An engineer skipped lunch to finish the rollback.'), []);
});
