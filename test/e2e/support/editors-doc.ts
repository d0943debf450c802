/** The configuration blocks of docs/editors.md that the end-to-end tests run verbatim (marked `<!-- editors-test: NAME -->`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './prereqs';

export function editorsDocBlock(name: string): string {
  const doc = readFileSync(join(repoRoot, 'docs', 'editors.md'), 'utf8');
  const m = new RegExp(`<!-- editors-test: ${name} -->\\n\`\`\`[a-z]+\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!m) throw new Error(`docs/editors.md has no block marked <!-- editors-test: ${name} -->`);
  return `${m[1] ?? ''}\n`;
}
