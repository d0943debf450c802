/** The conversion's edges: an item alone in its paragraph stays, an indented `- ` line only loses its indentation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { applyEdits } from '../../../server/src/service/rules/fixes/fix-all';
import { markdownStructureEdits } from '../../../server/src/service/rules/fixes/markdown-structure';

function convert(text: string): string {
  const p = parseDocument(text);
  return applyEdits(text, markdownStructureEdits(p.model, p.lines, p.source), (x) => p.source.offsetAt(x));
}

const HEAD = '# Postmortem: export stopped\n\n## Summary\n\nOn 2024-05-20 from 01:00 to 03:30 UTC the nightly export did not run.\n\n';

test('a measure alone in its paragraph (a title over its description) is not made a list item', () => {
  const text = `${HEAD}Corrective and Preventative Measures:\n\nRotate the token:\nRotate the export token automatically every month.\n\nAlert on failures:\nAlert when the export job fails to authenticate.\n`;
  const out = convert(text);
  assert.match(out, /^#{2,3} Corrective and Preventative Measures$/m);
  assert.ok(!/^- /m.test(out), out);
});

test('an indented line that already has a list marker only loses its indentation', () => {
  const text = `${HEAD}Timeline:\n01:00 UTC: The export job failed.\n\t- 02:00 UTC: The on-call engineer found the token expired.\n03:30 UTC: A new token was issued.\n`;
  const out = convert(text);
  assert.match(out, /^- 02:00 UTC: The on-call engineer found the token expired\.$/m);
  assert.doesNotMatch(out, /- - /);
});
