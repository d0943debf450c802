/** Command-line options, parsed with node's util.parseArgs; bad usage is a clear error (exit 2). */
import { parseArgs } from 'node:util';
import type { UserConfig } from '../service/index';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const EXPORT_FORMATS = ['csv', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;

export interface CliOptions {
  files: string[];
  format: OutputFormat;
  printModel: boolean;
  force: boolean;
  fix: boolean;
  quiet: boolean;
  actionItems: ExportFormat | null;
  color: boolean;
  overrides: UserConfig;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: postmortem-lint [options] <files, directories or globs...>

Lints incident postmortems written in Markdown. Files named on the command line are read
whatever their extension; directories and globs select *.md files.

Options:
  -f, --format <name>        stylish (default), json, sarif, github
      --print-model          print each file's postmortem model as JSON instead of findings
                             (lines and columns 1-based, like the findings)
      --force                lint every given file as a postmortem (skip detection)
      --fix                  apply every safe fix to the files, say what changed, then
                             report what is left
  -q, --quiet                list error-severity findings only (the summary counts all)
      --action-items <fmt>   export the action items as csv, md or json instead of findings
      --profile <name>       the profile: default, google-sre, pagerduty, atlassian, or your own
      --rule <name=severity> set a rule's severity (off, hint, info, warning, error); repeatable
      --time-zone <zone>     the zone assumed when a document names none
      --no-color             plain output
  -h, --help                 this help
  -v, --version              the version

Configuration: .postmortemrc.json files found by walking up from each file (the same files
the editor reads); options given here win over them.

Output: the findings, then what was checked (\`2 files, 1 postmortem, 3 problems (...)\`)
and, with --fix, what changed (\`3 fixes in 2 files\`). With --format json, sarif or github
stdout holds that format alone: json and sarif list every file checked; github's summary,
notes and the --fix report go to stderr.

Exit codes: 0 no error-severity finding; 1 at least one error-severity finding;
2 bad usage (an unknown option, rule, profile or time zone), an unreadable or binary file,
or a directory or glob that yields no file.`;

export function parseCli(argv: readonly string[], isTty: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'print-model': { type: 'boolean' },
        force: { type: 'boolean' },
        fix: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'action-items': { type: 'string' },
        profile: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'time-zone': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown --format "${format}". Use one of: ${FORMATS.join(', ')}.`);
  const actionItems = v['action-items'] ?? null;
  if (actionItems !== null && !(EXPORT_FORMATS as readonly string[]).includes(actionItems)) throw new UsageError(`Unknown --action-items format "${actionItems}". Use csv, md or json.`);
  const overrides: UserConfig = {};
  if (v.profile) overrides.profile = v.profile;
  if (v['time-zone']) overrides.timeZone = v['time-zone'];
  if (v.force) overrides.enable = 'always';
  for (const r of v.rule ?? []) {
    const m = /^([a-z0-9-]+)=(\w+)$/.exec(r);
    if (!m || !m[1] || !(SEVERITIES as readonly string[]).includes(m[2] ?? '')) throw new UsageError(`--rule expects name=severity (severity: ${SEVERITIES.join(', ')}), got "${r}".`);
    overrides.rules = { ...(overrides.rules ?? {}), [m[1]]: m[2] as (typeof SEVERITIES)[number] };
  }
  return {
    files: parsed.positionals,
    format: format as OutputFormat,
    printModel: v['print-model'] === true,
    force: v.force === true,
    fix: v.fix === true,
    quiet: v.quiet === true,
    actionItems: actionItems as ExportFormat | null,
    color: isTty && v['no-color'] !== true && !process.env.NO_COLOR,
    overrides,
    help: v.help === true,
    version: v.version === true,
  };
}
