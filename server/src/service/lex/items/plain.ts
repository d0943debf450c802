/**
 * Plain lines as items. Under a measures or tasks header with no list, people write one
 * item a line ("Add alerts ... / Develop a test plan ..."), or a paragraph of prose that is
 * one measure as a whole. A line is a new item when it opens like one (an action, a
 * "Label: text" pair, a pasted bullet glyph); otherwise it continues the paragraph. Lines
 * that only close the list ("By implementing these measures ..."), ask a question ("What
 * needs fixing?"), or hold an image and its caption are no items.
 */
import { readsAsAction } from './phrasing';

const LABEL_PAIR = /^(?:\*\*|__|\*|_)?[A-Z][^:.!?]{1,60}?(?:\*\*|__|\*|_)?\s*:\s*(?:\*\*|__|\*|_)?\s*\S/;
const GLYPH = /^(?:[o•·▪◦➢►✓✔]\s|-(?=\S)|\d{1,2}\\?[.)]\s|\[\s*\d*\s*\])/;
/** "Implementation of ...", "Adding a ...": a noun-phrase or gerund item. */
const NOMINAL = /^(?:[A-Z][a-z]+(?:tion|ment|ance|ence|sis|ing)\s+(?:of|a|an|the|more|new|regular)\b|(?!(?:During|Nothing|Something|Everything|Anything|Being|Going)\b)[A-Z][a-z]+ing\s+[a-z])/;
const CLOSING = /^(?:(?:all\s+(?:of\s+)?)?(?:these|this|those)\s+(?:\w+\s+){0,2}?(?:steps|measures|actions|changes|improvements|tasks|efforts|initiatives|fixes|lessons|incident|outage|experience|post-?mortem|report|document|write-?up|review|analysis)\b|by\s+(?:implementing|following|taking|addressing|adopting)|(?:progress|status|updates?)\s+(?:\w+\s+)?(?:may|can|will|is|are)\s+(?:be\s+)?(?:tracked|followed|found|posted|shared)|overall|in\s+(?:conclusion|summary|short)|to\s+(?:sum|conclude)|with\s+these)\b/i;
/** A sentence about the write-up itself ("... our postmortem is not just informative but also entertaining!"). */
const ABOUT_THE_WRITE_UP = /\b(?:this|our|the)\s+(?:post-?mortem|report|write-?up|document)\s+(?:is|was|has|will|outlines|covers|describes|shows|explains|summari[sz]es)\b/i;
/** A letter's closing ("Regards.", "Thanks,", "The 'Backend' team"): a signature, not an item. */
const SIGN_OFF = /^(?:[*_]*(?:(?:best|kind|warm)\s+)?regards|thanks?(?:\s+you)?|thank\s+you|sincerely|cheers|yours(?:\s+truly)?)[*_]*[.,!]?\s*$|^[*_]*(?:the\s+)?['"‘“`]?[\w &-]{1,30}['"’”`]?\s+team[*_]*[.,!]?\s*$/i;
const IMAGE = /^(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|\s)+$/i;
/** A line that is only a link (`[Part 1](./part1.md)`): navigation, not an action. */
const LINK_ONLY = /^(?:\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+?>?)\s*$/;

const PROSE_OPENER = /^(?:the|a|an|this|that|these|those|it|its|we|our|they|their|he|she|his|her|there|here|most|some|also|however|additionally|furthermore|moreover|in|on|at|as|for|with|if|when|while|since|because|although|so|then|once|after|before|such|both|each|all|many)\b/i;
/** A finite verb among the first words: the line is a sentence about something, not an order. */
const FINITE_EARLY = /^(?:\S+\s+){1,3}(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)\b/i;

/** `- text`, `1. text`, `• text`, `o<TAB>text`, `i. text` written where Markdown reads no list. */
export const PSEUDO_MARKER = /^(?:[-*+•▪◦➢►]\s+|o\t\s*|\d{1,2}\\?[.)]\s+|(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)]\s+)/;

export function isPseudoListItem(content: string): boolean {
  return PSEUDO_MARKER.test(content);
}

// `**- Monitoring and alerts:**`: the bullet typed inside the bold, so Markdown sees no list.
const MARKER_IN_EMPHASIS = /^(\*\*|__)[-*+•]\s+(?=\S)(.+?)(?<=\S)\1\s*$/;

/**
 * A list marker written inside the emphasis of a line (`**- Monitoring and alerts:**`): an
 * item to its writer, titled by what the emphasis holds. The title and where it starts in
 * `content`, or null.
 */
export function markerInEmphasis(content: string): { text: string; offset: number } | null {
  const m = MARKER_IN_EMPHASIS.exec(content);
  const text = m?.[2];
  if (!m || !text) return null;
  return { text, offset: m[0].indexOf(text, (m[1] ?? '').length + 1) };
}

export type PlainRole = 'item' | 'continuation' | 'skip' | 'header';

/** A short Title Case line with no punctuation ("Conclusion", "Call to Action"). */
function looksLikeHeader(t: string): boolean {
  const words = t.replace(/[*_`#]/g, '').trim().split(/\s+/);
  if (words.length > 4 || /[.,;:!?]$/.test(t)) return false;
  return words.every((w) => /^[A-Z0-9&/-]/.test(w) || /^(?:of|and|the|to|for|a|an|in|on|with|or)$/.test(w));
}

/**
 * Is this plain line an item of its own, the rest of the previous one, or neither? A
 * `header` is a title line over prose ("Conclusion" and its paragraph): a new topic, after
 * which no plain line is an item.
 */
export function plainLineRole(text: string, continuesParagraph: boolean, proseFollows = false): PlainRole {
  const t = text.trim();
  if (!continuesParagraph && proseFollows && looksLikeHeader(t) && !readsAsAction(t)) return 'header';
  if (IMAGE.test(t) || LINK_ONLY.test(t)) return 'skip';
  if (/\?\s*(?:\*\*|__|\*|_)?$/.test(t) && t.split(/\s+/).length <= 10) return 'skip';
  if (CLOSING.test(t.replace(/^[*_]+/, '')) || ABOUT_THE_WRITE_UP.test(t)) return 'skip';
  if (SIGN_OFF.test(t)) return 'skip';
  if (!continuesParagraph) return 'item';
  if (/^[a-z(]/.test(t)) return 'continuation';
  if (GLYPH.test(t) || LABEL_PAIR.test(t) || NOMINAL.test(t) || readsAsAction(t)) return 'item';
  // A statement ("The ideal setup would be ...", "Our engineers are ...") goes on with the
  // paragraph; a line opening with an unlisted verb ("Purge old files") is an item.
  return PROSE_OPENER.test(t) || FINITE_EARLY.test(t) ? 'continuation' : 'item';
}

/** An image line opens a figure: the caption lines after it in its paragraph are no items. */
export function isImageLine(text: string): boolean {
  return IMAGE.test(text.trim());
}
