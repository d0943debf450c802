/** The protocol fixtures (test/fixtures/protocol) and small helpers over diagnostics. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { FIXTURES, ROOT, fixtureUri } from './client';
import { readFixtureDocument } from '../unit/fixture-harness';

export const POSTMORTEM = fixtureUri('checkout-postmortem.md');
export const POSTMORTEM_TEXT = readFixtureDocument(join(FIXTURES, 'checkout-postmortem.md'));
export const README = fixtureUri('README.md');
export const README_TEXT = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
export const NOTES = fixtureUri('meeting-notes.md');
export const NOTES_TEXT = readFileSync(join(FIXTURES, 'meeting-notes.md'), 'utf8');

/** 0-based line of the fixture's `- []` checkbox. */
export const CHECKBOX_LINE = POSTMORTEM_TEXT.split('\n').findIndex((l) => l.startsWith('- []'));

export const docsHref = (rule: string): string => pathToFileURL(join(ROOT, 'docs', 'rules', `${rule}.md`)).href;

export const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => String(d.code)).sort();
export const has = (ds: readonly Diagnostic[], rule: string): boolean => ds.some((d) => d.code === rule);
export const find = (ds: readonly Diagnostic[], rule: string): Diagnostic => {
  const d = ds.find((x) => x.code === rule);
  if (!d) throw new Error(`no ${rule} diagnostic among ${codes(ds).join(', ')}`);
  return d;
};
