import { z } from 'zod';
import { channel, NoInput } from './define';
import {
  CaseFileInfoSchema,
  CaseFileSummarySchema,
  OperatorName,
  Passphrase,
  PathSchema,
  RecoveryKeyText,
  VerifyReportSchema,
} from './schemas';

export const CaseFileStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('locked') }),
  z.object({ state: z.literal('unlocked'), summary: CaseFileSummarySchema }),
]);
export type CaseFileStatus = z.infer<typeof CaseFileStatusSchema>;

export const caseFileContract = {
  'casefile:status': channel(NoInput, CaseFileStatusSchema),
  'casefile:create': channel(
    z.object({ path: PathSchema, operatorName: OperatorName, passphrase: Passphrase }).strict(),
    z.object({ summary: CaseFileSummarySchema, recoveryKey: z.string() }),
  ),
  'casefile:unlock': channel(
    z
      .object({ path: PathSchema, operatorName: OperatorName.optional(), passphrase: Passphrase })
      .strict(),
    CaseFileSummarySchema,
  ),
  /** Every passphrase lost: the recovery key sets a new one for the operator, then unlocks as them. */
  'casefile:recover': channel(
    z
      .object({
        path: PathSchema,
        recoveryKey: RecoveryKeyText,
        operatorName: OperatorName,
        newPassphrase: Passphrase,
      })
      .strict(),
    CaseFileSummarySchema,
  ),
  /** With what this device remembered for the path (see device:*). */
  'casefile:unlock-remembered': channel(
    z.object({ path: PathSchema }).strict(),
    CaseFileSummarySchema,
  ),
  'casefile:lock': channel(NoInput, z.object({ locked: z.literal(true) })),
  /** The person is active in the app: postpones the idle lock. */
  'casefile:activity': channel(NoInput, z.object({ idleLockAt: z.string().nullable() })),
  'casefile:info': channel(NoInput, CaseFileInfoSchema),
  'casefile:verify': channel(NoInput, VerifyReportSchema),
  'casefile:backup': channel(
    z.object({ destination: PathSchema }).strict(),
    z.object({
      dir: z.string(),
      sha256: z.string(),
      bytes: z.number(),
      report: VerifyReportSchema,
    }),
  ),
  /** Right after creation: the printable recovery sheet (the key is not kept by the app). */
  'casefile:save-recovery-sheet': channel(
    z.object({ path: PathSchema, recoveryKey: RecoveryKeyText }).strict(),
    z.object({ path: z.string() }),
  ),
};
