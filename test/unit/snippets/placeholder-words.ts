/**
 * The `placeholder` rule's list from shared/RULES.md, restated for the snippet tests: TODO,
 * TBD, XXX, `????`, `[Insert ...]`, `{{ ... }}`, `20xx-MM-DD`, and left-in assignment text
 * (instructions such as "Describe the impact", "Explain ...", "<owner>", "YYYY-MM-DD").
 * A stand-in until the rule exists; swap in the rule itself when it lands.
 */
const PATTERNS: RegExp[] = [
  /\bTODO\b/,
  /\bTBD\b/,
  /\bXXX\b/i,
  /\?{3,}/,
  /\[\s*insert\b[^\]]*\]/i,
  /\{\{[^}]*\}\}/,
  /\b(?:20xx|YYYY)-MM-DD\b/i,
  /\bHH:MM\b/,
  /<[a-z][\w\s-]*>/i,
  /(?:^|[.:]\s+|^[-*]\s+|\|\s*)(?:Describe|Explain|Insert|Enter|List|Summari[sz]e|Write|Provide|Fill in|Add your)\b/m,
  /\b(?:lorem ipsum|your (?:name|team|service) here)\b/i,
];

/** The placeholder texts found, each as matched. */
export function leftoverPlaceholders(text: string): string[] {
  return PATTERNS.flatMap((re) => {
    const m = re.exec(text);
    return m ? [m[0]] : [];
  });
}
