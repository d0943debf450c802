import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRcConfig, parseRcText, RcCache } from '../../../server/src/service/config/rcfile';
import type { ConfigFileSystem } from '../../../server/src/service/config/rcfile';
import { configForDocument } from '../../../server/src/service/config/index';

/** An in-memory file system that counts reads. */
function memFs(files: Record<string, string>): ConfigFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path: string) {
      reads.push(path);
      return files[path];
    },
  };
}

test('the nearest rc file wins; files further up merge underneath, up to the workspace root', () => {
  const fs = memFs({
    '/ws/.postmortemrc.json': '{ "timeZone": "UTC", "rules": { "task-owner": "off", "placeholder": "error" } }',
    '/ws/team/.postmortemrc.json': '// team settings\n{ "rules": { "task-owner": "hint", }, }',
    '/.postmortemrc.json': '{ "profile": "atlassian" }',
  });
  const r = loadRcConfig('/ws/team/incidents/2024-01.md', '/ws', fs);
  assert.deepEqual(r.files, ['/ws/.postmortemrc.json', '/ws/team/.postmortemrc.json']);
  assert.deepEqual(r.problems, []);
  const d = configForDocument('/ws/team/incidents/2024-01.md', { workspaceRoot: '/ws' }, fs);
  assert.equal(d.config.timeZone, 'UTC');
  assert.deepEqual(d.config.rules, { 'task-owner': 'hint', placeholder: 'error' });
  assert.equal(d.config.profileName, 'default', 'the file above the workspace root is not read');
  assert.ok(!fs.reads.includes('/.postmortemrc.json'));
});

test('"root": true stops the walk', () => {
  const fs = memFs({
    '/ws/.postmortemrc.json': '{ "timeZone": "UTC" }',
    '/ws/a/.postmortemrc.json': '{ "root": true, "profile": "pagerduty" }',
  });
  const r = loadRcConfig('/ws/a/b/doc.md', '/ws', fs);
  assert.deepEqual(r.files, ['/ws/a/.postmortemrc.json']);
  assert.deepEqual(r.layers, [{ profile: 'pagerduty' }]);
  assert.ok(!fs.reads.includes('/ws/.postmortemrc.json'));
});

test('with no workspace (or a document outside it) the walk goes to the file system root', () => {
  const fs = memFs({ '/.postmortemrc.json': '{ "timeZone": "Europe/Paris" }' });
  assert.deepEqual(loadRcConfig('/tmp/x/doc.md', null, fs).files, ['/.postmortemrc.json']);
  assert.deepEqual(loadRcConfig('/tmp/x/doc.md', '/ws', fs).files, ['/.postmortemrc.json']);
  assert.deepEqual(fs.reads.slice(0, 3), ['/tmp/x/.postmortemrc.json', '/tmp/.postmortemrc.json', '/.postmortemrc.json']);
});

test('the cache reads each directory once until cleared or invalidated', () => {
  const files: Record<string, string> = { '/ws/.postmortemrc.json': '{ "timeZone": "UTC" }' };
  const fs = memFs(files);
  const cache = new RcCache();
  loadRcConfig('/ws/a/one.md', '/ws', fs, cache);
  loadRcConfig('/ws/a/two.md', '/ws', fs, cache);
  assert.equal(fs.reads.length, 2, 'two directories, read once each');
  files['/ws/.postmortemrc.json'] = '{ "timeZone": "Asia/Tokyo" }';
  assert.deepEqual(loadRcConfig('/ws/a/one.md', '/ws', fs, cache).layers, [{ timeZone: 'UTC' }], 'stale until invalidated');
  cache.invalidate('/ws/.postmortemrc.json');
  assert.deepEqual(loadRcConfig('/ws/a/one.md', '/ws', fs, cache).layers, [{ timeZone: 'Asia/Tokyo' }]);
  cache.clear();
  assert.equal(cache.size, 0);
});

test('the rc file wins over the editor settings; CLI flags win over both', () => {
  const fs = memFs({ '/ws/.postmortemrc.json': '{ "profile": "google-sre", "rules": { "task-owner": "error" } }' });
  const editorSettings = { profile: 'pagerduty', timeZone: 'UTC', rules: { 'task-owner': 'off' as const, placeholder: 'hint' as const } };
  const editor = configForDocument('/ws/doc.md', { workspaceRoot: '/ws', editorSettings }, fs).config;
  assert.equal(editor.profileName, 'google-sre');
  assert.equal(editor.timeZone, 'UTC');
  assert.deepEqual(editor.rules, { 'task-owner': 'error', placeholder: 'hint' });
  const cli = configForDocument('/ws/doc.md', { workspaceRoot: '/ws', cliOverrides: { rules: { 'task-owner': 'warning' } } }, fs).config;
  assert.deepEqual(cli.rules, { 'task-owner': 'warning' });
  assert.equal(cli.profileName, 'google-sre');
});

