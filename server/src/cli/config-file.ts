/**
 * `--config FILE`: one configuration file in the .postmortemrc.json format, read with the
 * same parser as the rc files, applied over the rc files found by walking up (the options on
 * the command line win over it). A missing or invalid file is a usage error (exit 2): a CI
 * job's configuration that silently does nothing would pass everything.
 */
import { readFileSync } from 'node:fs';
import { parseRcText, type UserConfig } from '../service/index';
import { UsageError } from './args';

export function readConfigFile(file: string, display: string, knownRules: ReadonlySet<string>): { config: UserConfig; warnings: string[] } {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) {
    const code = (e as { code?: string }).code;
    throw new UsageError(`--config ${display}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : e instanceof Error ? e.message : String(e)}.`);
  }
  const parsed = parseRcText(text, file, { knownRules });
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  const said = (p: { path: string; message: string }) => `--config ${display}: ${p.path && !p.message.includes(`\`${p.path}\``) ? `${p.path}: ` : ''}${p.message}`;
  if (errors.length > 0) throw new UsageError(errors.map(said).join('\n'));
  return { config: parsed.config, warnings: parsed.problems.filter((p) => p.severity !== 'error').map(said) };
}

/** `over` wins per setting; `rules` and `profiles` merge per key, as the layers do. */
export function overlay(under: UserConfig, over: UserConfig): UserConfig {
  const out: UserConfig = { ...under, ...over };
  if (under.rules || over.rules) out.rules = { ...under.rules, ...over.rules };
  if (under.profiles || over.profiles) out.profiles = { ...under.profiles, ...over.profiles };
  return out;
}
