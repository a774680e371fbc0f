import { OperatorNameSchema } from '../../../shared/case-file/inputs';
import { diffFields } from '../audit/audit-log';
import { write, type WriteTx } from '../audit/write';
import { defaultRuntime, type Runtime } from '../support/clock';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { readKeyFile, updateKeyFile } from './key-file';
import type { KeyFile, PassphraseSlot } from './key-file.schema';
import {
  makePassphraseSlot,
  openPassphraseSlot,
  wrongCredentials,
  type KdfCost,
} from './key-slots';
import { insertOperatorRecord } from './operator-records';
import { requireStrongPassphrase } from './passphrase-policy';
import type { CaseFileSession } from './session';
import { unlockCaseFile } from './unlock';

/*
 * Operators only ever change keys.json (one slot each) and the operator table; the data key and
 * the encrypted pages stay as they are. No function here calls PRAGMA rekey.
 *
 * keys.json is rewritten inside the database transaction that records the change, so a failure to
 * write it rolls the record back; a crash between the two leaves at worst a slot whose record is
 * missing, which unlock refuses rather than trusting it.
 */

export interface OperatorSummary {
  id: string;
  name: string;
  createdAt: string;
}

export function listOperators(session: CaseFileSession): OperatorSummary[] {
  return (
    session.db
      .prepare(
        'SELECT id, name, created_at FROM operator WHERE removed_at IS NULL ORDER BY created_at, name',
      )
      .all() as { id: string; name: string; created_at: string }[]
  ).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
}

function passphraseSlots(slots: readonly { kind: string }[]): PassphraseSlot[] {
  return slots.filter((s): s is PassphraseSlot => s.kind === 'passphrase');
}

function findActiveOperator(session: CaseFileSession, name: string): OperatorSummary | undefined {
  const wanted = name.toLocaleLowerCase('und');
  return listOperators(session).find((o) => o.name.toLocaleLowerCase('und') === wanted);
}

export async function addOperator(
  session: CaseFileSession,
  input: { name: string; passphrase: string; kdfCost?: KdfCost },
): Promise<OperatorSummary> {
  const name = parseInput(OperatorNameSchema, input.name, 'operator name');
  requireStrongPassphrase(input.passphrase, [name]);
  if (findActiveOperator(session, name)) {
    throw new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `An operator named "${name}" already exists.`,
    );
  }
  const operatorId = session.runtime.ids.next();
  const slot = await session.withDataKey((dataKey) =>
    makePassphraseSlot({
      keyFile: readKeys(session),
      dataKey,
      passphrase: input.passphrase,
      operatorId,
      operatorName: name,
      slotId: session.runtime.ids.next(),
      createdAt: session.runtime.clock.now(),
      ...(input.kdfCost ? { cost: input.kdfCost } : {}),
    }),
  );
  let createdAt = '';
  writeWithKeys(
    session,
    (current) => {
      if (passphraseSlots(current.slots).some((s) => s.nameTag === slot.nameTag)) {
        throw new CaseFileError(
          CaseFileErrorCode.AlreadyExists,
          `An operator named "${name}" already exists.`,
        );
      }
      return { ...current, slots: [...current.slots, slot] };
    },
    (tx) => {
      createdAt = insertOperatorRecord(tx, operatorId, name);
    },
  );
  return { id: operatorId, name, createdAt };
}

export async function removeOperator(session: CaseFileSession, nameInput: string): Promise<void> {
  const name = parseInput(OperatorNameSchema, nameInput, 'operator name');
  const operator = findActiveOperator(session, name);
  if (!operator)
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no operator named "${name}".`);
  writeWithKeys(
    session,
    (current) => {
      const remaining = current.slots.filter(
        (s) => !(s.kind === 'passphrase' && s.operatorId === operator.id),
      );
      if (passphraseSlots(remaining).length === 0) {
        throw new CaseFileError(
          CaseFileErrorCode.LastOperator,
          `"${name}" is the last operator and cannot be removed; add another operator first.`,
        );
      }
      return { ...current, slots: remaining };
    },
    (tx) => {
      const removedAt = tx.now.toISOString();
      tx.db.prepare('UPDATE operator SET removed_at = ? WHERE id = ?').run(removedAt, operator.id);
      tx.audit({
        action: 'operator.remove',
        entityType: 'operator',
        entityId: operator.id,
        changes: diffFields({ removed_at: null }, { removed_at: removedAt }),
      });
    },
  );
}

/** Replaces the operator's slot with one for the new passphrase (same data key, new salt). */
export async function setOperatorPassphrase(
  session: CaseFileSession,
  input: { name: string; newPassphrase: string; kdfCost?: KdfCost },
  action: 'operator.passwd' | 'operator.recover',
): Promise<void> {
  const name = parseInput(OperatorNameSchema, input.name, 'operator name');
  requireStrongPassphrase(input.newPassphrase, [name]);
  const operator = findActiveOperator(session, name);
  if (!operator)
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no operator named "${name}".`);
  const slot = await session.withDataKey((dataKey) =>
    makePassphraseSlot({
      keyFile: readKeys(session),
      dataKey,
      passphrase: input.newPassphrase,
      operatorId: operator.id,
      operatorName: operator.name,
      slotId: session.runtime.ids.next(),
      createdAt: session.runtime.clock.now(),
      ...(input.kdfCost ? { cost: input.kdfCost } : {}),
    }),
  );
  let replaced: string | undefined;
  writeWithKeys(
    session,
    (current) => {
      replaced = passphraseSlots(current.slots).find((s) => s.operatorId === operator.id)?.slotId;
      const others = current.slots.filter(
        (s) => !(s.kind === 'passphrase' && s.operatorId === operator.id),
      );
      return { ...current, slots: [...others, slot] };
    },
    (tx) => {
      tx.audit({
        action,
        entityType: 'operator',
        entityId: operator.id,
        changes: diffFields({ key_slot: replaced ?? null }, { key_slot: slot.slotId }),
      });
    },
  );
}

