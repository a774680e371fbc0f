import type { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  CustodyFields,
  type CustodyEntry,
  type CustodyFieldsInput,
} from '../../../shared/domain/object';
import type {
  CustodyCurrent,
  CustodyEntryView,
  CustodyView,
} from '../../../shared/domain/object-views';
import { diffFields } from '../audit/audit-log';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { getRecord, requireRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { objectSpec, SEIZURE_SPEC } from './object-specs';
import { compareDateTimes, invalid } from './references';

/**
 * The chain of custody (REFERENCE §6.2): who held an object, where, under which seal, from its
 * collection to its final disposition. Entries are only ever appended (the table's triggers refuse
 * UPDATE and DELETE); a mistake is put right by a later entry that corrects it. The corrected
 * entry stays in the log but no longer counts for where the object is now.
 */
const WHAT = 'custody entry';

type Fields = z.output<typeof CustodyFields>;

function checkEntry(db: Sqlite, objectId: string, seizedAt: string | null, f: Fields) {
  if ((f.action === 'transfer' || f.action === 'check_out') && f.to === '') {
    throw invalid(
      'to',
      `a ${f.action.replace('_', '-')} needs the person or place it goes to`,
      WHAT,
    );
  }
  if (f.action === 'store' && f.location === '') {
    throw invalid('location', 'storing needs the storage location', WHAT);
  }
  if (f.sealCheck === 'broken' && f.newSealNumber === '' && f.note.trim() === '') {
    throw invalid('newSealNumber', 'a broken seal needs the new seal number or a note', WHAT);
  }
  if (f.correctsEntryId !== null) {
    const target = db
      .prepare('SELECT object_id FROM custody_entry WHERE id = ?')
      .pluck()
      .get(f.correctsEntryId) as string | undefined;
    if (target !== objectId) {
      throw invalid('correctsEntryId', 'there is no such entry in this object’s custody log', WHAT);
    }
    // One correction per entry, so exactly one version of it counts: a wrong correction is
    // itself corrected.
    const later = db
      .prepare('SELECT seq FROM custody_entry WHERE object_id = ? AND corrects_id = ?')
      .pluck()
      .get(objectId, f.correctsEntryId) as number | undefined;
    if (later !== undefined) {
      throw invalid(
        'correctsEntryId',
        `this entry was already corrected by entry ${later}; correct that one`,
        WHAT,
      );
    }
  } else if (seizedAt !== null && compareDateTimes(f.at, seizedAt) < 0) {
    // A correction may put an entry back in time; a new event cannot precede the seizure.
    throw invalid('at', `${f.at} is before the object was seized (${seizedAt})`, WHAT);
  }
}

/** Appends an entry to an object's custody log (seq = the next number), audited. */
export function addCustodyEntry(
  session: CaseFileSession,
  objectId: string,
  input: CustodyFieldsInput,
): CustodyEntry {
  const id = parseInput(Id, objectId, 'object id');
  const fields = parseInput(CustodyFields, input, WHAT);
  return write(session, (tx) => {
    const object = requireRecord(tx.db, objectSpec(tx.db), id);
    const seizure = object.seizureId ? getRecord(tx.db, SEIZURE_SPEC, object.seizureId) : null;
    checkEntry(tx.db, id, seizure?.seizedAt ?? null, fields);
    const seq =
      ((tx.db.prepare('SELECT max(seq) FROM custody_entry WHERE object_id = ?').pluck().get(id) as
        number | null) ?? 0) + 1;
    const entry: CustodyEntry = {
      ...fields,
      id: tx.newId(),
      objectId: id,
      seq,
      recordedAt: tx.now.toISOString(),
      recordedBy: session.actor.operatorName,
    };
    tx.db
      .prepare(
        `INSERT INTO custody_entry (id, object_id, seq, action, at, corrects_id, data, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        entry.id,
        id,
        seq,
        entry.action,
        entry.at,
        entry.correctsEntryId,
        JSON.stringify(fields),
        entry.recordedAt,
        entry.recordedBy,
      );
    tx.audit({
      action: fields.correctsEntryId ? 'custody.correct' : 'custody.add',
      entityType: 'custody_entry',
      entityId: entry.id,
      changes: diffFields(null, { objectId: id, seq, ...fields }),
    });
    return entry;
  });
}

interface Row {
  id: string;
  object_id: string;
  seq: number;
  data: string;
  recorded_at: string;
  recorded_by: string;
}

/** Where the object is now, from its entries in time order (ties: in the order recorded). */
export function deriveCurrent(entries: readonly CustodyEntryView[]): CustodyCurrent | null {
  const effective = entries
    .filter((e) => e.correctedBy === null)
    .sort((a, b) => compareDateTimes(a.at, b.at) || a.seq - b.seq);
  let current: CustodyCurrent | null = null;
  for (const e of effective) {
    const before: Pick<CustodyCurrent, 'location' | 'custodian' | 'sealNumber'> = current ?? {
      location: '',
      custodian: '',
      sealNumber: '',
    };
    let { location, custodian } = before;
    if (e.action === 'check_out' || e.action === 'transfer' || e.action === 'dispose') {
      // It has left where it was: only what this entry says is known.
      location = e.location;
      custodian = e.to;
    } else if (e.action === 'store') {
      location = e.location;
      custodian = e.to || e.location;
    } else {
      location = e.location || location;
      custodian = e.to || custodian;
    }
    current = {
      location,
      custodian,
      sealNumber: e.newSealNumber || before.sealNumber,
      lastAction: e.action,
      at: e.at,
    };
  }
  return current;
}

export function custodyOfObject(db: Sqlite, objectId: string): CustodyView {
  const rows = db
    .prepare(
      'SELECT id, object_id, seq, data, recorded_at, recorded_by FROM custody_entry WHERE object_id = ? ORDER BY seq',
    )
    .all(objectId) as Row[];
  const entries: CustodyEntry[] = rows.map((r) => ({
    ...(JSON.parse(r.data) as Fields),
    id: r.id,
    objectId: r.object_id,
    seq: r.seq,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  }));
  const correctedBy = new Map<string, string>();
  // In seq order, so the latest correction of an entry is the one named.
  for (const e of entries) if (e.correctsEntryId) correctedBy.set(e.correctsEntryId, e.id);
  const views = entries.map((e) => ({ ...e, correctedBy: correctedBy.get(e.id) ?? null }));
  return { entries: views, current: deriveCurrent(views) };
}

export function custodyOf(session: CaseFileSession, objectId: string): CustodyView {
  const id = parseInput(Id, objectId, 'object id');
  requireRecord(session.db, objectSpec(session.db), id);
  return custodyOfObject(session.db, id);
}
