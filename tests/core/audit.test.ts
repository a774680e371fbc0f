import { describe, expect, it } from 'vitest';
import {
  addOperator,
  bytesSource,
  CaseFileErrorCode,
  diffFields,
  ingestAttachment,
  isCaseFileError,
  removeOperator,
  setAttachmentLimit,
  unlockCaseFile,
  verifyAuditChain,
  verifyCaseFile,
  write,
  type CaseFileSession,
} from '../../src/main/core';
import { createHash } from 'node:crypto';
import { genesisHash } from '../../src/main/core/audit/audit-hash';
import {
  lockAfterTest,
  newCaseFile,
  OPERATOR,
  OTHER_PASSPHRASE,
  TEST_KDF,
  testRuntime,
  type TestCaseFile,
} from '../helpers/case-files';
import type { AuditLogTable } from '../../src/main/core/store/schema';

type AuditRow = AuditLogTable;

const caseFile = (): Promise<TestCaseFile> => newCaseFile();

function entries(session: CaseFileSession): AuditRow[] {
  return session.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
}

/** The documented entry hash, computed independently: hex SHA-256(prev_hash hex ‖ JSON array of the fields). */
function expectedHash(e: AuditRow): string {
  const fields = [
    e.seq,
    e.at,
    e.operator_id,
    e.operator_name,
    e.action,
    e.entity_type,
    e.entity_id,
    e.changes,
  ];
  return createHash('sha256')
    .update(e.prev_hash + JSON.stringify(fields), 'utf8')
    .digest('hex');
}

function metaValue(session: CaseFileSession, key: string): string | undefined {
  return session.db.prepare('SELECT value FROM case_file_meta WHERE key = ?').pluck().get(key) as
    string | undefined;
}

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('write()', () => {
  it('refuses a change without an audit entry and rolls it back', async () => {
    const { session } = await caseFile();
    const before = entries(session);
    const e = catchError(() =>
      write(session, (tx) => {
        tx.db
          .prepare('INSERT INTO case_file_meta (key, value) VALUES (?, ?)')
          .run('probe', 'unaudited');
        // The row is there inside the transaction…
        expect(metaValue(session, 'probe')).toBe('unaudited');
      }),
    );
    expect(isCaseFileError(e, CaseFileErrorCode.UnauditedWrite)).toBe(true);
    // …and gone after it.
    expect(metaValue(session, 'probe')).toBeUndefined();
    expect(entries(session)).toEqual(before);
    expect(session.db.inTransaction).toBe(false);
  });

  it('rolls back both the change and its entry when fn throws after auditing', async () => {
    const { session } = await caseFile();
    const before = entries(session);
    const head = metaValue(session, 'audit_head');
    const boom = new Error('boom');
    const e = catchError(() =>
      write(session, (tx) => {
        tx.db.prepare('INSERT INTO case_file_meta (key, value) VALUES (?, ?)').run('probe', 'x');
        tx.audit({
          action: 'test.probe',
          entityType: 'case_file',
          entityId: session.caseFileId,
          changes: diffFields(null, { probe: 'x' }),
        });
        expect(entries(session)).toHaveLength(before.length + 1);
        throw boom;
      }),
    );
    expect(e).toBe(boom);
    expect(metaValue(session, 'probe')).toBeUndefined();
    expect(entries(session)).toEqual(before);
    expect(metaValue(session, 'audit_head')).toBe(head);
    expect(verifyAuditChain(session.db, session.caseFileId)).toMatchObject({
      ok: true,
      entries: before.length,
    });
  });

  it('commits the change with its entry, returns fn’s value, and gives all rows one time', async () => {
    const { session } = await caseFile();
    const n = entries(session).length;
    const result = write(session, (tx) => {
      tx.db
        .prepare('INSERT INTO case_file_meta (key, value) VALUES (?, ?)')
        .run('probe', 'audited');
      tx.audit({
        action: 'test.one',
        entityType: 'case_file',
        entityId: session.caseFileId,
        changes: diffFields(null, { probe: 'audited' }),
      });
      tx.audit({ action: 'test.two', entityType: 'case_file', entityId: null, changes: {} });
      return 42;
    });
    expect(result).toBe(42);
    expect(metaValue(session, 'probe')).toBe('audited');
    const all = entries(session);
    expect(all).toHaveLength(n + 2);
    const [one, two] = all.slice(-2) as [AuditRow, AuditRow];
    expect(one.action).toBe('test.one');
    expect(two.action).toBe('test.two');
    expect(two.entity_id).toBeNull();
    expect(one.at).toBe(two.at);
  });
});

