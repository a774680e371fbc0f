import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt,
} from 'node:crypto';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import type { KeyFile, PassphraseSlot, RecoverySlot, ScryptParams } from './key-file.schema';

export const DATA_KEY_BYTES = 32;

/** OWASP's scrypt baseline: 128 MiB and ~0.5 s here, recorded in each slot so it can rise later. */
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

export type KdfCost = { N: number; r: number; p: number };

/** NFC so that "č" typed on a Serbian and on a Croatian keyboard layout is the same passphrase. */
function normalisePassphrase(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

export function nameTag(nameSalt: string, operatorName: string): string {
  const normalised = operatorName.normalize('NFC').trim().toLocaleLowerCase('und');
  return createHmac('sha256', Buffer.from(nameSalt, 'base64')).update(normalised).digest('base64');
}

function slotAad(
  caseFileId: string,
  slot: { slotId: string; kind: string },
  operatorId = '',
): Buffer {
  return Buffer.from(
    `custodia-key-slot:v1:${caseFileId}:${slot.slotId}:${slot.kind}:${operatorId}`,
  );
}

function scryptAsync(secret: Buffer, params: ScryptParams): Promise<Buffer> {
  const { N, r, p } = params;
  return new Promise((resolve, reject) => {
    scrypt(
      secret,
      Buffer.from(params.salt, 'base64'),
      32,
      { N, r, p, maxmem: 256 * N * r * p },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

function recoveryWrappingKey(recoveryBytes: Uint8Array, salt: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', recoveryBytes, Buffer.from(salt, 'base64'), 'custodia recovery key v1', 32),
  );
}

function wrap(wrappingKey: Buffer, dataKey: Buffer, aad: Buffer) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv).setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  wrappingKey.fill(0);
  return {
    alg: 'A256GCM' as const,
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the data key, or null when the secret is wrong (the GCM tag does not verify). */
function unwrap(wrappingKey: Buffer, w: PassphraseSlot['wrap'], aad: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(aad).setAuthTag(Buffer.from(w.tag, 'base64'));
    const head = decipher.update(Buffer.from(w.ciphertext, 'base64'));
    const tail = decipher.final();
    const key = Buffer.concat([head, tail]);
    head.fill(0);
    tail.fill(0);
    if (key.length === DATA_KEY_BYTES) return key;
    key.fill(0);
    return null;
  } catch {
    return null;
  } finally {
    wrappingKey.fill(0);
  }
}

export async function makePassphraseSlot(args: {
  keyFile: Pick<KeyFile, 'caseFileId' | 'nameSalt'>;
  dataKey: Buffer;
  passphrase: string;
  operatorId: string;
  operatorName: string;
  slotId: string;
  createdAt: Date;
  cost?: KdfCost;
}): Promise<PassphraseSlot> {
  const cost = args.cost ?? DEFAULT_SCRYPT;
  const kdf: ScryptParams = { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
  const secret = normalisePassphrase(args.passphrase);
  const wrappingKey = await scryptAsync(secret, kdf);
  secret.fill(0);
  const slot = { kind: 'passphrase' as const, slotId: args.slotId };
  return {
    ...slot,
    operatorId: args.operatorId,
    nameTag: nameTag(args.keyFile.nameSalt, args.operatorName),
    kdf,
    wrap: wrap(wrappingKey, args.dataKey, slotAad(args.keyFile.caseFileId, slot, args.operatorId)),
    createdAt: args.createdAt.toISOString(),
  };
}

export async function openPassphraseSlot(
  caseFileId: string,
  slot: PassphraseSlot,
  passphrase: string,
): Promise<Buffer | null> {
  const secret = normalisePassphrase(passphrase);
  const wrappingKey = await scryptAsync(secret, slot.kdf);
  secret.fill(0);
  return unwrap(wrappingKey, slot.wrap, slotAad(caseFileId, slot, slot.operatorId));
}

export function makeRecoverySlot(args: {
  caseFileId: string;
  dataKey: Buffer;
  recoveryBytes: Uint8Array;
  slotId: string;
  createdAt: Date;
}): RecoverySlot {
  const salt = randomBytes(16).toString('base64');
  const slot = { kind: 'recovery' as const, slotId: args.slotId };
  return {
    ...slot,
    kdf: { name: 'hkdf-sha256', salt },
    wrap: wrap(
      recoveryWrappingKey(args.recoveryBytes, salt),
      args.dataKey,
      slotAad(args.caseFileId, slot),
    ),
    createdAt: args.createdAt.toISOString(),
  };
}

export function openRecoverySlot(
  caseFileId: string,
  slot: RecoverySlot,
  recoveryBytes: Uint8Array,
): Buffer | null {
  return unwrap(
    recoveryWrappingKey(recoveryBytes, slot.kdf.salt),
    slot.wrap,
    slotAad(caseFileId, slot),
  );
}

/** Finds the operator's slot: by name when given, or the only one when there is just one. */
export function findPassphraseSlot(
  keyFile: KeyFile,
  operatorName: string | undefined,
): PassphraseSlot {
  const slots = keyFile.slots.filter((s): s is PassphraseSlot => s.kind === 'passphrase');
  if (operatorName === undefined || operatorName.trim() === '') {
    if (slots.length === 1) return slots[0] as PassphraseSlot;
    throw new CaseFileError(
      CaseFileErrorCode.OperatorRequired,
      `This case file has ${slots.length} operators: say which one you are (--operator or CUSTODIA_OPERATOR).`,
    );
  }
  const tag = nameTag(keyFile.nameSalt, operatorName);
  const slot = slots.find((s) => s.nameTag === tag);
  if (!slot) throw wrongCredentials();
  return slot;
}

export function wrongCredentials(): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.WrongCredentials,
    'Wrong operator name or passphrase. Nothing was changed.',
  );
}
