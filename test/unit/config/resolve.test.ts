import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, parseUserConfig, resolveConfig, resolveConfigDetailed } from '../../../server/src/service/config/resolve';
import { BUILTIN_PROFILE_NAMES, BUILTIN_PROFILES } from '../../../server/src/service/config/profiles';
import { SectionKindSchema } from '../../../server/src/service/model/schema';

test('no layers: the defaults, with the default profile', () => {
  const c = resolveConfig([]);
  assert.equal(c.enable, 'auto');
  assert.equal(c.profileName, 'default');
  assert.deepEqual(c.profile.sections, ['summary', 'timeline', 'root-cause', 'resolution', 'measures', 'action-items']);
  assert.deepEqual(c.globs, DEFAULTS.globs);
  assert.equal(c.timeZone, '');
  assert.deepEqual(c.rules, {});
  assert.equal(c.inlayHints, true);
  assert.equal(c.codeLens, true);
  assert.ok(c.globs !== DEFAULTS.globs, 'the result does not share the defaults\' array');
});

test('later layers win per setting; rules and profiles merge per key; arrays are replaced', () => {
  const c = resolveConfig([
    { timeZone: 'UTC', globs: ['a/**'], rules: { 'task-owner': 'off', 'task-due-date': 'error' }, profiles: { a: { sections: ['summary'] } } },
    { timeZone: 'America/New_York', globs: ['b/**'], rules: { 'task-owner': 'hint' }, profiles: { b: { sections: ['timeline'] } } },
  ]);
  assert.equal(c.timeZone, 'America/New_York');
  assert.deepEqual(c.globs, ['b/**']);
  assert.deepEqual(c.rules, { 'task-owner': 'hint', 'task-due-date': 'error' });
  assert.deepEqual(Object.keys(c.profiles).sort(), ['a', 'b', ...BUILTIN_PROFILE_NAMES].sort());
});

test('a user profile is selected by name', () => {
  const c = resolveConfig([{ profiles: { lean: { sections: ['summary', 'action-items'] } } }, { profile: 'lean' }]);
  assert.equal(c.profileName, 'lean');
  assert.deepEqual(c.profile.sections, ['summary', 'action-items']);
});

test('an unknown profile falls back to default and says so, suggesting the near name', () => {
  const r = resolveConfigDetailed([{ profile: 'google-sr' }]);
  assert.equal(r.config.profileName, 'default');
  assert.deepEqual(r.config.profile, BUILTIN_PROFILES.default);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0]!.message, /no profile is named "google-sr" \(did you mean "google-sre"\?\)/);
  assert.equal(resolveConfigDetailed([{ profile: 'pagerduty' }]).problems.length, 0);
});

test('built-in profiles use only known section kinds, each once', () => {
  for (const [name, p] of Object.entries(BUILTIN_PROFILES)) {
    for (const s of p.sections) assert.ok(SectionKindSchema.options.includes(s), `${name}: ${s}`);
    assert.equal(new Set(p.sections).size, p.sections.length, name);
  }
  assert.deepEqual(BUILTIN_PROFILES['google-sre']!.sections.slice(0, 3), ['summary', 'impact', 'root-cause']);
  assert.deepEqual(BUILTIN_PROFILES.atlassian!.sections, [
    'summary', 'leadup', 'root-cause', 'impact', 'detection', 'response', 'resolution', 'timeline', 'lessons-learned', 'action-items',
  ]);
});

test('parseUserConfig keeps valid settings and reports each invalid one with its path', () => {
  const r = parseUserConfig(
    { enable: 'sometimes', timeZone: 'UTC', rules: { 'task-owner': 'warn', 'task-due-date': 'error' }, profilee: 'x' },
    'settings',
  );
  assert.deepEqual(r.config, { timeZone: 'UTC', rules: { 'task-due-date': 'error' } });
  const byPath = new Map(r.problems.map((p) => [p.path, p]));
  assert.match(byPath.get('enable')!.message, /^`enable`: "sometimes" is not allowed; use auto, always or never\.$/);
  assert.match(byPath.get('rules.task-owner')!.message, /`rules.task-owner`: "warn" is not allowed; use off, hint, info, warning or error \(did you mean "warning"\?\)/);
  assert.match(byPath.get('profilee')!.message, /unknown setting \(did you mean `profile`\?\)/);
  assert.equal(byPath.get('profilee')!.severity, 'warning');
  assert.ok(r.problems.every((p) => p.source === 'settings'));
});

test('parseUserConfig reports wrong types and bad profiles, never throws', () => {
  const r = parseUserConfig({ globs: 'x', inlayHints: 'yes', profiles: { bad: { sections: [] }, typo: { sections: ['sumary'] }, ok: { sections: ['summary'] } } }, 'f');
  assert.deepEqual(r.config, { profiles: { ok: { sections: ['summary'] } } });
  const msgs = r.problems.map((p) => p.message).join('\n');
  assert.match(msgs, /`globs`: expected array, found "x"/);
  assert.match(msgs, /`inlayHints`: expected boolean, found "yes"/);
  assert.match(msgs, /`profiles.bad.sections`: needs at least 1 entry/);
  assert.match(msgs, /`profiles.typo.sections\[0\]`: "sumary" is not allowed; use summary, .* \(did you mean "summary"\?\)/);
  for (const raw of [null, undefined, 3, 'x', [], { rules: 5 }, { rules: [] }, { profiles: null }]) {
    assert.doesNotThrow(() => parseUserConfig(raw, 'f'));
  }
  assert.match(parseUserConfig([], 'f').problems[0]!.message, /must be an object, found an array/);
  assert.deepEqual(parseUserConfig(undefined, 'f'), { config: {}, problems: [] });
});

test('parseUserConfig warns about unknown rule names when it knows the rules, and keeps them', () => {
  const r = parseUserConfig({ rules: { 'task-ownr': 'off' } }, 'f', { knownRules: new Set(['task-owner', 'placeholder']) });
  assert.deepEqual(r.config.rules, { 'task-ownr': 'off' });
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0]!.severity, 'warning');
  assert.match(r.problems[0]!.message, /no rule is named `task-ownr` \(did you mean `task-owner`\?\)/);
  assert.equal(parseUserConfig({ rules: { 'task-ownr': 'off' } }, 'f').problems.length, 0);
});

test('a duplicated section in a user profile is a warning', () => {
  const r = parseUserConfig({ profiles: { mine: { sections: ['summary', 'timeline', 'summary'] } } }, 'f');
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0]!.path, 'profiles.mine.sections[2]');
});
