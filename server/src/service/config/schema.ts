/**
 * Configuration: the one schema behind VS Code settings (`postmortem.*`), `.postmortemrc.json`
 * and CLI options. Validated once at the edge; the core only sees `ResolvedConfig`.
 */
import { z } from 'zod';
import { SectionKindSchema } from '../model/schema';

export const SeveritySettingSchema = z.enum(['off', 'hint', 'info', 'warning', 'error']);

export const DEFAULT_GLOBS = [
  '**/*postmortem*.md',
  '**/*post-mortem*.md',
  '**/postmortems/**/*.md',
  '**/incidents/**/*.md',
  '**/incident-reports/**/*.md',
];

export const ProfileSchema = z.object({
  /** Required sections, in order. */
  sections: z.array(SectionKindSchema).min(1),
  description: z.string().optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** Everything a user may set; every field optional so layers can be merged. */
export const UserConfigSchema = z
  .object({
    enable: z.enum(['auto', 'always', 'never']).optional(),
    globs: z.array(z.string()).optional(),
    profile: z.string().optional(),
    profiles: z.record(z.string(), ProfileSchema).optional(),
    timeZone: z.string().optional(),
    rules: z.record(z.string(), SeveritySettingSchema).optional(),
    inlayHints: z.boolean().optional(),
    codeLens: z.boolean().optional(),
    /** The size budget, in kilobytes (1024 characters): a longer document is not linted. */
    maxFileSize: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();
export type UserConfig = z.infer<typeof UserConfigSchema>;

export interface ResolvedConfig {
  enable: 'auto' | 'always' | 'never';
  globs: string[];
  profileName: string;
  profile: Profile;
  profiles: Record<string, Profile>;
  /** '' when unset. */
  timeZone: string;
  rules: Record<string, z.infer<typeof SeveritySettingSchema>>;
  inlayHints: boolean;
  codeLens: boolean;
  /** Kilobytes (of 1024 characters); a longer document is not linted (`file-too-large`). */
  maxFileSize: number;
}
