/** The protocol fixtures (test/fixtures/protocol) and small helpers over diagnostics and code actions. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Command, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol/node';
import { FIXTURES, ROOT, fixtureUri, isCodeAction } from './client';
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

/** The single versioned edit of an action (documentChanges, one TextDocumentEdit). */
export function docEdit(a: CodeAction | Command): TextDocumentEdit {
  assert.ok(isCodeAction(a), 'expected a CodeAction, got a Command');
  const changes = a.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `expected one document change in ${a.title}`);
  const change = changes[0];
  assert.ok(change && 'edits' in change, 'expected a TextDocumentEdit');
  return change;
}

/** A text with edits applied, as a client applies them. */
export function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'markdown', 0, text), [...edits]);
}
