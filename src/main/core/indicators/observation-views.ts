import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import type {
  ObservationEvidence,
  ObservationRecord,
  ObservationView,
} from '../../../shared/domain/indicator';
import type { EvidenceRef } from '../../../shared/domain/finding';
import type { PartyRef } from '../../../shared/domain/seizure';
import { documentHeading } from '../documents/document-store';
import { accountLabel } from '../finance/support';
import type { DocumentRecord } from '../../../shared/domain/document';
import type { AccountRecord } from '../../../shared/domain/finance';
import { partyNamesOf } from '../provenance/chain';
import type { Sqlite } from '../store/sqlite';
import { currentVersion, indicatorById, versionById } from './catalogue';

/**
 * How observations read on screens: the indicator of their own catalogue version, whether that
 * version is still current, and each subject and piece of evidence labelled from the case's
 * records (exhibit number and title, party name, document heading, payment, case reference).
 */
export type RecordKind = ObservationEvidence['kind'] | 'case';

export const KIND_WORDS: Record<RecordKind, string> = {
  case: 'case',
  object: 'object',
  document: 'document',
  payment: 'payment',
  account: 'account',
  relationship: 'relationship',
  provenance_event: 'provenance event',
  claim: 'ownership claim',
  seizure: 'seizure',
  photo: 'photo',
  custody: 'custody entry',
  party: 'person or organisation',
};

interface DataRow {
  data: string;
}

