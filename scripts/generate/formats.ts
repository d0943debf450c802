/**
 * The output formats' list in docs/configuration.md, generated from the one list in
 * server/src/service/outputs/format/index.ts (`FORMATS`) by scripts/gen-docs.mjs and checked
 * by test/unit/docs/drift.test.ts.
 */
import { DEFAULT_FORMAT, FORMAT_NAMES, FORMATS } from '../../server/src/service/outputs/format/index';

export const FORMATS_START = '<!-- formats:start -->';
export const FORMATS_END = '<!-- formats:end -->';

/** One bullet per format: `--format <name>`, what it is for. */
export function formatList(): string {
  return FORMAT_NAMES.map((f) => `- \`--format ${f}\`${f === DEFAULT_FORMAT ? ' (default)' : ''}: ${FORMATS[f]}`).join('\n');
}
