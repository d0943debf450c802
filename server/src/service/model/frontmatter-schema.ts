/**
 * The front matter schema (FORMAT.md section 6). Unknown keys are allowed (teams add their
 * own); known keys must have the right shape. A field present here outranks what prose says.
 */
// The namespace import lets esbuild keep only the parts of zod used (its locales alone are ~350 KB).
import * as z from 'zod';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    message: 'must be a date written YYYY-MM-DD',
  });

const stringOrList = z.union([z.string(), z.array(z.string())]);

export const FrontMatterDataSchema = z
  .object({
    type: z.string().optional(),
    title: z.string().min(1, 'must not be empty').optional(),
    date: isoDate.optional(),
    severity: z
      .union([z.string(), z.number()])
      .transform((v) => String(v).trim().toUpperCase())
      .refine((v) => /^(SEV[1-5]|P[0-4])$/.test(v), { message: 'must be SEV1 to SEV5 or P0 to P4' })
      .optional(),
    status: z
      .string()
      .transform((v) => v.trim().toLowerCase().replace(/[-_]/g, ' '))
      .refine((v) => ['draft', 'in review', 'final'].includes(v), { message: 'must be draft, in review or final' })
      .optional(),
    authors: stringOrList.optional(),
    incident: z.union([z.string(), z.number()]).optional(),
    id: z.union([z.string(), z.number()]).optional(),
    services: stringOrList.optional(),
    timezone: z.string().min(1).optional(),
    timeZone: z.string().min(1).optional(),
    profile: z.string().min(1).optional(),
  })
  .loose();
export type FrontMatterData = z.infer<typeof FrontMatterDataSchema>;
