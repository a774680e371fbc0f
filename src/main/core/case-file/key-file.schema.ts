import { z } from 'zod';

/**
 * `keys.json`: the only unencrypted file of a case file. It holds no case data and no names in
 * clear: operators are found by an HMAC tag of their name, and every slot holds the same data
 * key wrapped (AES-256-GCM) under a key derived from one secret.
 */
const b64 = z.base64();

export const WrapSchema = z.object({
  alg: z.literal('A256GCM'),
  iv: b64,
  ciphertext: b64,
  tag: b64,
});

export const ScryptParamsSchema = z.object({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: b64,
});
export type ScryptParams = z.infer<typeof ScryptParamsSchema>;

export const PassphraseSlotSchema = z.object({
  kind: z.literal('passphrase'),
  slotId: z.uuid(),
  operatorId: z.uuid(),
  nameTag: b64,
  kdf: ScryptParamsSchema,
  wrap: WrapSchema,
  createdAt: z.iso.datetime(),
});
export type PassphraseSlot = z.infer<typeof PassphraseSlotSchema>;

export const RecoverySlotSchema = z.object({
  kind: z.literal('recovery'),
  slotId: z.uuid(),
  kdf: z.object({ name: z.literal('hkdf-sha256'), salt: b64 }),
  wrap: WrapSchema,
  createdAt: z.iso.datetime(),
});
export type RecoverySlot = z.infer<typeof RecoverySlotSchema>;

export const KEY_FILE_FORMAT = 'custodia-case-file';
export const KEY_FILE_VERSION = 1;

export const CipherSchema = z.object({
  name: z.literal('aegis'),
  algorithm: z.literal('aegis-256'),
});
export type CipherConfig = z.infer<typeof CipherSchema>;
export const DEFAULT_CIPHER: CipherConfig = { name: 'aegis', algorithm: 'aegis-256' };

export const KeyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  formatVersion: z.literal(KEY_FILE_VERSION),
  caseFileId: z.uuid(),
  createdAt: z.iso.datetime(),
  cipher: CipherSchema,
  nameSalt: b64,
  slots: z.array(z.discriminatedUnion('kind', [PassphraseSlotSchema, RecoverySlotSchema])).min(1),
});
export type KeyFile = z.infer<typeof KeyFileSchema>;