describe('audit entries', () => {
  it('record seq, clock time, actor, action, entity and field-level changes for every mutation', async () => {
    const { session } = await caseFile();
    const actorId = session.actor.operatorId;
    expect(actorId).toMatch(/^[0-9a-f-]{36}$/);

    // Creation wrote two entries in one transaction, at the clock's second reading.
    write(session, (tx) => {
      const row = { key: 'probe', value: 'one' };
      tx.db.prepare('INSERT INTO case_file_meta (key, value) VALUES (@key, @value)').run(row);
      tx.audit({
        action: 'meta.set',
        entityType: 'case_file_meta',
        entityId: 'probe',
        changes: diffFields(null, row),
      });
    });
    write(session, (tx) => {
      const before = { key: 'probe', value: 'one' };
      const after = { key: 'probe', value: 'two' };
      tx.db.prepare('UPDATE case_file_meta SET value = @value WHERE key = @key').run(after);
      tx.audit({
        action: 'meta.update',
        entityType: 'case_file_meta',
        entityId: 'probe',
        changes: diffFields(before, after),
      });
    });
    setAttachmentLimit(session, 5_000_000);
    const rec = await ingestAttachment(
      session,
      bytesSource('photo.bin', Buffer.from('not really a photo')),
    );
    const added = await addOperator(session, {
      name: 'Marko Jovanović',
      passphrase: OTHER_PASSPHRASE,
      kdfCost: TEST_KDF,
    });
    await removeOperator(session, 'Marko Jovanović');

    const all = entries(session);
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(all.map((e) => e.action)).toEqual([
      'casefile.create',
      'operator.add',
      'meta.set',
      'meta.update',
      'casefile.set-attachment-limit',
      'attachment.ingest',
      'operator.add',
      'operator.remove',
    ]);
    expect(all.map((e) => [e.entity_type, e.entity_id])).toEqual([
      ['case_file', session.caseFileId],
      ['operator', actorId],
      ['case_file_meta', 'probe'],
      ['case_file_meta', 'probe'],
      ['case_file', session.caseFileId],
      ['attachment', rec.id],
      ['operator', added.id],
      ['operator', added.id],
    ]);
    for (const e of all) {
      expect(e.operator_id).toBe(actorId);
      expect(e.operator_name).toBe(OPERATOR);
      expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    // fixedClock starts at 08:00:00 and advances one second per reading. Creation read it for
    // the key slot (08:00:00) and then once for its transaction (08:00:01); each later write
    // reads it once more (addOperator also reads it for its slot).
    expect(all.map((e) => e.at)).toEqual([
      '2026-03-01T08:00:01.000Z',
      '2026-03-01T08:00:01.000Z',
      '2026-03-01T08:00:02.000Z',
      '2026-03-01T08:00:03.000Z',
      '2026-03-01T08:00:04.000Z',
      '2026-03-01T08:00:05.000Z',
      '2026-03-01T08:00:07.000Z',
      '2026-03-01T08:00:08.000Z',
    ]);
    expect(rec.ingestedAt).toBe('2026-03-01T08:00:05.000Z');

    const changes = all.map((e) => JSON.parse(e.changes) as Record<string, unknown>);
    expect(changes[2]).toEqual({
      key: { before: null, after: 'probe' },
      value: { before: null, after: 'one' },
    });
    // Only the field that changed.
    expect(changes[3]).toEqual({ value: { before: 'one', after: 'two' } });
    expect(changes[4]).toEqual({
      attachment_max_bytes: { before: 200 * 1024 * 1024, after: 5_000_000 },
    });
    expect(changes[6]).toEqual({
      id: { before: null, after: added.id },
      name: { before: null, after: 'Marko Jovanović' },
      created_at: { before: null, after: added.createdAt },
    });
    expect(changes[7]).toEqual({ removed_at: { before: null, after: '2026-03-01T08:00:08.000Z' } });
    expect(changes[1]).toMatchObject({ name: { before: null, after: OPERATOR } });
    expect(Object.keys(changes[0] as object).sort()).toEqual([
      'case_file_id',
      'cipher',
      'created_at',
    ]);

    // The audit head recorded in the meta table follows the last entry.
    const last = all.at(-1) as AuditRow;
    expect(JSON.parse(metaValue(session, 'audit_head') as string)).toEqual({
      seq: 8,
      hash: last.hash,
    });
    expect(verifyAuditChain(session.db, session.caseFileId)).toEqual({
      ok: true,
      entries: 8,
      headHash: last.hash,
    });
    expect((await verifyCaseFile(session)).ok).toBe(true);
  });

  it('name the operator who acted, or the recovery key', async () => {
    const { session, dir, recoveryKey } = await caseFile();
    await addOperator(session, {
      name: 'Marko Jovanović',
      passphrase: OTHER_PASSPHRASE,
      kdfCost: TEST_KDF,
    });
    session.lock();

    const marko = await unlockCaseFile(
      dir,
      { kind: 'passphrase', operatorName: 'marko jovanović', passphrase: OTHER_PASSPHRASE },
      testRuntime(),
    );
    lockAfterTest(marko);
    setAttachmentLimit(marko, 1234567);
    const byMarko = entries(marko).at(-1) as AuditRow;
    expect(byMarko.operator_name).toBe('Marko Jovanović');
    expect(byMarko.operator_id).toBe(marko.actor.operatorId);
    expect(byMarko.operator_id).not.toBe(session.actor.operatorId);
    marko.lock();

    const recovery = await unlockCaseFile(dir, { kind: 'recovery', recoveryKey }, testRuntime());
    lockAfterTest(recovery);
    setAttachmentLimit(recovery, 7654321);
    const byRecovery = entries(recovery).at(-1) as AuditRow;
    expect(byRecovery.operator_id).toBeNull();
    expect(byRecovery.operator_name).toBe('recovery key');
    expect(verifyAuditChain(recovery.db, recovery.caseFileId)).toMatchObject({
      ok: true,
      entries: 5,
    });
  });
});

describe('hash chain', () => {
  it('links every entry to the one before, starting from the case file’s genesis hash', async () => {
    const { session } = await caseFile();
    for (let i = 0; i < 5; i++) setAttachmentLimit(session, 1000 + i);
    const all = entries(session);
    expect(all).toHaveLength(7);

    const genesis = genesisHash(session.caseFileId);
    expect(genesis).toMatch(/^[0-9a-f]{64}$/);
    expect((all[0] as AuditRow).prev_hash).toBe(genesis);
    // Another case file's genesis differs: chains cannot be spliced between case files.
    expect(genesisHash('some-other-case-file')).not.toBe(genesis);

    for (let i = 0; i < all.length; i++) {
      const e = all[i] as AuditRow;
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(e.prev_hash, `entry ${e.seq}`).toBe((all[i - 1] as AuditRow).hash);
      expect(expectedHash(e), `entry ${e.seq}`).toBe(e.hash);
    }
    expect(new Set(all.map((e) => e.hash)).size).toBe(all.length);

    const report = verifyAuditChain(session.db, session.caseFileId);
    expect(report).toEqual({
      ok: true,
      entries: 7,
      headHash: (all[6] as AuditRow).hash,
    });
    // Checked against another case file's identity, the same chain does not verify.
    expect(verifyAuditChain(session.db, 'some-other-case-file')).toMatchObject({
      ok: false,
      brokenAt: 1,
    });
  });

  it('is append-only: UPDATE and DELETE are refused by the database', async () => {
    const { session } = await caseFile();
    const before = entries(session);
    for (const statement of [
      "UPDATE audit_log SET operator_name = 'someone else' WHERE seq = 1",
      "UPDATE audit_log SET changes = '{}'",
      'DELETE FROM audit_log WHERE seq = 2',
      'DELETE FROM audit_log',
    ]) {
      expect(() => session.db.prepare(statement).run(), statement).toThrow(/append-only/);
    }
    expect(entries(session)).toEqual(before);
    expect(verifyAuditChain(session.db, session.caseFileId)).toMatchObject({
      ok: true,
      entries: 2,
    });
  });

  it('names the first entry that no longer fits when history is rewritten behind the triggers', async () => {
    const { session } = await caseFile();
    for (let i = 0; i < 4; i++) setAttachmentLimit(session, 2000 + i);
    session.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');

    session.db.prepare("UPDATE audit_log SET changes = '{}' WHERE seq = 4").run();
    const edited = verifyAuditChain(session.db, session.caseFileId);
    expect(edited).toMatchObject({ ok: false, brokenAt: 4, entries: 3 });
    expect(edited.ok === false && edited.reason).toMatch(/altered/);

    const report = await verifyCaseFile(session);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'audit-chain')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('audit entry 4'),
    });
  });

  it('notices entries cut off at the end', async () => {
    const { session } = await caseFile();
    for (let i = 0; i < 3; i++) setAttachmentLimit(session, 3000 + i);
    session.db.exec('DROP TRIGGER audit_log_no_delete');
    session.db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    const cut = verifyAuditChain(session.db, session.caseFileId);
    expect(cut).toMatchObject({ ok: false, entries: 4, brokenAt: 5 });
    expect(cut.ok === false && cut.reason).toMatch(/removed/);

    session.db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAuditChain(session.db, session.caseFileId)).toMatchObject({
      ok: false,
      brokenAt: 2,
    });
  });
});

