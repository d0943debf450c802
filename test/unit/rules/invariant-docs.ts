/**
 * Documents for the rule invariants, written for these tests: adversarial inputs every rule
 * must survive (linted as forced postmortems), and ordinary Markdown that is not a
 * postmortem and must get no finding at all.
 */

function bigList(n: number): string {
  const out = ['# Outage postmortem', '', '## Action Items', ''];
  for (let i = 0; i < n; i++) out.push(`${i % 3 === 0 ? '- [ ]' : '-'} Item ${i}: check the ${i % 7 === 0 ? 'TODO ' : ''}pool at 1${i % 10}:${String(i % 60).padStart(2, '0')} PM`);
  return out.join('\n');
}

function deepNesting(depth: number): string {
  const out: string[] = ['Incident report', ''];
  for (let i = 0; i < depth; i++) out.push(`${'> '.repeat(i)}- Timeline: ${i}:00 PM step ${i}`);
  for (let i = 0; i < depth; i++) out.push(`${'  '.repeat(i)}- ${i % 2 ? '>' : '1.'} nested ${i} ##Timeline`);
  return out.join('\n');
}

const POSTMORTEM_BODY = [
  '#Database outage',
  '',
  '## Issue Summary',
  'From 12:30 PM to 2:30 PM EST on March 8th, 2023, 25% of users saw errors.',
  '',
  '## Timeline',
  '- 12:30 PM: alert fired',
  '- 1:00 PM: rollback',
  '- 2:30 PM: resolved',
  '',
  '## Root Cause',
  'A bad index.',
  '',
  '## Corrective and Preventative Measures',
  '- Review indexes.',
  '',
  '## Tasks',
  '- []  Add an index check',
].join('\n');

export const ADVERSARIAL: Record<string, string> = {
  empty: '',
  'only a newline': '\n',
  'only whitespace': ' \t \n\n   \n',
  'only front matter': '---\ntitle: Outage\ndate: 2024-02-30\nseverity: SEV9\n---\n',
  'only front matter, no final newline': '---\ndate: 2024-01-01\nseverity: SEV2\n---',
  'unclosed front matter': '---\ntype: postmortem\ntitle: [unclosed\n',
  'front matter of the wrong shape': '---\n- a\n- b\n---\n# Postmortem\n',
  'only a table': '| time | event |\n|---|---|\n| 12:00 PM | start |\n| 13:00 | | extra |\n| 25:99 |',
  'a 5,000-line list': bigList(5000),
  'deeply nested quotes and lists': deepNesting(60),
  'CRLF line endings': POSTMORTEM_BODY.replace(/\n/g, '\r\n'),
  'lone CR line endings': POSTMORTEM_BODY.replace(/\n/g, '\r'),
  'mixed line endings': POSTMORTEM_BODY.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join(''),
  tabs: POSTMORTEM_BODY.replace(/^- /gm, '\t-\t').replace(/^## /gm, '##\t'),
  'indented with tabs': POSTMORTEM_BODY.split('\n').map((l) => `\t\t${l}`).join('\n'),
  'emoji and combining characters': POSTMORTEM_BODY.replace(/outage/g, 'outage 🔥👩‍💻🇺🇸').replace(/users/g, 'üsers (e\u0301\u0301\u0301) 𝒳').replace(/PM/g, 'PM ⏰'),
  'unclosed fence': `${POSTMORTEM_BODY.slice(0, 60)}\n\`\`\`\n## Timeline\n- 12:00 PM: inside a fence\n`,
  'unclosed tilde fence in a list': '- Timeline:\n  ~~~\n  12:00 PM start\n- Tasks:\n  - [ ] fix',
  'HTML document': '<!DOCTYPE html>\n<html><head><title>Postmortem</title></head>\n<body>\n<h1>Postmortem</h1>\n<h2>Timeline</h2>\n<ul><li>12:00 PM start</li></ul>\n<h2>Tasks</h2>\n<p>TODO</p>\n</body></html>\n',
  'HTML comments only': '<!-- postmortem-disable -->\n<!-- postmortem-disable-next-line heading-syntax\n#Unclosed comment',
  'headings only': '#\n##\n###\n#Title\n##Timeline\n>>Summary\n>> \n# \n',
  'markers without text': '-\n- \n*\n1.\n- [ ]\n- []\n> \n>\n|\n||\n`\n```\n',
  'times gone wrong': 'Timeline:\n3:AM start\n23:59 PM x\n13:20PM y\n[???] z\n2X:XX w\n≈04:23 v\nT+5m u\n17:00-18:00 t\n99:99 s\n00:00 AM r\n12:60 PM q',
  'dates gone wrong': 'Postmortem: Feb 30, 2023\n\nSummary: on 31/31/2023 and 2023-13-45, Thursday, May 10, 2024, 0th March.\n\nTimeline:\n- Feb 29, 2023 12:00 PM: x\n',
  // 20 KB: summary.ts's ROOT_CAUSE regex is quadratic on a long sentence (100 KB takes 14 s).
  'a very long line': `# Postmortem\n\nSummary: ${'word '.repeat(4000)}\n`,
  'link and reference soup': '[a]: http://x\n[b]: <>\n# Postmortem [a] [b][] ![img](x "t")\n## Timeline\n- 12:00 PM [link](http://example.com) <http://auto.link> @alice #123 JIRA-9\n',
  'null and control characters': '# Post\u0000mortem\n\n## Timeline\n- 12:00\u0007 PM: \u001b[31mred\u001b[0m\n\u2028## Tasks\u2029- [ ] x\uFEFF\n',
  'lone surrogates': '# Postmortem \uD800\n\n## Timeline\n- 12:00 PM \uDC00 x\n',
  'setext headings and thematic breaks': 'Postmortem\n===\n\nTimeline\n---\n\n12:00 PM start\n***\n- - -\nTasks\n---\n',
};

export const NOT_POSTMORTEMS: { path: string; text: string }[] = [
  {
    path: 'README.md',
    text: [
      '# Widget toolkit',
      '',
      'A small library of terminal widgets: spinners, progress bars and tables.',
      '',
      '## Installation',
      '',
      '```sh',
      'npm install widget-toolkit',
      '```',
      '',
      '## Usage',
      '',
      'Import a widget and call `render()`. TODO: document themes.',
      '',
      '## Contributing',
      '',
      '- Fork the repository',
      '- [ ] Write tests',
      '- []  Open a pull request',
      '',
      '#License',
      '',
      'MIT',
    ].join('\n'),
  },
  {
    path: 'CHANGELOG.md',
    text: [
      '# Changelog',
      '',
      '## [2.1.0] - 2024-03-08',
      '',
      '### Fixed',
      '- The spinner no longer flickers at 12:00 PM when the clock changes.',
      '- A crash in the table widget, reported in #123.',
      '',
      '### Added',
      '- A `theme` option.',
      '',
      '## [2.0.0] - 2023-12-01',
      '',
      '### Changed',
      '- Dropped Node 16.',
    ].join('\n'),
  },
  {
    path: 'docs/api.md',
    text: [
      '# API reference',
      '',
      '## `render(widget, options)`',
      '',
      'Draws a widget. Returns a handle.',
      '',
      '| option | type | default |',
      '|---|---|---|',
      '| `theme` | string | `"plain"` |',
      '| `timeout` | number | `1000` |',
      '',
      '## `stop(handle)`',
      '',
      '    stop(handle); // indented code',
      '',
      '##Errors',
      '',
      'Throws `WidgetError` when the terminal is too small.',
    ].join('\n'),
  },
];
