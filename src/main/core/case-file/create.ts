import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { encodeRecoveryKey, RECOVERY_KEY_BYTES } from '../../../shared/case-file/recovery-key';
import { OperatorNameSchema } from '../../../shared/case-file/inputs';
import { diffFields } from '../audit/audit-log';
import { write } from '../audit/write';
import { migrate } from '../store/migrate';
import { openEncrypted } from '../store/sqlite';
import { defaultRuntime, type Runtime } from '../support/clock';
import { fsyncDir } from '../support/durable-fs';
import { parseInput } from '../support/validate';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { createKeyFile } from './key-file';
import { DEFAULT_CIPHER, KEY_FILE_FORMAT, KEY_FILE_VERSION, type KeyFile } from './key-file.schema';
import { DATA_KEY_BYTES, makePassphraseSlot, makeRecoverySlot, type KdfCost } from './key-slots';
import { caseFileLayout } from './layout';
import { requireStrongPassphrase } from './passphrase-policy';
import { insertOperatorRecord } from './operator-records';
import { CaseFileSession } from './session';

export interface CreateCaseFileInput {
  operatorName: string;
  passphrase: string;
  runtime?: Runtime;
  /** Lower only in tests; the default is recorded in every slot. */
  kdfCost?: KdfCost;
}

export interface CreatedCaseFile {
  session: CaseFileSession;
  /** Shown once; Custodia keeps no copy it could show again. */
  recoveryKey: string;
}

/**
 * Creates a case file at `dir` (which must not exist). It is built in a hidden sibling folder and
 * renamed into place at the end, so a crash leaves either nothing or a complete case file.
 */
export async function createCaseFile(
  dir: string,
  input: CreateCaseFileInput,
): Promise<CreatedCaseFile> {
  const runtime = input.runtime ?? defaultRuntime;
  const operatorName = parseInput(OperatorNameSchema, input.operatorName, 'operator name');
  requireStrongPassphrase(input.passphrase, [operatorName]);

  const target = caseFileLayout(dir);
  if (fs.existsSync(target.dir)) {
    throw new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `${target.dir} already exists; Custodia never overwrites a file. Choose a new path.`,
    );
  }
  const parent = path.dirname(target.dir);
  if (!fs.existsSync(parent)) {
    throw new CaseFileError(CaseFileErrorCode.InvalidInput, `The folder ${parent} does not exist.`);
  }
  const staging = caseFileLayout(
    path.join(parent, `.${path.basename(target.dir)}.creating-${randomBytes(4).toString('hex')}`),
  );
  fs.mkdirSync(staging.dir, { mode: 0o700 });

  const dataKey = randomBytes(DATA_KEY_BYTES);
  const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES);
  const caseFileId = runtime.ids.next();
  const operatorId = runtime.ids.next();
  const createdAt = runtime.clock.now();
  try {
    const keyFile: KeyFile = {
      format: KEY_FILE_FORMAT,
      formatVersion: KEY_FILE_VERSION,
      caseFileId,
      createdAt: createdAt.toISOString(),
      cipher: DEFAULT_CIPHER,
      nameSalt: randomBytes(16).toString('base64'),
      slots: [],
    };
    const passphraseSlot = await makePassphraseSlot({
      keyFile,
      dataKey,
      passphrase: input.passphrase,
      operatorId,
      operatorName,
      slotId: runtime.ids.next(),
      createdAt,
      ...(input.kdfCost ? { cost: input.kdfCost } : {}),
    });
    const recoverySlot = makeRecoverySlot({
      caseFileId,
      dataKey,
      recoveryBytes,
      slotId: runtime.ids.next(),
      createdAt,
    });
    createKeyFile(staging, { ...keyFile, slots: [passphraseSlot, recoverySlot] });

    const db = openEncrypted(staging.db, dataKey, DEFAULT_CIPHER, { create: true });
    const bootstrap = new CaseFileSession(
      staging,
      caseFileId,
      DEFAULT_CIPHER,
      db,
      Buffer.from(dataKey),
      { operatorId, operatorName },
      runtime,
    );
    await migrate(bootstrap.qb);
    write(bootstrap, (tx) => {
      const meta = {
        case_file_id: caseFileId,
        created_at: createdAt.toISOString(),
        cipher: `${DEFAULT_CIPHER.name}/${DEFAULT_CIPHER.algorithm}`,
      };
      const insertMeta = tx.db.prepare('INSERT INTO case_file_meta (key, value) VALUES (?, ?)');
      for (const [k, v] of Object.entries(meta)) insertMeta.run(k, v);
      tx.audit({
        action: 'casefile.create',
        entityType: 'case_file',
        entityId: caseFileId,
        changes: diffFields(null, meta),
      });
      insertOperatorRecord(tx, operatorId, operatorName);
    });
    bootstrap.lock();

    fs.renameSync(staging.dir, target.dir);
    fsyncDir(parent);
  } catch (e) {
    fs.rmSync(staging.dir, { recursive: true, force: true });
    dataKey.fill(0);
    throw e;
  }

  const db = openEncrypted(target.db, dataKey, DEFAULT_CIPHER);
  const session = new CaseFileSession(
    target,
    caseFileId,
    DEFAULT_CIPHER,
    db,
    dataKey,
    { operatorId, operatorName },
    runtime,
  );
  const recoveryKey = encodeRecoveryKey(recoveryBytes);
  recoveryBytes.fill(0);
  return { session, recoveryKey };
}