describe('diffFields', () => {
  it('lists only the fields that changed, as {before, after}', () => {
    expect(diffFields({ a: 1, b: 'x', c: [1, 2] }, { a: 1, b: 'y', c: [1, 2] })).toEqual({
      b: { before: 'x', after: 'y' },
    });
    expect(diffFields({ a: 1 }, { a: 1 })).toEqual({});
    expect(diffFields({ n: { deep: 1 } }, { n: { deep: 2 } })).toEqual({
      n: { before: { deep: 1 }, after: { deep: 2 } },
    });
  });

  it('treats a new row as every field going from null, a deleted row as every field going to null', () => {
    expect(diffFields(null, { id: 'a', name: 'Ana' })).toEqual({
      id: { before: null, after: 'a' },
      name: { before: null, after: 'Ana' },
    });
    expect(diffFields({ id: 'a', name: 'Ana' }, null)).toEqual({
      id: { before: 'a', after: null },
      name: { before: 'Ana', after: null },
    });
  });

  it('covers fields added or removed, and equates undefined with null', () => {
    expect(diffFields({ a: 1 }, { b: 2 })).toEqual({
      a: { before: 1, after: null },
      b: { before: null, after: 2 },
    });
    expect(diffFields({ a: undefined }, { a: null })).toEqual({});
    expect(diffFields({ a: 0 }, { a: null })).toEqual({ a: { before: 0, after: null } });
    expect(diffFields({ a: '' }, { a: null })).toEqual({ a: { before: '', after: null } });
  });
});
