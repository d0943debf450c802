/** Section names read by their words, whatever the markup around them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySectionName, questionKinds } from '../../../server/src/service/lex/section-names';

test('"Effects" names what the incident did: the impact', () => {
  assert.deepEqual(classifySectionName('Effects and Extents'), ['impact']);
  assert.deepEqual(classifySectionName('Effects'), ['impact']);
  assert.deepEqual(classifySectionName('Effect on customers'), ['impact']);
});

test('a sentence that merely contains the word is no name', () => {
  assert.deepEqual(classifySectionName('Side effects of the retry storm'), []);
  assert.deepEqual(classifySectionName('Effects were felt mostly in Europe'), []);
});

test('"Remediation measures" are measures; "Remediation" alone is the fix', () => {
  assert.deepEqual(classifySectionName('Long-Term Remediation Measures'), ['measures']);
  assert.deepEqual(classifySectionName('Remediation'), ['resolution']);
  assert.deepEqual(classifySectionName('Remediation and Recovery'), ['resolution']);
  assert.deepEqual(classifySectionName('Corrective and Preventative Measures'), ['measures']);
  assert.deepEqual(classifySectionName('Root Cause and Resolution'), ['root-cause', 'resolution']);
});

test('measures "with owners" are the tasks as well', () => {
  assert.deepEqual(classifySectionName('Corrective Actions with Owners'), ['measures', 'action-items']);
  assert.deepEqual(classifySectionName('Corrective Actions'), ['measures']);
});

test('"The fix" names the resolution; "fix" inside another name does not', () => {
  assert.deepEqual(classifySectionName('The Fix'), ['resolution']);
  assert.deepEqual(classifySectionName('Tasks to fix the issue'), ['action-items']);
  assert.deepEqual(classifySectionName('What was the fix'), []);
});

test('"The culprit" names the root cause', () => {
  assert.deepEqual(classifySectionName('The Culprit'), ['root-cause']);
  assert.deepEqual(classifySectionName('Culprit'), ['root-cause']);
});

test('"Important information", "Additional information" hold the supporting material', () => {
  assert.deepEqual(classifySectionName('Important information'), ['supporting-information']);
  assert.deepEqual(classifySectionName('Additional Information'), ['supporting-information']);
  assert.deepEqual(classifySectionName('Information'), []);
});

test('a sentence the list of steps completes names the fix: "The outage was fixed by"', () => {
  assert.deepEqual(classifySectionName('The outage was fixed by'), ['resolution']);
  assert.deepEqual(classifySectionName('The incident was resolved by'), ['resolution']);
  // A person's sentence is prose, and a bare "Resolved by" is a field of who did it.
  assert.deepEqual(classifySectionName('The on-call engineer resolved the outage by'), []);
  assert.deepEqual(classifySectionName('Resolved by'), []);
});

test('a question heading names what it asks: how it was caught, what shows it is over', () => {
  assert.deepEqual(questionKinds("Why the nightly check missed it"), ['detection']);
  assert.deepEqual(questionKinds('How we noticed'), ['detection']);
  assert.deepEqual(questionKinds('How we know it is fixed'), ['resolution']);
  assert.deepEqual(questionKinds('What shows the outage is over?'), ['resolution']);
  assert.deepEqual(questionKinds('Why the cache filled up'), []);
  assert.deepEqual(questionKinds('What we changed in the deploy script'), []);
});

test('retrospective questions as people word them are the lessons', () => {
  for (const name of ["What didn't go so well?", 'What did not go well', 'What went right', 'What could be improved'])
    assert.deepEqual(classifySectionName(name), ['lessons-learned'], name);
});

test('a timeline the other words qualify is the timeline; a conjunction joins two sections', () => {
  assert.deepEqual(classifySectionName('Follow-up timeline'), ['timeline']);
  assert.deepEqual(classifySectionName('Impact timeline'), ['timeline']);
  assert.deepEqual(classifySectionName('Timeline and follow-ups'), ['timeline', 'action-items']);
  assert.deepEqual(classifySectionName('Root Cause and Resolution'), ['root-cause', 'resolution']);
});

test('a title names the document with the words people join to it', async () => {
  const { NAMES_ITSELF_RE } = await import('../../../server/src/service/lex/section-names');
  for (const yes of ['Post Mortem Covering 11 April to 23 April', 'Postmortem about the March 3 outage', 'Incident report regarding the API', 'Postmortem: queue stall'])
    assert.ok(NAMES_ITSELF_RE.test(yes), yes);
  for (const no of ['Postmortem Linter', 'How we write postmortems'])
    assert.ok(!NAMES_ITSELF_RE.test(no), no);
});

test('"Tasks Ahead" and "Next steps forward" are the action items', () => {
  assert.deepEqual(classifySectionName('Tasks Ahead'), ['action-items']);
  assert.deepEqual(classifySectionName('Next steps forward'), ['action-items']);
});

test('two adjacent letters swapped in a long enough word are the word ("Root casue")', () => {
  assert.deepEqual(classifySectionName('Root casue'), ['root-cause']);
  assert.deepEqual(classifySectionName('Timelien'), ['timeline']);
  assert.deepEqual(classifySectionName('Cuase'), ['root-cause']);
  assert.deepEqual(classifySectionName('Tsak'), []);
});

test('a word matches a section word by the edit distance, with the length check only settling pairs sooner', async () => {
  const { default: fc } = await import('fast-check');
  const { distance } = await import('fastest-levenshtein');
  const { wordMatches } = await import('../../../server/src/service/lex/section-names');
  const swappedOnce = (a: string, e: string): boolean => {
    if (a.length !== e.length || a.length < 5) return false;
    for (let i = 0; i + 1 < a.length; i++) if (a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2) === e) return true;
    return false;
  };
  const reference = (a: string, e: string): boolean => {
    if (a === e || swappedOnce(a, e)) return true;
    if (e.length < 6) return false;
    const d = distance(a, e);
    return d <= 1 || (d === 2 && e.length >= 9 && a.slice(0, 2) === e.slice(0, 2));
  };
  const words = ['timeline', 'mitigation', 'resolution', 'preventative', 'summary', 'impact', 'detection', 'cause', 'lessons', 'followups', 'recommendations'];
  const edited = fc.tuple(fc.constantFrom(...words), fc.array(fc.tuple(fc.nat(20), fc.constantFrom('', 'a', 'e', 'io', 'x')), { maxLength: 3 })).map(([w, edits]) => edits.reduce((s, [at, ins]) => s.slice(0, at % (s.length + 1)) + ins + s.slice((at % (s.length + 1)) + (ins.length ? 0 : 1)), w));
  fc.assert(fc.property(edited, fc.constantFrom(...words), (a, e) => wordMatches(a, e) === reference(a, e)), { numRuns: 5000 });
});
