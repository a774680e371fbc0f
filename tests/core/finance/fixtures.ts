import type { CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import { recordDocument } from '../../../src/main/core/documents';
import { addAccount } from '../../../src/main/core/finance';
import { createParty } from '../../../src/main/core/parties/parties';

export const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

export const IBAN = {
  gallery: 'RS35260005601001611379',
  collector: 'AT611904300234573201',
  shell: 'CY17002001280000001200527600',
  other: 'DE89370400440532013000',
};

export function auditOf(session: CaseFileSession, entityId: string) {
  return (
    session.db
      .prepare('SELECT action, changes FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(entityId) as Array<{ action: string; changes: string }>
  ).map((r) => ({ action: r.action, changes: JSON.parse(r.changes) as Record<string, unknown> }));
}

export function citations(session: CaseFileSession, entityId: string) {
  return session.db
    .prepare(
      'SELECT document_id, kind, page FROM document_citation WHERE entity_id = ? ORDER BY document_id, page',
    )
    .all(entityId);
}

/**
 * A gallery in Belgrade selling to a collector in Vienna through a Cypriot company: three parties,
 * a bank statement as evidence, the three accounts (one typed with spaces and lower case).
 */
export function moneyCase(session: CaseFileSession, reference = 'ITCG-2026-0601') {
  const c = createCase(session, { reference, title: 'Money chain', openedOn: '2026-02-01' });
  const gallery = createParty(session, {
    kind: 'organisation',
    name: 'Galerija Antika d.o.o.',
    organisationType: 'dealer',
  });
  const collector = createParty(session, {
    kind: 'person',
    givenNames: 'Hans',
    familyName: 'Müller',
  });
  const shell = createParty(session, {
    kind: 'organisation',
    name: 'Aphrodite Holdings Ltd',
    organisationType: 'company',
  });
  const bank = createParty(session, {
    kind: 'organisation',
    name: 'Banka Intesa',
    organisationType: 'bank',
  });
  const statement = recordDocument(session, c.id, { type: 'bank-record', number: 'IZV-2024-03' });
  const galleryAccount = addAccount(session, {
    caseId: c.id,
    fields: {
      iban: 'rs35 2600 0560 1001 6113 79',
      holder: { partyId: gallery.id, name: '' },
      institution: { partyId: bank.id, name: '' },
      currency: 'RSD',
      sources: [{ documentId: statement.id, page: '1' }],
    },
  });
  const collectorAccount = addAccount(session, {
    caseId: c.id,
    fields: { iban: IBAN.collector, holder: { partyId: collector.id, name: '' }, currency: 'EUR' },
  });
  const shellAccount = addAccount(session, {
    caseId: c.id,
    fields: { iban: IBAN.shell, bic: 'bcyp cy 2n', holder: { partyId: shell.id, name: '' } },
  });
  return {
    caseId: c.id,
    gallery,
    collector,
    shell,
    bank,
    statement,
    galleryAccount,
    collectorAccount,
    shellAccount,
  };
}
