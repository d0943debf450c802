/**
 * Verbs that start action items. Hand-written on purpose: whether an item starts with an
 * imperative is a question about one closed class of words, and the POS taggers on npm
 * tag a sentence-initial imperative ("Update the runbook") as a noun as often as not while
 * adding hundreds of kilobytes to the server bundle. The list comes from the verbs the
 * seeds and corpus tasks use, plus the common ones from SRE action-item guides.
 */
export const ACTION_VERBS = new Set([
  'add', 'adjust', 'adopt', 'align', 'allocate', 'alert', 'allow', 'analyse', 'analyze', 'apply', 'archive', 'assign',
  'ask', 'audit', 'automate', 'avoid', 'backfill', 'block', 'build', 'bump', 'cap', 'change', 'check', 'clarify', 'clean', 'close',
  'codify', 'collect', 'communicate', 'complete', 'conduct', 'configure', 'confirm', 'consolidate', 'contact', 'coordinate', 'create',
  'decommission', 'define', 'delete', 'deploy', 'deprecate', 'design', 'detect', 'develop', 'disable', 'document',
  'drop', 'educate', 'enable', 'enforce', 'enhance', 'ensure', 'escalate', 'establish', 'expand', 'expose', 'extend',
  'fix', 'flag', 'gate', 'harden', 'hire', 'identify', 'implement', 'improve', 'include', 'increase', 'inform', 'install',
  'instrument', 'integrate', 'introduce', 'isolate', 'limit', 'load-test', 'lower', 'maintain', 'make', 'measure', 'merge',
  'migrate', 'mitigate', 'monitor', 'move', 'notify', 'optimise', 'optimize', 'organise', 'organize', 'patch', 'pin', 'plan',
  'perform', 'prepare', 'prevent', 'prioritise', 'prioritize', 'procure', 'protect', 'provide', 'provision', 'publish',
  'purchase', 'put', 'raise', 'rate-limit', 'reach', 'reconfigure', 'record', 'reduce', 'refactor', 'refine', 'remove', 'rename',
  'replace', 'replicate', 'report', 'require', 'reschedule', 'restart', 'restore', 'restrict', 'retire', 'review',
  'revise', 'revert', 'rewrite', 'roll', 'rotate', 'run', 'scale', 'schedule', 'secure', 'separate', 'set', 'setup',
  'share', 'ship', 'simplify', 'split', 'standardise', 'standardize', 'start', 'stop', 'streamline', 'strengthen',
  'switch', 'tag', 'teach', 'test', 'track', 'train', 'tune', 'turn', 'update', 'upgrade', 'use', 'validate',
  'verify', 'version', 'write',
]);

/** Vague openings: the item promises to think, not to act. */
export const VAGUE_OPENINGS = /^(?:investigate|look\s+(?:into|at)|explore|consider|think\s+about|research|discuss|try\s+to|figure\s+out|brainstorm|evaluate\s+whether|see\s+(?:if|whether))\b/i;

/** Irregular past forms that open items written as already done ("put" is left out: it is as often an imperative). */
export const IRREGULAR_PAST = new Set(['tried', 'made', 'ran', 'wrote', 'built', 'took', 'sent', 'gave', 'found', 'did', 'rolled', 'was', 'were', 'had', 'set up', 'brought', 'began', 'got']);
