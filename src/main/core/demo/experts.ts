import type { DemoWriter } from './demo-writer';
import { demoExpertDirectory } from './expert-directory';
import { coinExperts } from './experts-coins';
import { iconExpert } from './experts-icon';
import { transitExperts } from './experts-transit';

/**
 * The unit's network of experts and what they were asked (issue #7): eight experts in seven
 * countries, the consultations of the coin-hoard and transit cases and the opinions that answered
 * them, each resting on a signed report drawn as a PDF like the demo's other papers.
 *
 * The stories they tell:
 * - the Apulian krater of the shipment (T-2) has **conflicting opinions**: a classical
 *   archaeologist in Bari finds it authentic, mid-4th century BC, by its style; a luminescence
 *   laboratory in Mannheim finds by thermoluminescence that it was fired within the last eighty
 *   years. Both stand side by side; the object's summary shows authenticity and dating disputed;
 * - a denarius of the hoard (M-1/2) has an **agreeing pair**: Belgrade and Zagreb numismatists
 *   both find it authentic, of the Rome mint, 103–111 AD, within a factor of two on value;
 * - the icon (I-1) is identified by the Ohrid art historian with the 1974 inventory photograph;
 * - the marble head (T-1) rests on one opinion, from the examination of 3–5 February 2026;
 * - the Albanian expert asked about the Illyrian helmet (T-3) has not answered: the request is
 *   **overdue** from 24 February 2026 (the demo clock reads early March);
 * - the request about the Gospel book (T-4) is still a draft.
 */
export interface DemoExpertCases {
  coins: string;
  icon: string;
  transit: string;
}

/**
 * The directory first, then each case's consultations, signed reports and opinions, in this order
 * (the demo is deterministic under a fixed clock and ids: the order is part of its content).
 */
export async function demoExperts(w: DemoWriter, cases: DemoExpertCases): Promise<void> {
  const { radic, lazic, stojanovska, dushku, vukovic, hadziselimovic, ferrante, hartmann } =
    demoExpertDirectory(w);
  await transitExperts(w, cases.transit, { lazic, dushku, hadziselimovic, ferrante, hartmann });
  await coinExperts(w, cases.coins, { radic, vukovic });
  await iconExpert(w, cases.icon, stojanovska);
}
