import { z } from 'zod';

/** Shapes shared by several channels. */
export const PathSchema = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'A path cannot contain a NUL character.');
export const OperatorName = z.string().trim().min(1).max(120);
export const Passphrase = z.string().min(1).max(1024);
export const RecoveryKeyText = z.string().min(1).max(200);

export const CaseFileSummarySchema = z.object({
  path: z.string(),
  name: z.string(),
  caseFileId: z.string(),
  operatorName: z.string(),
  /** false when the recovery key, not a person, unlocked it. */
  operatorIsPerson: z.boolean(),
});
export type CaseFileSummary = z.infer<typeof CaseFileSummarySchema>;

export const OperatorSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string() });
export type Operator = z.infer<typeof OperatorSchema>;

export const VerifyReportSchema = z.object({
  ok: z.boolean(),
  checks: z.array(
    z.object({
      name: z.string(),
      ok: z.boolean(),
      detail: z.string(),
      outcome: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
  firstProblem: z.string().optional(),
});
export type VerifyReport = z.infer<typeof VerifyReportSchema>;

export const CaseFileInfoSchema = z.object({
  path: z.string(),
  caseFileId: z.string(),
  formatVersion: z.number(),
  schema: z.string().nullable(),
  cipher: z.string(),
  createdAt: z.string(),
  operators: z.array(z.string()),
  recoveryKey: z.boolean(),
  counts: z.record(z.string(), z.number()),
  auditHead: z.object({ seq: z.number(), hash: z.string() }).nullable(),
  bytesOnDisk: z.number(),
});
export type CaseFileInfo = z.infer<typeof CaseFileInfoSchema>;

export const LanguageSchema = z.enum(['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'mk', 'bs', 'hr', 'sl']);
export type Language = z.infer<typeof LanguageSchema>;

export const SettingsSchema = z.object({
  /** Lock the case file after this many minutes without activity in the app. */
  idleLockMinutes: z.number().int().min(1).max(240),
  language: LanguageSchema,
  /** Keep a list of recently opened case files (paths only) on this device. */
  rememberRecent: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const RecentCaseFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  lastOpenedAt: z.string(),
});
export type RecentCaseFile = z.infer<typeof RecentCaseFileSchema>;
