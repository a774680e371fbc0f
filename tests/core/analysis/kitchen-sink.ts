import type { RuleContext } from '../../../src/main/core/analysis/context';
import { financeKitchenSink } from './finance/kitchen-sink';
import { chain, claim, context, document, object, party, uid } from './fixtures';
import { caseParty, check, redListMatch, SHIPPED_CONFLICT } from './indicator-fixtures';

/**
 * One case in memory in which every rule fires at least once (several in more than one
 * variant): for the registry and wording tests. The money part: ./finance/kitchen-sink.ts.
 */
export function kitchenSink(): RuleContext {
  // A chain with a gap certainly across 1970 and 1972.
  const helmet = object({ exhibitNumber: 'E-1', title: 'Bronze helmet' });
  const helmetEvents = chain(helmet, [
    { type: 'sale', date: '1960', fromParty: party('A'), toParty: party('B') },
    { type: 'sale', date: '1990', fromParty: party('C'), toParty: party('D') },
  ]);

  // An archaeological object surfacing after 1970 through a transit country, resold fast,
  // imported into the EU with no licence, on a forged licence and the holder's word.
  const stele = object({
    exhibitNumber: 'E-2',
    unesco1970: ['c'],
    dating: { earliest: -500, latest: -300 },
    countryOfOrigin: 'IQ',
  });
  const licence = document({
    type: 'export-licence',
    number: '17/2019',
    issuerCountry: 'AE',
    objectIds: [stele.id],
    assessment: { status: 'forged', reason: 'the stamp is of a ministry that did not exist' },
  });
  const statement = document({ type: 'holder-statement', number: 'IZJ-1', objectIds: [stele.id] });
  const invoice = document({
    type: 'invoice',
    number: 'F-9',
    assessment: { status: 'doubtful', reason: 'letterhead anachronistic' },
  });
  const loose = document({
    type: 'correspondence',
    assessment: { status: 'forged', reason: 'signature traced' },
  });
  const steleEvents = chain(stele, [
    { type: 'find', date: 'c. 2015' },
    {
      type: 'sale',
      date: '2016-01-10',
      toParty: party('Dealer'),
      price: { amount: '10000', currency: 'EUR' },
      certainty: 'claimed',
    },
    {
      type: 'private_sale',
      date: '2017-03-01',
      fromParty: party('Dealer'),
      toParty: party('Holder'),
      price: { amount: '40000', currency: 'EUR' },
      sources: [{ documentId: statement.id }],
    },
    {
      type: 'export',
      date: '2019',
      sources: [{ documentId: licence.id }, { documentId: invoice.id }],
    },
    { type: 'import', date: '2025-09-01', place: { country: 'DE' }, directTransfer: true },
    { type: 'in_possession', date: '2026', toParty: party('Holder'), assessment: 'contradicted' },
  ]);

  // A painting over 200 years, EUR 20,000, imported into Austria; claimed twice; misordered.
  const painting = object({
    exhibitNumber: 'E-3',
    typeL1: 'paintings',
    unesco1970: ['g'],
    dating: { earliest: 1680, latest: 1700 },
    valuation: { value: { amount: '20000', currency: 'EUR' }, basis: 'market' },
  });
  const paintingEvents = chain(painting, [
    { type: 'sale', date: '1999', fromParty: party('X'), toParty: party('Y') },
    { type: 'sale', date: 'before 1970', fromParty: party('W'), toParty: party('X') },
    { type: 'import', date: '2025-10-01', place: { country: 'AT' }, directTransfer: true },
  ]);
  const claims = [
    claim(painting, { claimant: party('Republic of Serbia'), claimantKind: 'state', basis: 'law' }),
    claim(painting, { claimant: party('Holder'), claimantKind: 'private', basis: 'purchase' }),
  ];

  // Ancient coins with no history at all; a find with no place or source.
  const coins = object({
    exhibitNumber: 'E-4',
    typeL1: 'coins',
    unesco1970: ['e'],
    dating: { earliest: 98, latest: 117 },
    lotCount: 40,
  });
  const sherd = object({ exhibitNumber: 'E-5' });
  const sherdEvents = chain(sherd, [{ type: 'excavation', date: '' }]);

  // Ten icons of one seizure (issue #8: many similar items).
  const seizureId = uid();
  const icons = Array.from({ length: 10 }, (_, i) =>
    object({ exhibitNumber: `E-10.${i + 1}`, typeL1: 'paintings', typeL2: 'icons', seizureId }),
  );

  const money = financeKitchenSink();
  return context({
    objects: [helmet, stele, painting, coins, sherd, ...money.objects, ...icons],
    events: [...helmetEvents, ...steleEvents, ...paintingEvents, ...sherdEvents, ...money.events],
    documents: [licence, statement, invoice, loose],
    claims,
    money: money.money,
    // Issue #8: the stele comes from Iraq; the coins are on the Red List; the painting was only
    // checked against a database; a party of the case was a suspect in another case.
    facts: {
      conflictCountries: SHIPPED_CONFLICT,
      redListMatches: [redListMatch(coins)],
      checks: [check(painting)],
      caseParties: [
        caseParty(
          money.money.parties[0]!.id,
          money.money.parties[0]!.name,
          ['suspect'],
          [{ reference: 'ITCG-2024-0007', roles: ['suspect'] }],
        ),
      ],
    },
  });
}
