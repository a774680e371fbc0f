import type { Indicator } from '../../../shared/domain/indicator';
import { currentIndicatorByCode } from '../indicators/catalogue';
import { listSuggestions } from '../indicators/suggestions';
import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

const LEAD = 'Marko Đorđević';

/**
 * Trafficking indicators on the transit shipment (ITCG-2026-0007), as the unit would have
 * recorded them: the marble head's fresh excavation traces confirmed by the expert's report, the
 * route through a free zone and two transit countries suspected, an inventory mark on the Gospel
 * book dismissed once explained, and the Cypriot consignee suspected of being a shell company ten
 * days ago and confirmed since (so the risk overview has a week to compare with). The helmet is
 * matched to the Southeast Europe Red List, which the A1 rule then suggests: that suggestion is
 * accepted, and one other is dismissed with its reason, the rest left for the reader to decide.
 */
export function transitIndicators(w: DemoWriter, p: DemoParties, caseId: string): void {
  const db = w.session.db;
  const code = (c: string) => (currentIndicatorByCode(db, c) as Indicator).id;
  const head = w.objectId(caseId, 'T-1');
  const helmet = w.objectId(caseId, 'T-3');
  const gospel = w.objectId(caseId, 'T-4');
  const documentNumbered = (n: string) =>
    db
      .prepare("SELECT id FROM document WHERE case_id = ? AND json_extract(data, '$.number') = ?")
      .pluck()
      .get(caseId, n) as string;
  const certificate = documentNumbered('DGA/EXP/2025/4471');
  const invoice = documentNumbered('CFZ-2025-118');
  const headReport = db
    .prepare(
      "SELECT json_extract(data, '$.reportDocumentId') FROM opinion WHERE object_id = ? ORDER BY id LIMIT 1",
    )
    .pluck()
    .get(head) as string | null;

  // Ten days ago: the company register of Cyprus showed no staff and a nominee director.
  const shell = w.daysEarlier(10, () =>
    w.observation(caseId, {
      indicatorId: code('C3'),
      subject: { kind: 'party', id: p.kyrenia.id },
      observedBy: LEAD,
      observedOn: '2026-01-23',
      evidence: [{ kind: 'document', id: invoice }],
      note: 'Registered in Limassol in 2024; no staff; the director is a nominee of a corporate-services firm.',
    }),
  );
  w.observationStatus(shell, 'confirmed');

  w.observation(caseId, {
    indicatorId: code('A2'),
    subject: { kind: 'object', id: head },
    observedBy: 'Dr Bojana Lazić',
    observedOn: '2026-02-05',
    evidence: [
      ...(headReport ? [{ kind: 'document' as const, id: headReport }] : []),
      { kind: 'document', id: certificate },
    ],
    note: 'Soil in the hair curls and root marks on the neck; the break at the neck is fresh.',
    status: 'confirmed',
  });

  w.observation(caseId, {
    indicatorId: code('E1'),
    subject: { kind: 'case', id: caseId },
    observedBy: 'Ivan Đukić',
    observedOn: '2026-01-21',
    evidence: [{ kind: 'document', id: certificate }],
    note: 'Beirut free zone → Istanbul → Sofia → Batrovci, for a consignee in Cyprus and a buyer in Zagreb.',
  });

  const mark = w.observation(caseId, {
    indicatorId: code('A4'),
    subject: { kind: 'object', id: gospel },
    observedBy: LEAD,
    observedOn: '2026-01-22',
    note: 'A violet stamp on the first leaf, partly scraped.',
  });
  w.observationStatus(
    mark,
    'dismissed',
    'The stamp is a Belgrade bookseller’s mark of the 1930s, not a church inventory mark (Eparchy of Šabac, letter of 2026-01-29); no hit in INTERPOL’s database.',
  );

  w.redListMatch({
    objectId: helmet,
    category: 'see-2021.antiquity',
    assessedBy: LEAD,
    assessedOn: '2026-01-22',
    confidence: 'medium',
    note: 'Illyrian-type bronze helmet. A Red List names kinds of objects at risk, not stolen objects.',
  });

  const pending = listSuggestions(w.session, { caseId }).filter((s) => s.state === 'pending');
  const redList = pending.find((s) => s.indicatorCode === 'A1' && s.finding.objectId === helmet);
  if (redList) {
    w.acceptSuggestion(
      caseId,
      redList.key,
      'Accepted from the Red List match; the expert’s opinion on the helmet is still awaited.',
    );
  }
  // The driver's fee in cash: usual in road haulage, and small.
  const fee = db
    .prepare(
      "SELECT id FROM payment WHERE case_id = ? AND json_extract(data, '$.purpose') LIKE 'Driver%'",
    )
    .pluck()
    .get(caseId) as string | undefined;
  const cashFee = pending.find(
    (s) =>
      s.indicatorCode === 'C1' &&
      s.finding.evidence.some((e) => e.kind === 'payment' && e.id === fee),
  );
  if (cashFee) {
    w.dismissSuggestion(
      caseId,
      cashFee.key,
      'A driver’s fee of ALL 150,000 (about EUR 1,400) paid in cash is usual in regional road haulage and far below any reporting threshold; the three cash deposits in Tiranë stay under the structuring suggestion.',
    );
  }
}
