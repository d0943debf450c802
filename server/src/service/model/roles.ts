/**
 * The reading as one explicit result: every line of the document gets the role a reader gives
 * it (title, a section header of a kind, a field of a section, a timeline entry or its body, a
 * measure, a task, prose, appendix, code, blank). Derived from the model, so it says exactly
 * what the rules read; `--print-model` prints it as runs of lines, and tests assert it.
 */
import type { DocumentLines } from '../parse/document-lines';
import type { ModelSectionKind, Postmortem } from './schema';

export type LineRoleName =
  | 'blank'
  | 'front-matter'
  | 'title'
  | 'header'
  | 'field'
  | 'entry'
  | 'entry-body'
  | 'untimed-entry'
  | 'measure'
  | 'task'
  | 'item-body'
  | 'appendix'
  | 'code'
  | 'prose';

export interface LineRole {
  role: LineRoleName;
  /** For headers and the prose of a section: the section's primary kind. */
  kind?: ModelSectionKind;
}

/** A run of consecutive lines with the same role (0-based, `endLine` inclusive). */
export interface RoleRun extends LineRole {
  line: number;
  endLine: number;
}

export function lineRoles(model: Postmortem, lines: DocumentLines): LineRole[] {
  const roles: LineRole[] = [];
  for (let i = 0; i < lines.length; i++) {
    const li = lines.at(i);
    const block = li?.block ?? 'blank';
    roles.push({ role: block === 'blank' ? 'blank' : block === 'frontmatter' ? 'front-matter' : block === 'code' || block === 'indented-code' ? 'code' : 'prose' });
  }
  const set = (line: number, role: LineRoleName, kind?: ModelSectionKind): void => {
    const r = roles[line];
    if (!r || r.role === 'blank') return;
    roles[line] = kind === undefined ? { role } : { role, kind };
  };
  for (const s of model.sections) {
    const appendix = s.kinds.includes('supporting-information');
    for (let i = s.contentStart; i < s.end; i++) {
      if (roles[i]?.role === 'prose') roles[i] = appendix ? { role: 'appendix', kind: s.kind } : { role: 'prose', kind: s.kind };
    }
    if (s.markup !== 'implicit') set(s.line, 'header', s.kind);
  }
  for (const f of model.fields) set(f.line, 'field', f.kinds[0]);
  for (const e of model.timeline) {
    for (let i = e.line + 1; i <= e.endLine; i++) set(i, 'entry-body');
  }
  for (const e of model.timeline) set(e.line, 'entry');
  for (const u of model.untimedEntries) set(u.line, 'untimed-entry');
  for (const item of [...model.measures, ...model.tasks]) {
    for (let i = item.line + 1; i <= item.endLine; i++) set(i, 'item-body');
  }
  for (const m of model.measures) set(m.line, 'measure');
  for (const t of model.tasks) set(t.line, 'task');
  if (model.title) set(model.title.line, 'title');
  return roles;
}

/** The roles as runs of lines, blank lines folded into nothing. */
export function roleRuns(roles: readonly LineRole[]): RoleRun[] {
  const runs: RoleRun[] = [];
  roles.forEach((r, line) => {
    if (r.role === 'blank') return;
    const last = runs[runs.length - 1];
    const continues = last && last.role === r.role && last.kind === r.kind && last.endLine === line - 1 && !['entry', 'measure', 'task', 'header', 'title', 'field'].includes(r.role);
    if (continues) last.endLine = line;
    else runs.push({ ...r, line, endLine: line });
  });
  return runs;
}
