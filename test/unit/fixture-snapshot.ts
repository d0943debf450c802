/**
 * Message snapshots: a fixture's compared findings, one a line, as `line:column rule message`
 * (1-based, the finding's start), in the sibling `<name>.snap`. A changed message, position or
 * count fails the fixture's test; `UPDATE_SNAPSHOTS=1` rewrites the files instead (and deletes
 * the snapshot of a fixture that no longer has findings). A fixture without compared findings
 * has no snapshot file.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Finding } from '../../server/src/service/rules/types';

export const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

const HEADER = '# Findings of the rules this fixture compares: line:column rule message. UPDATE_SNAPSHOTS=1 rewrites this file.';

export function snapshotLines(findings: readonly Finding[]): string[] {
  return findings
    .map((f) => ({ f, key: [f.range.start.line, f.range.start.character] as const }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.f.rule.localeCompare(b.f.rule) || a.f.message.localeCompare(b.f.message))
    .map(({ f }) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${f.message.replace(/\n/g, '\\n')}`);
}

export function snapshotText(lines: readonly string[]): string | null {
  return lines.length === 0 ? null : `${HEADER}\n${lines.join('\n')}\n`;
}

/** The stored snapshot's finding lines; null when there is no file. */
export function readSnapshot(file: string): string[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('# '));
}

export function writeSnapshot(file: string, lines: readonly string[]): void {
  const text = snapshotText(lines);
  if (text === null) rmSync(file, { force: true });
  else writeFileSync(file, text);
}