test('problems carry the file and the offending text\'s offset', () => {
  const text = '{\n  "rules": { "task-owner": "warn" },\n  "colour": true\n}';
  const r = parseRcText(text, '/ws/.postmortemrc.json');
  assert.equal(r.problems.length, 2);
  const [sev, unknown] = r.problems;
  assert.equal(sev!.source, '/ws/.postmortemrc.json');
  assert.equal(text.slice(sev!.offset, sev!.offset! + sev!.length!), '"warn"');
  assert.equal(text.slice(unknown!.offset, unknown!.offset! + unknown!.length!), '"colour"');
});

test('broken JSON is reported with its position, and what could be read is kept', () => {
  const text = '{ "timeZone": "UTC" "profile": "atlassian" }';
  const r = parseRcText(text, 'f');
  assert.ok(r.problems.length >= 1);
  assert.match(r.problems[0]!.message, /^Invalid JSON: CommaExpected\.$/);
  assert.equal(r.problems[0]!.offset, text.indexOf('"profile"'));
  assert.equal(r.config.timeZone, 'UTC');
  assert.deepEqual(parseRcText('', 'f').config, {});
  assert.match(parseRcText('[1]', 'f').problems[0]!.message, /must be an object/);
  assert.match(parseRcText('{ "root": "yes" }', 'f').problems[0]!.message, /`root`: expected true or false/);
});

test('a configuration problem in an rc file reaches configForDocument', () => {
  const fs = memFs({ '/ws/.postmortemrc.json': '{ "profile": "nope", "rules": { "task-owner": "loud" } }' });
  const d = configForDocument('/ws/doc.md', { workspaceRoot: '/ws', knownRules: new Set(['task-owner']) }, fs);
  assert.equal(d.config.profileName, 'default');
  assert.deepEqual(d.problems.map((p) => p.path), ['rules.task-owner', 'profile']);
});

test('a hostile rc file gets clear problems on the file, not a stack overflow, a stall or rules that throw', async () => {
  const { RULES_BY_NAME } = await import('../../../server/src/service/rules/index');
  const { analyze } = await import('../../../server/src/service/analysis');
  const knownRules = new Set(RULES_BY_NAME.keys());
  const file = '/ws/.postmortemrc.json';
  const nested = `{"globs": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
  const deep = parseRcText(nested, file, { knownRules });
  assert.equal(deep.problems.length, 1);
  assert.match(deep.problems[0]?.message ?? '', /nested more than \d+ deep/);

  const many = `{"rules": {${Array.from({ length: 50000 }, (_, i) => `"no-such-rule-${i}": "off"`).join(',')}}}`;
  const t0 = performance.now();
  const wide = parseRcText(many, file, { knownRules });
  assert.ok(performance.now() - t0 < 5000, 'fifty thousand names are read in seconds, not minutes');
  assert.equal(wide.problems.length, 21, 'twenty named, then one that counts the rest');
  assert.match(wide.problems[20]?.message ?? '', /49980 more unknown rule names \(50000 in all\)/);

  const doc = '# Postmortem\n\n## Summary\n\nThe API failed.\n\n## Timeline\n\n- 10:00 alert\n';
  for (const [text, expectProfile] of [
    ['{"profile": "constructor"}', 'default'],
    ['{"profile": "toString", "profiles": {"toString": {"sections": ["summary"]}}}', 'toString'],
    ['{"profile": "__proto__", "profiles": {"__proto__": {"sections": ["timeline"]}}}', '__proto__'],
  ] as const) {
    const fs = memFs({ [file]: text });
    const d = configForDocument('/ws/pm.md', { workspaceRoot: '/ws', knownRules }, fs);
    assert.equal(d.config.profileName, expectProfile, text);
    assert.ok(Array.isArray(d.config.profile.sections), text);
    if (expectProfile === 'default') assert.match(d.problems.map((p) => p.message).join('\n'), /no profile is named "constructor"/);
    const errors: string[] = [];
    analyze(doc, { path: 'pm.md', config: d.config, onRuleError: (rule, e) => errors.push(`${rule}: ${String(e)}`) });
    assert.deepEqual(errors, [], text);
  }
});
