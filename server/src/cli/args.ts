/** Command-line options, parsed with node's util.parseArgs; bad usage is a clear error (exit 2). */
import { parseArgs } from 'node:util';
import { BUILTIN_PROFILE_NAMES, DEFAULT_FORMAT, EXPORT_FORMATS, FORMAT_NAMES, isFormatName, type ExportFormat, type FormatName, type UserConfig } from '../service/index';

export type OutputFormat = FormatName;
/** The file name that stands for standard input. */
export const STDIN = '-';
export { EXPORT_FORMATS };
export type { ExportFormat };
const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;

export interface CliOptions {
  files: string[];
  format: OutputFormat;
  printModel: boolean;
  force: boolean;
  fix: boolean;
  quiet: boolean;
  /** Exit 1 when there are more warnings than this (`--max-warnings`); null: no limit. */
  maxWarnings: number | null;
  /** A configuration file (`--config`), applied over the .postmortemrc.json files found. */
  configFile: string | null;
  /** Where the report goes (`--output`); null: stdout. */
  output: string | null;
  actionItems: ExportFormat | null;
  color: boolean;
  overrides: UserConfig;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: postmortem-lint [options] <files, directories or globs...>

Lints incident postmortems written in Markdown. Files named on the command line are read
whatever their extension; directories and globs select *.md files; \`-\` reads standard
input (linted as a postmortem when it reads as one; --force to be sure).

Options:
  -f, --format <name>        ${FORMAT_NAMES.map((f) => (f === DEFAULT_FORMAT ? `${f} (default)` : f)).join(', ')}
  -o, --output <file>        write the report to a file instead of stdout
  -c, --config <file>        a configuration file (.postmortemrc.json format) applied over
                             the .postmortemrc.json files found; the options below win over it
      --max-warnings <n>     exit 1 when there are more than n warnings (errors always fail)
      --print-model          print each file's postmortem model as JSON instead of findings
                             (lines and columns 1-based, like the findings)
      --force                lint every given file as a postmortem (skip detection)
      --fix                  apply every safe fix to the files, say what changed, then
                             report what is left
  -q, --quiet                list error-severity findings only (the summary counts all)
      --action-items <fmt>   export the action items as ${EXPORT_FORMATS.join(', ')} instead of findings
      --profile <name>       the profile: ${BUILTIN_PROFILE_NAMES.join(', ')}, or your own
      --rule <name=severity> set a rule's severity (off, hint, info, warning, error); repeatable
      --time-zone <zone>     the zone assumed when a document names none
      --no-color             plain output
  -h, --help                 this help
  -v, --version              the version

Configuration: .postmortemrc.json files found by walking up from each file (the same files
the editor reads); options given here win over them.

Many files are linted in worker threads when there is much text and a core to spare (the
output is the same); POSTMORTEM_LINT_WORKERS=n sets the number of workers (0: none).

Output: the findings, then what was checked (\`2 files, 1 postmortem, 3 problems (...)\`)
and, with --fix, what changed (\`3 fixes in 2 files\`). With --format json, sarif or github
stdout holds that format alone: json and sarif list every file checked; github's summary,
notes and the --fix report go to stderr.

Exit codes: 0 no error-severity finding; 1 at least one error-severity finding (or more
warnings than --max-warnings);
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
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
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
  const format = v.format ?? DEFAULT_FORMAT;
  if (!isFormatName(format)) throw new UsageError(`Unknown --format "${format}". Use one of: ${FORMAT_NAMES.join(', ')}.`);
  const actionItems = v['action-items'] ?? null;
  if (actionItems !== null && !(EXPORT_FORMATS as readonly string[]).includes(actionItems)) throw new UsageError(`Unknown --action-items format "${actionItems}". Use one of: ${EXPORT_FORMATS.join(', ')}.`);
  let maxWarnings: number | null = null;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings expects a whole number (0 or more), got "${v['max-warnings']}".`);
    maxWarnings = Number(v['max-warnings']);
  }
  if (v.output === '') throw new UsageError('--output expects a file name.');
  if (v.config === '') throw new UsageError('--config expects a file name.');
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
    format,
    printModel: v['print-model'] === true,
    force: v.force === true,
    fix: v.fix === true,
    quiet: v.quiet === true,
    maxWarnings,
    configFile: v.config ?? null,
    output: v.output ?? null,
    actionItems: actionItems as ExportFormat | null,
    color: isTty && v['no-color'] !== true && !process.env.NO_COLOR,
    overrides,
    help: v.help === true,
    version: v.version === true,
  };
}
