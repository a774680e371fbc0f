import { z } from 'zod';

/** Names as people write them: any script, trimmed, NFC so that "Đorđe" is one name however typed. */
export const OperatorNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, 'The operator name is empty.')
      .max(120, 'The operator name is longer than 120 characters.'),
  );

export const PassphraseSchema = z.string().min(1, 'The passphrase is empty.').max(1024);

export const CaseFilePathSchema = z.string().trim().min(1, 'No case-file path was given.');
