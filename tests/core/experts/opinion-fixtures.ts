import { bytesSource, type CaseFileSession } from '../../../src/main/core';
import { write } from '../../../src/main/core/audit/write';
import { createCase } from '../../../src/main/core/cases/cases';
import { addDocument } from '../../../src/main/core/documents';
import { CONSULTATION_SPEC, EXPERT_SPEC } from '../../../src/main/core/experts/specs';
import { createObject } from '../../../src/main/core/objects';
import { insertRecord, newMeta } from '../../../src/main/core/records/record-store';
import {
  ConsultationRecord,
  ExpertFields,
  type ConsultationFieldsInput,
  type ExpertFieldsInput,
} from '../../../src/shared/domain/expert';

/**
 * Experts and consultations written straight with their record specs (as the directory and
 * consultation services store them), so the opinion tests do not depend on those services;
 * `consultation_object` is derived from the record as the consultation service does.
 */
export function storeExpert(session: CaseFileSession, input: ExpertFieldsInput) {
  return write(session, (tx) =>
    insertRecord(tx, EXPERT_SPEC, { ...ExpertFields.parse(input), ...newMeta(tx) }),
  );
}

export function storeConsultation(
  session: CaseFileSession,
  caseId: string,
  input: ConsultationFieldsInput,
) {
  return write(session, (tx) => {
    const record = ConsultationRecord.parse({ ...input, caseId, letters: [], ...newMeta(tx) });
    insertRecord(tx, CONSULTATION_SPEC, record);
    const link = tx.db.prepare(
      'INSERT INTO consultation_object (consultation_id, object_id) VALUES (?, ?)',
    );
    for (const objectId of record.objectIds) link.run(record.id, objectId);
    return record;
  });
}

/**
 * A case with two objects (a helmet and a coin), two experts in different countries, a signed
 * report of the case, and a consultation asking the numismatist about the coin only.
 */
export async function opinionCase(session: CaseFileSession, reference = 'ITCG-2026-0701') {
  const c = createCase(session, { reference, title: 'Illyrian helmet', openedOn: '2026-01-10' });
  const helmet = createObject(session, c.id, {
    exhibitNumber: 'E-1',
    typeL1: 'archaeological',
    title: 'Illyrian helmet',
  });
  const coin = createObject(session, c.id, { exhibitNumber: 'E-2', typeL1: 'archaeological' });
  const archaeologist = storeExpert(session, {
    name: 'Ana Kovačević',
    title: 'Dr',
    institution: 'Narodni muzej Beograd',
    country: 'RS',
    languages: ['sr', 'en'],
    fields: ['classical-archaeology'],
  });
  const numismatist = storeExpert(session, {
    name: 'Arben Hoxha',
    title: 'Prof.',
    institution: 'Instituti i Arkeologjisë',
    country: 'AL',
    languages: ['sq'],
    fields: ['numismatics', 'valuation'],
  });
  const report = await addDocument(
    session,
    c.id,
    bytesSource('ekspertiza-kaciga.txt', Buffer.from('Stručni nalaz i mišljenje — kaciga E-1\n')),
    { type: 'expert-report', title: 'Expert report on E-1' },
  );
  const consultation = storeConsultation(session, c.id, {
    expertId: numismatist.id,
    objectIds: [coin.id],
    questions: [{ kind: 'authenticity' }, { kind: 'value' }],
  });
  return { caseId: c.id, helmet, coin, archaeologist, numismatist, report, consultation };
}
