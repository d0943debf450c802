/** A problem found while reading configuration: reported, never thrown. */
export interface ConfigProblem {
  /** Where the setting came from: a file path, `settings`, `cli`, `defaults`. */
  source: string;
  /** The setting's path, dotted (`rules.task-owner`, `profiles.mine.sections[2]`); '' for the whole. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** For problems in a file: the offending text, as offsets into the file's text. */
  offset?: number;
  length?: number;
  /** The path as segments, for locating it in a file. */
  segments?: (string | number)[];
  /** The problem is the key's name (an unknown setting or rule), not its value. */
  onKey?: boolean;
}

/** `rules.task-owner`, `profiles.mine.sections[2]`, `profiles["my team"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += (out === '' ? '' : '.') + s;
      else out += `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}
