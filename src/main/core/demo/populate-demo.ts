import type { CaseStatus } from '../../../shared/domain/case';
import type { CaseFileSession } from '../case-file/session';
import { getCase, setCaseReferencePattern } from '../cases/cases';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { coinHoardCase } from './case-coin-hoard';
import { iconCase } from './case-icon';
import { paintingCase } from './case-painting';
import { transitCase } from './case-transit';
import { createDemoParties } from './demo-parties';
import { DemoWriter, type DemoTally } from './demo-writer';
import { demoExperts } from './experts';
import { transitIndicators } from './indicators';
import { transitMoney } from './money-transit';
import { coinProvenance } from './provenance-coins';
import { iconProvenance } from './provenance-icon';
import { paintingProvenance } from './provenance-painting';
import { transitProvenance } from './provenance-transit';
import { transitRequests } from './requests';

export interface DemoOptions {
  /** Generate and attach object photos (the slow part); true unless told otherwise. */
  photos?: boolean;
}

export interface DemoSummary {
  cases: Array<{ id: string; reference: string; title: string; status: CaseStatus }>;
  /** What the demo wrote, service call by service call. */
  counts: DemoTally;
}

export const DEMO_REFERENCE_PATTERN = 'ITCG-{YYYY}-{NNNN}';

/**
 * Fills an empty case file with four realistic cases drawn from the typologies of the domain
 * reference (§8.3), through the same services, validation and audit as the app: a looted coin
 * hoard sold online, a stolen icon with a forged export licence, a transit shipment paid through a
 * shell company and a painting returned to its owner, each with its documents and the objects'
 * provenance chains and claims, and the experts consulted about the objects. Deterministic under a fixed clock and IDs;
 * photos are drawn here (demoPhoto), never downloaded.
 */
export async function populateDemo(
  session: CaseFileSession,
  options: DemoOptions = {},
): Promise<DemoSummary> {
  const existing = session.db.prepare('SELECT count(*) FROM case_record').pluck().get() as number;
  if (existing > 0) {
    throw new CaseFileError(
      CaseFileErrorCode.NotAllowed,
      `The demo fills an empty case file; this one already holds ${existing} case(s). Nothing was added.`,
      { cases: existing },
    );
  }
  const w = new DemoWriter(session, options.photos ?? true);
  setCaseReferencePattern(session, DEMO_REFERENCE_PATTERN);
  const p = createDemoParties(w);

  const painting = paintingCase(w, p);
  const coins = coinHoardCase(w, p);
  const icon = iconCase(w, p);
  const transit = transitCase(w, p);
  // Provenance: documents (drawn as PDFs and read like any other), chains and claims that set
  // off every provenance rule at least once, as real cases would.
  await paintingProvenance(w, p, painting.id);
  await coinProvenance(w, p, coins.id);
  await iconProvenance(w, p, icon.id);
  await transitProvenance(w, p, transit.id);
  // Money: the shipment's payments and the companies behind it, which set off the financial
  // rules (structuring, pass-through, a circular flow, the owner behind the shells, a sale whose
  // seller and buyer are linked).
  transitMoney(w, p, transit.id);
  // Experts: the unit's network in seven countries, the requests sent to them (one answered,
  // one overdue, one still a draft…) and their opinions, two of them contradicting each other.
  await demoExperts(w, { coins: coins.id, icon: icon.id, transit: transit.id });
  // Indicators: what the unit observed on the shipment (one confirmed since last week), the
  // helmet's Red List match, one suggestion accepted and one dismissed, the rest still pending.
  transitIndicators(w, p, transit.id);
  // International requests: an MLA request to Cyprus (sent, acknowledged) and a draft return request.
  transitRequests(w, p, transit.id);

  w.link(
    coins.id,
    transit.id,
    'same_suspects',
    'Arben Krasniqi: courier of the coin parcels, driver of the lorry',
  );
  w.link(
    transit.id,
    painting.id,
    'same_suspects',
    'Stjepan Kovačević (Kovačević d.o.o.): sold the painting, bought the shipment',
  );
  w.link(
    icon.id,
    transit.id,
    'related',
    'The Munich buyer of the icon asked the driver for “a helmet”',
  );

  // The Latin-script duplicate from the Zvornik report is the same man: merge it into the
  // Cyrillic record, which then also answers to the Latin name in searches.
  w.merge(p.draganCyr, p.draganLat);
  w.journal(
    coins.id,
    '2025-09-24T10:00+02:00',
    [
      'Merged the duplicate party **Dragan Jovanović** (PU Zvornik report, Latin script) into',
      '**Драган Јовановић**: born the same month, same phone number.',
    ].join('\n'),
  );
  await w.takePhotos();

  return {
    cases: [painting, coins, icon, transit].map((c) => {
      const now = getCase(session, c.id);
      return { id: now.id, reference: now.reference, title: now.title, status: now.status };
    }),
    counts: { ...w.tally },
  };
}
