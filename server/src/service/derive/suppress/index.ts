export { buildSuppressions } from './suppressions';
export type { Suppressions, UnknownRuleReference } from './suppressions';
export { parseDirectives, directivesOnLine } from './directives';
export type { Directive, DirectiveKind } from './directives';
export { disableForFileEdit, disableForLineEdit } from './edits';
export { fencedCodeLines, frontMatterEnd } from './blocks';