/**
 * The unlocked operator changes their own passphrase; the old one is checked against their slot
 * first, so an unattended unlocked workstation cannot be used to take over the account.
 */
export async function changeOwnPassphrase(
  session: CaseFileSession,
  input: { oldPassphrase: string; newPassphrase: string; kdfCost?: KdfCost },
): Promise<void> {
  const operatorId = session.actor.operatorId;
  const slot = readKeys(session).slots.find(
    (s): s is PassphraseSlot => s.kind === 'passphrase' && s.operatorId === operatorId,
  );
  if (operatorId === null || !slot) {
    throw new CaseFileError(
      CaseFileErrorCode.NotFound,
      'Unlocked with the recovery key: set a passphrase with recovery instead.',
    );
  }
  const key = await openPassphraseSlot(session.caseFileId, slot, input.oldPassphrase);
  if (!key) throw wrongCredentials();
  key.fill(0);
  await setOperatorPassphrase(
    session,
    {
      name: session.actor.operatorName,
      newPassphrase: input.newPassphrase,
      ...(input.kdfCost ? { kdfCost: input.kdfCost } : {}),
    },
    'operator.passwd',
  );
}

/** Old passphrase → new passphrase, for the operator who knows the old one. */
export async function changePassphrase(
  dir: string,
  input: { operatorName?: string; oldPassphrase: string; newPassphrase: string; kdfCost?: KdfCost },
  runtime: Runtime = defaultRuntime,
): Promise<void> {
  const session = await unlockCaseFile(
    dir,
    {
      kind: 'passphrase',
      passphrase: input.oldPassphrase,
      ...(input.operatorName ? { operatorName: input.operatorName } : {}),
    },
    runtime,
  );
  try {
    await setOperatorPassphrase(
      session,
      {
        name: session.actor.operatorName,
        newPassphrase: input.newPassphrase,
        ...(input.kdfCost ? { kdfCost: input.kdfCost } : {}),
      },
      'operator.passwd',
    );
  } finally {
    session.lock();
  }
}

/**
 * Every passphrase lost: the recovery key opens the case file and sets a new passphrase for the
 * named operator, who is created if they are not an operator yet.
 */
export async function recoverWithKey(
  dir: string,
  input: { recoveryKey: string; operatorName: string; newPassphrase: string; kdfCost?: KdfCost },
  runtime: Runtime = defaultRuntime,
): Promise<void> {
  const session = await unlockCaseFile(
    dir,
    { kind: 'recovery', recoveryKey: input.recoveryKey },
    runtime,
  );
  try {
    const kdf = input.kdfCost ? { kdfCost: input.kdfCost } : {};
    if (findActiveOperator(session, input.operatorName)) {
      await setOperatorPassphrase(
        session,
        { name: input.operatorName, newPassphrase: input.newPassphrase, ...kdf },
        'operator.recover',
      );
    } else {
      await addOperator(session, {
        name: input.operatorName,
        passphrase: input.newPassphrase,
        ...kdf,
      });
    }
  } finally {
    session.lock();
  }
}

function readKeys(session: CaseFileSession) {
  return readKeyFile(session.layout);
}

function writeWithKeys(
  session: CaseFileSession,
  changeKeys: (current: KeyFile) => KeyFile,
  record: (tx: WriteTx) => void,
): void {
  const db = session.db;
  db.prepare('BEGIN IMMEDIATE').run();
  try {
    write(session, record);
    updateKeyFile(session.layout, changeKeys);
    db.prepare('COMMIT').run();
  } catch (e) {
    if (db.inTransaction) db.prepare('ROLLBACK').run();
    throw e;
  }
}