function parsed<T>(db: Sqlite, sql: string, id: string): (T & Record<string, unknown>) | null {
  const row = db.prepare(sql).get(id) as DataRow | undefined;
  return row ? (JSON.parse(row.data) as T & Record<string, unknown>) : null;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Labels records of a case; one per observation list, caching what it reads. */
export function recordLabeller(db: Sqlite): {
  subject: (s: ObservationRecord['subject']) => string;
  evidence: (e: ObservationEvidence) => EvidenceRef;
} {
  const cache = new Map<string, string>();
  const name = (ref: PartyRef | undefined) => {
    if (!ref) return '';
    if (ref.partyId !== null) return partyNamesOf(db, [ref.partyId])[ref.partyId] ?? ref.name;
    return ref.name;
  };
  const objectOf = (id: string) => {
    const o = db.prepare('SELECT exhibit_number, title FROM seized_object WHERE id = ?').get(id) as
      { exhibit_number: string; title: string } | undefined;
    return o ? (o.title ? `${o.exhibit_number} ${o.title}` : o.exhibit_number) : null;
  };

  const read = (kind: RecordKind, id: string): string | null => {
    switch (kind) {
      case 'case': {
        const c = db.prepare('SELECT reference, title FROM case_record WHERE id = ?').get(id) as
          { reference: string; title: string } | undefined;
        return c ? c.reference : null;
      }
      case 'object':
        return objectOf(id);
      case 'party':
        return (
          (db.prepare('SELECT name FROM party WHERE id = ?').pluck().get(id) as string) ?? null
        );
      case 'document': {
        const d = parsed<DocumentRecord>(db, 'SELECT data FROM document WHERE id = ?', id);
        return d ? documentHeading(db, d) : null;
      }
      case 'payment': {
        const p = parsed<{
          date: string;
          amount: { amount: string; currency: string };
          payer: PartyRef;
          payerAccountId: string | null;
          beneficiary: PartyRef;
          beneficiaryAccountId: string | null;
        }>(db, 'SELECT data FROM payment WHERE id = ?', id);
        if (!p) return null;
        const side = (ref: PartyRef, accountId: string | null) =>
          name(ref) || (accountId === null ? '' : (read('account', accountId) ?? '')) || '?';
        return `${p.date}, ${p.amount.amount} ${p.amount.currency}, ${side(p.payer, p.payerAccountId)} → ${side(p.beneficiary, p.beneficiaryAccountId)}`;
      }
      case 'account': {
        const a = db.prepare('SELECT data, id FROM account WHERE id = ?').get(id) as
          DataRow | undefined;
        return a ? accountLabel(JSON.parse(a.data) as AccountRecord) : null;
      }
      case 'relationship': {
        const r = parsed<{ type: string; subject: PartyRef; object: PartyRef }>(
          db,
          'SELECT data FROM relationship WHERE id = ?',
          id,
        );
        if (!r) return null;
        const other = name(r.object);
        return `${name(r.subject) || '?'}: ${r.type.replace(/_/g, ' ')}${other ? ` → ${other}` : ''}`;
      }
      case 'provenance_event': {
        const row = db
          .prepare('SELECT object_id, position, data FROM provenance_event WHERE id = ?')
          .get(id) as { object_id: string; position: number; data: string } | undefined;
        if (!row) return null;
        const e = JSON.parse(row.data) as { type: string; date?: string; span?: { text: string } };
        const date = e.date?.trim() || e.span?.text.trim() || 'date unknown';
        return `${objectOf(row.object_id) ?? '?'} · ${row.position}. ${capital(e.type.replace(/_/g, ' '))}, ${date}`;
      }
      case 'claim': {
        const row = db
          .prepare('SELECT object_id, data FROM ownership_claim WHERE id = ?')
          .get(id) as { object_id: string; data: string } | undefined;
        if (!row) return null;
        const c = JSON.parse(row.data) as { claimant: PartyRef; status: string };
        return `${objectOf(row.object_id) ?? '?'} · claim by ${name(c.claimant) || '?'} (${c.status.replace(/_/g, ' ')})`;
      }
      case 'seizure': {
        const ref = db.prepare('SELECT reference FROM seizure WHERE id = ?').pluck().get(id) as
          string | undefined;
        return ref === undefined ? null : `Seizure ${ref}`;
      }
      case 'photo': {
        const p = db
          .prepare('SELECT object_id, position, caption FROM object_photo WHERE id = ?')
          .get(id) as { object_id: string; position: number; caption: string } | undefined;
        if (!p) return null;
        return `${objectOf(p.object_id) ?? '?'} · photo ${p.position}${p.caption ? `: ${p.caption}` : ''}`;
      }
      case 'custody': {
        const c = db
          .prepare('SELECT object_id, seq, action, at FROM custody_entry WHERE id = ?')
          .get(id) as { object_id: string; seq: number; action: string; at: string } | undefined;
        if (!c) return null;
        return `${objectOf(c.object_id) ?? '?'} · custody ${c.seq}. ${c.action.replace(/_/g, ' ')}, ${c.at.slice(0, 10)}`;
      }
    }
  };
  const label = (kind: RecordKind, id: string): string => {
    const key = `${kind}/${id}`;
    let found = cache.get(key);
    if (found === undefined) {
      found = read(kind, id) ?? `${KIND_WORDS[kind]} (no longer in the case)`;
      cache.set(key, found);
    }
    return found;
  };
  const photoObject = (id: string) =>
    (db.prepare('SELECT object_id FROM object_photo WHERE id = ?').pluck().get(id) as
      string | undefined) ?? id;
  return {
    subject: (s) => label(s.kind, s.id),
    // A finding's evidence has no photo kind: a photo reads as its object (the link opens it).
    evidence: (e) =>
      e.kind === 'photo'
        ? { kind: 'object', id: photoObject(e.id), label: label('photo', e.id) }
        : { kind: e.kind, id: e.id, label: label(e.kind, e.id) },
  };
}

// ————— Views —————

/** Observations as the screens show them: their indicator (of their version) and labels. */
export function observationViews(
  db: Sqlite,
  records: readonly ObservationRecord[],
): ObservationView[] {
  const labels = recordLabeller(db);
  const now = currentVersion(db);
  const versions = new Map<string, { number: number }>();
  return records.map((o) => {
    const indicator = indicatorById(db, o.indicatorId);
    if (!indicator) {
      throw new CaseFileError(
        CaseFileErrorCode.NotFound,
        `The observation ${o.id} names an indicator that is not in the catalogue.`,
        { entity: 'indicator', id: o.indicatorId },
      );
    }
    let version = versions.get(indicator.versionId);
    if (!version) {
      version = { number: versionById(db, indicator.versionId)?.number ?? 0 };
      versions.set(indicator.versionId, version);
    }
    return {
      ...o,
      indicator,
      versionNumber: version.number,
      versionCurrent: indicator.versionId === now.id,
      subjectLabel: labels.subject(o.subject),
      evidenceLabels: o.evidence.map(labels.evidence),
    };
  });
}

export function observationView(db: Sqlite, record: ObservationRecord): ObservationView {
  return observationViews(db, [record])[0] as ObservationView;
}
