/**
 * What an entry's text says happened: detection, mitigation, resolution. Keyword lists
 * calibrated on the seeds and the corpus; negations (`not resolved`, `unresolved`) do not
 * count.
 */
const NEGATED = /\b(?:not|never|un|no longer|wasn't|was not|isn't|did not|didn't|without)\s+(?:yet\s+|fully\s+|been\s+)?(?:resolved|fixed|restored|recovered|mitigated|detected)\b|\bunresolved\b/i;

const DETECTION = /\b(?:detect(?:ed|s|ion)?|alert(?:ed|s|ing)?|noticed|notic(?:e|ing)|report(?:ed|s)?|paged?|paging|pager|monitoring|discovered|observed|spotted|flagged|notified|on-?call|complain(?:ed|ts?)|first sign|became aware|identified the (?:issue|problem|incident))\b/i;
const MITIGATION = /\b(?:mitigat\w*|roll(?:ed|ing)? ?back|rollback|revert(?:ed|ing)?|workaround|disabl(?:ed|ing)|limit(?:ed|ing)|fail(?:ed)? ?over|failover|scal(?:ed|ing) (?:up|out)|restart(?:ed|ing)?|reboot(?:ed|ing)?|block(?:ed|ing)|throttl\w*|hotfix\w*|patch(?:ed|ing)|deploy(?:ed|ing)? (?:a |the )?fix|applied (?:a |the )?fix|improv(?:ed|ing))\b/i;
const RESOLUTION = /\b(?:resolved|resolution|fixed|restored|recovered|back to normal|returned to normal|normal operations?|fully operational|closed|all clear|incident (?:was )?(?:over|ended|closed)|stabili[sz]ed|no longer experienc\w*)\b/i;

function says(re: RegExp, text: string): boolean {
  return re.test(text) && !(re !== DETECTION && NEGATED.test(text));
}

export function saysDetection(text: string): boolean {
  return says(DETECTION, text);
}
export function saysMitigation(text: string): boolean {
  return says(MITIGATION, text);
}
export function saysResolution(text: string): boolean {
  return says(RESOLUTION, text);
}
