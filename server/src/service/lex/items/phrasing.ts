/**
 * Is a line written as an action? A lessons list stands for the measures only when it is
 * ("Use a version manager", "Always test ...", "We're adding ..."), and a plain line that
 * opens with one starts a new item rather than continuing the paragraph.
 */
import { actionability } from './actionability';

/** Is this text a promise to act ("Use ...", "Always test ...", "We're adding ...")? */
export function readsAsAction(text: string): boolean {
  const label = /^\s*(?:[-*+•]\s+)?(?:\*\*|__|\*|_)?([^:*_]{2,60}?)(?:\*\*|__|\*|_)?\s*:(?:\*\*|__|\*|_)?\s+(?=\S)/.exec(text);
  if (label && opensWithAction(label[1] ?? '')) return true;
  return opensWithAction(label ? text.slice(label[0].length) : text);
}

function opensWithAction(text: string): boolean {
  const t = text.replace(/^\s*(?:always|never|please|also)\s+/i, '');
  if (/^\s*(?:we|i|the team)(?:'ll|'re|’ll|’re| will| are| am| shall| must| plan to| intend to)\b/i.test(t)) return true;
  if (/^\s*(?:avoid|do|don't|keep|stay|be|invest|remember|make sure|double-check)\b/i.test(t)) return true;
  return actionability(t).ok;
}
