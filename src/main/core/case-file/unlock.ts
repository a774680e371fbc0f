import fs from 'node:fs';
import { decodeRecoveryKey } from '../../../shared/case-file/recovery-key';
import { diffFields, type Actor } from '../audit/audit-log';
import { write } from '../audit/write';
import { migrate } from '../store/migrate';
import { openEncrypted, type Sqlite } from '../store/sqlite';
import { defaultRuntime, type Runtime } from '../support/clock';
import { CaseFileError, CaseFileErrorCode, toDamagedError } from '../support/errors';
import { readKeyFile } from './key-file';
import type { KeyFile, RecoverySlot } from './key-file.schema';
import {
  findPassphraseSlot,
  openPassphraseSlot,
  openRecoverySlot,
  wrongCredentials,
} from './key-slots';
import { caseFileLayout } from './layout';
import { CaseFileSession } from './session';

export type Credentials =
  | { kind: 'passphrase'; operatorName?: string; passphrase: string }
  | { kind: 'recovery'; recoveryKey: string }
  /** A data key this device kept (sealed by the OS keyring) for one operator of one case file. */
  | { kind: 'device'; caseFileId: string; operatorId: string; dataKey: Buffer };

/** What the audit log names as the actor when the recovery key was used instead of a person. */
export const RECOVERY_ACTOR: Actor = { operatorId: null, operatorName: 'recovery key' };

export function decodeRecoveryKeyOrThrow(typed: string): Uint8Array {
  const decoded = decodeRecoveryKey(typed);
  if (decoded.ok) return decoded.bytes;
  const message =
    decoded.reason === 'length'
      ? 'That is not a recovery key: it has 8 groups of 5 characters.'
      : decoded.reason === 'character'
        ? `Group ${decoded.group} of the recovery key has a character that cannot be in it.`
        : `Group ${decoded.group} of the recovery key has a typo (its check character does not match).`;
  throw new CaseFileError(CaseFileErrorCode.InvalidRecoveryKey, `${message} Nothing was changed.`, {
    reason: decoded.reason,
    group: decoded.group,
  });
}

/** Unwraps the data key from the slot the credentials open; throws WRONG_CREDENTIALS otherwise. */
export async function unwrapDataKey(
  keyFile: KeyFile,
  credentials: Credentials,
): Promise<{ dataKey: Buffer; operatorId: string | null }> {
  if (credentials.kind === 'device') {
    // Only while that operator still has a slot: removing an operator also ends what devices remember.
    const stillOperator = keyFile.slots.some(
      (s) => s.kind === 'passphrase' && s.operatorId === credentials.operatorId,
    );
    if (
      credentials.caseFileId !== keyFile.caseFileId ||
      !stillOperator ||
      credentials.dataKey.length !== 32
    ) {
      throw new CaseFileError(
        CaseFileErrorCode.WrongCredentials,
        'The access remembered on this device is no longer valid. Unlock with your passphrase.',
      );
    }
    return { dataKey: Buffer.from(credentials.dataKey), operatorId: credentials.operatorId };
  }
  if (credentials.kind === 'recovery') {
    const bytes = decodeRecoveryKeyOrThrow(credentials.recoveryKey);
    const slot = keyFile.slots.find((s): s is RecoverySlot => s.kind === 'recovery');
    const dataKey = slot ? openRecoverySlot(keyFile.caseFileId, slot, bytes) : null;
    if (!dataKey) {
      throw new CaseFileError(
        CaseFileErrorCode.WrongCredentials,
        'This recovery key does not open this case file. Nothing was changed.',
      );
    }
    return { dataKey, operatorId: null };
  }
  const slot = findPassphraseSlot(keyFile, credentials.operatorName);
  const dataKey = await openPassphraseSlot(keyFile.caseFileId, slot, credentials.passphrase);
  if (!dataKey) throw wrongCredentials();
  return { dataKey, operatorId: slot.operatorId };
}

/**
 * Opens a case file: unwrap the data key (memory-hard KDF for passphrases), open the database
 * with it, check it is this case file's database, and bring its schema up to date (audited).
 */
export async function unlockCaseFile(
  dir: string,
  credentials: Credentials,
  runtime: Runtime = defaultRuntime,
): Promise<CaseFileSession> {
  const layout = caseFileLayout(dir);
  const keyFile = readKeyFile(layout);
  const { dataKey, operatorId } = await unwrapDataKey(keyFile, credentials);
  if (!fs.existsSync(layout.db)) {
    dataKey.fill(0);
    throw new CaseFileError(
      CaseFileErrorCode.Damaged,
      'The case file has no database (case.db is missing). Restore it from a backup.',
    );
  }
  let db: Sqlite;
  try {
    db = openEncrypted(layout.db, dataKey, keyFile.cipher);
  } catch (e) {
    dataKey.fill(0);
    throw e;
  }
  try {
    const actor = resolveActor(db, keyFile, operatorId);
    const session = new CaseFileSession(
      layout,
      keyFile.caseFileId,
      keyFile.cipher,
      db,
      dataKey,
      actor,
      runtime,
    );
    const migrated = await migrate(session.qb);
    if (migrated.ran.length > 0) {
      write(session, (tx) =>
        tx.audit({
          action: 'casefile.migrate',
          entityType: 'case_file',
          entityId: keyFile.caseFileId,
          changes: diffFields({ schema: migrated.from }, { schema: migrated.to }),
        }),
      );
    }
    return session;
  } catch (e) {
    db.close();
    dataKey.fill(0);
    throw toDamagedError(e, 'opening');
  }
}

function resolveActor(db: Sqlite, keyFile: KeyFile, operatorId: string | null): Actor {
  const meta = db.prepare("SELECT value FROM case_file_meta WHERE key = 'case_file_id'").get() as
    { value: string } | undefined;
  if (meta?.value !== keyFile.caseFileId) {
    throw new CaseFileError(
      CaseFileErrorCode.Damaged,
      'The database and the key file belong to different case files. Restore the case file from a backup.',
    );
  }
  if (operatorId === null) return RECOVERY_ACTOR;
  const op = db.prepare('SELECT name, removed_at FROM operator WHERE id = ?').get(operatorId) as
    { name: string; removed_at: string | null } | undefined;
  if (!op || op.removed_at !== null) throw wrongCredentials();
  return { operatorId, operatorName: op.name };
}
