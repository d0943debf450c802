import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { generateJsonSchema } from '../../../server/src/service/config/jsonschema';
import { parseRcText } from '../../../server/src/service/config/rcfile';
import type { RuleMeta } from '../../../server/src/service/rules/types';

const RULES: RuleMeta[] = [
  { name: 'task-owner', description: 'A task with no owner.', category: 'action-items', defaultSeverity: 'warning', fixable: true },
  { name: 'task-tracking', description: 'A task with no ticket or link.', category: 'action-items', defaultSeverity: 'off', fixable: false },
];

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  return ajv.compile(generateJsonSchema(RULES));
}

test('the schema is draft-07, allows comments, and enumerates the rules with their defaults', () => {
  const s = generateJsonSchema(RULES);
  assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(s.allowComments, true);
  const props = s.properties as Record<string, Record<string, unknown>>;
  const rules = props.rules!;
  assert.deepEqual(Object.keys(rules.properties as object), ['task-owner', 'task-tracking']);
  assert.equal(rules.additionalProperties, false);
  const owner = (rules.properties as Record<string, Record<string, unknown>>)['task-owner']!;
  assert.equal(owner.default, 'warning');
  assert.deepEqual(owner.enum, ['off', 'hint', 'info', 'warning', 'error']);
  assert.match(String(owner.description), /no owner/);
  assert.ok(typeof props.root === 'object' && typeof props.$schema === 'object');
  assert.match(String(props.profile!.description), /`google-sre`/);
});

test('the JSON schema and the zod parser agree on sample files', () => {
  const validate = validator();
  const samples: [unknown, boolean][] = [
    [{}, true],
    [{ $schema: './x.json', root: true, profile: 'mine', profiles: { mine: { sections: ['summary', 'timeline'] } } }, true],
    [{ rules: { 'task-owner': 'error', 'task-tracking': 'off' }, timeZone: 'UTC', globs: ['**/*.md'], enable: 'always' }, true],
    [{ rules: { 'task-owner': 'warn' } }, false],
    [{ rules: { 'no-such-rule': 'error' } }, false],
    [{ enable: 'sometimes' }, false],
    [{ colour: true }, false],
    [{ profiles: { mine: { sections: [] } } }, false],
    [{ profiles: { mine: { sections: ['summary'], extra: 1 } } }, false],
    [{ root: 'yes' }, false],
  ];
  for (const [sample, ok] of samples) {
    assert.equal(validate(sample), ok, `schema on ${JSON.stringify(sample)}`);
    const known = new Set(RULES.map((r) => r.name));
    const zodOk = parseRcText(JSON.stringify(sample), 'f', { knownRules: known }).problems.length === 0;
    assert.equal(zodOk, ok, `parser on ${JSON.stringify(sample)}`);
  }
});
