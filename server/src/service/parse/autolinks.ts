/**
 * GFM autolink literals (`www.x.com`, `https://x.com`, `a@b.co`) at the cost of the few places
 * they can be, not of every word. The same parse (remark-gfm's extensions, unchanged), with two
 * necessary conditions checked first on the text being parsed:
 *
 * - micromark: remark-gfm hooks its email construct on every letter and digit, so every word
 *   start of every paragraph ends a data token and tries the construct (measured on a
 *   generated 10,000-line postmortem: 0.66 s of a 2.3 s parse). A construct here is tried
 *   only where it can succeed: an email where the run of atext characters from that point
 *   ends in `@`, `www` where `www.` starts, a protocol where `http://` or `https://` does
 *   (case-insensitive: what the tokenizers require before they accept anything). Elsewhere
 *   the tokenizer would have failed and the character stays data; adjacent data tokens are
 *   merged by micromark's text resolver, so the events (and the tree) are the same.
 * - mdast: remark-gfm's transform then runs four regular expressions, each in a walk of the
 *   whole tree (`findAndReplace`). It is run only on the paragraphs, headings and table cells
 *   with a text node (outside links) that contains `@` or `://`-led `http`/`www.`, which
 *   every one of its expressions needs; on any other node it changes nothing. Text nodes live
 *   only in those blocks (blocks do not nest in them), so transforming each of them alone is
 *   the transform of the tree; a text node found anywhere else falls back to the whole tree.
 *
 * test/unit/parse/guards.test.ts compares the trees with remark-gfm's own parse.
 */
import type { Data } from 'unified';
import type { Nodes, Parents, Root } from 'mdast';
import { parsingText } from './guard-text';

export type MicromarkExtension = NonNullable<Data['micromarkExtensions']>[number];
type ConstructRecord = NonNullable<MicromarkExtension['text']>;
export type Construct = Exclude<NonNullable<ConstructRecord[keyof ConstructRecord]>, readonly unknown[]>;
type Tokenizer = Construct['tokenize'];
export type TokenizeContext = ThisParameterType<Tokenizer>;
type FromMarkdownEntry = NonNullable<Data['fromMarkdownExtensions']>[number];
type FromMarkdownExtension = Exclude<FromMarkdownEntry, readonly unknown[]>;
type Transform = NonNullable<FromMarkdownExtension['transforms']>[number];

const isAtext = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 45 || c === 46 || c === 95;

const WWW = /www\./iy;
const PROTOCOL = /https?:\/\//iy;

/** Whether the construct can start at `offset` of `text` (false only when it cannot). */
const CAN_START: Record<string, (text: string, offset: number) => boolean> = {
  emailAutolink: (text, offset) => {
    let i = offset;
    while (i < text.length && isAtext(text.charCodeAt(i))) i++;
    return text.charCodeAt(i) === 64;
  },
  wwwAutolink: (text, offset) => {
    WWW.lastIndex = offset;
    return WWW.test(text);
  },
  protocolAutolink: (text, offset) => {
    PROTOCOL.lastIndex = offset;
    return PROTOCOL.test(text);
  },
};

/**
 * Whether `check` may say no for the character at the context's position: the text is known
 * and the position's character is one the construct is hooked on (an atext character), so
 * the offset is the text's own. Anything else keeps the construct's own answer.
 */
function cannotStart(context: TokenizeContext, check: (text: string, offset: number) => boolean): boolean {
  const text = parsingText();
  if (text === undefined) return false;
  const offset = context.now().offset;
  return isAtext(text.charCodeAt(offset)) && !check(text, offset);
}

function guarded(construct: Construct): Construct {
  const check = construct.name === undefined ? undefined : CAN_START[construct.name];
  if (!check) return construct;
  const { tokenize, previous } = construct;
  return {
    ...construct,
    // micromark's text tokenizer asks `previous` (at the position of the character) whether to
    // end the data before this character and try the construct.
    previous(this: TokenizeContext, code) {
      if (previous && !previous.call(this, code)) return false;
      return !cannotStart(this, check);
    },
    tokenize(this: TokenizeContext, effects, ok, nok) {
      // Tried anyway when another construct on the same character said yes.
      return (code) => (cannotStart(this, check) ? nok(code) : tokenize.call(this, effects, ok, nok)(code));
    },
  };
}

/** Replaces, in place, the autolink constructs of remark-gfm's micromark extensions by guarded ones. */
export function guardAutolinkConstructs(extensions: readonly MicromarkExtension[]): void {
  for (const ext of extensions) {
    const text = ext.text;
    if (!text) continue;
    for (const code of Object.keys(text)) {
      const v = text[code as unknown as keyof ConstructRecord];
      if (v === undefined) continue;
      text[code as unknown as keyof ConstructRecord] = Array.isArray(v) ? (v as readonly Construct[]).map(guarded) : guarded(v as Construct);
    }
  }
}

/** Text nodes with what one of the transform's expressions needs. */
const CANDIDATE = /@|https?:\/\/|www\./i;
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The blocks the transform must see (in document order), or null: a text node outside them. */
function blocksToTransform(tree: Root): Parents[] | null {
  const out: Parents[] = [];
  let stray = false;
  const hasCandidate = (node: Nodes): boolean => {
    if (node.type === 'text') return CANDIDATE.test(node.value);
    if (node.type === 'link' || node.type === 'linkReference' || !('children' in node)) return false;
    for (const child of node.children) if (hasCandidate(child)) return true;
    return false;
  };
  const walk = (node: Parents): void => {
    for (const child of node.children) {
      if (stray) return;
      if (BLOCKS.has(child.type)) {
        if (hasCandidate(child)) out.push(child as Parents);
      } else if (child.type === 'text') {
        stray = true;
      } else if ('children' in child) {
        walk(child);
      }
    }
  };
  walk(tree);
  return stray ? null : out;
}

function guardedTransform(transform: Transform): Transform {
  return (tree) => {
    const blocks = blocksToTransform(tree);
    if (blocks === null) return transform(tree);
    // The transform reads and changes only the node it is given and its descendants.
    for (const block of blocks) transform(block as unknown as Root);
    return undefined;
  };
}

/**
 * Replaces, in place, the transform of remark-gfm's autolink extension (the one that compiles
 * `literalAutolink` tokens) by the guarded one.
 */
export function guardAutolinkTransform(extensions: readonly FromMarkdownEntry[]): void {
  for (const entry of extensions) {
    const list = Array.isArray(entry) ? (entry as readonly FromMarkdownExtension[]) : [entry as FromMarkdownExtension];
    for (const ext of list) {
      if (!ext.transforms || !ext.enter?.['literalAutolink']) continue;
      ext.transforms = ext.transforms.map(guardedTransform);
    }
  }
}
