import { describe, expect, it } from 'vitest';
import { runRules, type Rule } from '../../../src/main/core/analysis/registry';
import { competingClaims } from '../../../src/main/core/analysis/rules/provenance/claims';
import {
  exportLicenceTransit,
  forgedDocument,
} from '../../../src/main/core/analysis/rules/provenance/documents';
import {
  euImporterStatement,
  euImportLicence,
} from '../../../src/main/core/analysis/rules/provenance/eu-import';
import {
  contradictedEvent,
  holderStatementOnly,
} from '../../../src/main/core/analysis/rules/provenance/events';
import {
  gap,
  gap1970,
  gap1972,
  order,
} from '../../../src/main/core/analysis/rules/provenance/gaps';
import { rapidResale } from '../../../src/main/core/analysis/rules/provenance/market';
import {
  findspotUndocumented,
  firstAppearanceAfter1970,
} from '../../../src/main/core/analysis/rules/provenance/origins';
import { chain, claim, context, document, object, party } from './fixtures';

/* Every provenance rule on in-memory contexts: at least one case that fires and one that must
 * not, with the evidence each finding cites. Dates go through the real date reader. */

const run = (rule: Rule, ctx: ReturnType<typeof context>) => runRules(ctx, [rule]);
const ids = (f: { evidence: { id: string }[] }) => f.evidence.map((e) => e.id);

const sale = (date: string, from: string, to: string, extra = {}) => ({
  type: 'sale' as const,
  date,
  fromParty: party(from),
  toParty: party(to),
  ...extra,
});

describe('provenance.gap', () => {
  it('reports consecutive events without a direct link whose dates leave room, citing both', () => {
    const o = object();
    const events = chain(o, [sale('1960', 'A', 'B'), sale('1990', 'C', 'D')]);
    const [f, ...rest] = run(gap, context({ objects: [o], events }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'provenance.gap',
      severity: 'low',
      objectId: o.id,
      params: { fromPosition: 1, toPosition: 2, from: '1960', to: '1990' },
    });
    expect(ids(f!)).toEqual(events.map((e) => e.id));
    expect(f!.message).toContain('between 1960 and 1990');
  });

  it('reports undated events as a gap ("?")', () => {
    const o = object();
    const events = chain(o, [sale('', 'A', 'B'), sale('', 'C', 'D')]);
    expect(run(gap, context({ objects: [o], events }))[0]?.params).toMatchObject({
      from: '?',
      to: '?',
    });
  });

  it('says nothing of a direct transfer, nor of a same-day handover', () => {
    const o = object();
    const direct = chain(o, [
      sale('1960', 'A', 'B'),
      sale('1990', 'B', 'C', { directTransfer: true }),
    ]);
    expect(run(gap, context({ objects: [o], events: direct }))).toEqual([]);
    const sameDay = chain(o, [
      { type: 'export', date: '1998-03-12' },
      { type: 'import', date: '1998-03-12' },
    ]);
    expect(run(gap, context({ objects: [o], events: sameDay }))).toEqual([]);
  });

  it('runs across an event assessed as forged (it is no link of the chain)', () => {
    const o = object();
    const events = chain(o, [
      sale('1960', 'A', 'B'),
      sale('1961', 'B', 'C', { directTransfer: true, assessment: 'forged' }),
      sale('1990', 'C', 'D', { directTransfer: true }),
    ]);
    // 1 → 3 is the link once 2 is set aside; 3 is "direct" from 2, not from 1, but the flag is
    // the investigator's: the chain shows no gap to report.
    expect(run(gap, context({ objects: [o], events }))).toEqual([]);
    const broken = chain(o, [
      sale('1960', 'A', 'B'),
      sale('1961', 'B', 'C', { directTransfer: true, assessment: 'forged' }),
      sale('1990', 'C', 'D'),
    ]);
    const [f] = run(gap, context({ objects: [o], events: broken }));
    expect(ids(f!)).toEqual([broken[0]!.id, broken[2]!.id]);
  });
});

describe('provenance.gap-1970 and provenance.gap-1972', () => {
  it('a gap certainly across 17 Nov 1970 is high; across 24 Apr 1972 medium; both are reported', () => {
    const o = object();
    const events = chain(o, [sale('1960', 'A', 'B'), sale('1990', 'C', 'D')]);
    const ctx = context({ objects: [o], events });
    const [f70] = run(gap1970, ctx);
    const [f72] = run(gap1972, ctx);
    expect(f70).toMatchObject({
      severity: 'high',
      params: { context: 'certain', threshold: '1970-11-17', from: '1960', to: '1990' },
    });
    expect(ids(f70!)).toEqual(events.map((e) => e.id));
    expect(f70!.message).toContain('spans 1970-11-17');
    expect(f72).toMatchObject({ severity: 'medium', params: { threshold: '1972-04-24' } });
  });

  it('a gap that only may cover the day is one step lower', () => {
    const o = object();
    // "c. 1965" may have been as late as 1970-12-31: the gap may or may not include 17 Nov 1970.
    const events = chain(o, [sale('c. 1965', 'A', 'B'), sale('1990', 'C', 'D')]);
    const ctx = context({ objects: [o], events });
    expect(run(gap1970, ctx)[0]).toMatchObject({
      severity: 'medium',
      params: { context: 'possible' },
    });
    expect(run(gap1972, ctx)[0]).toMatchObject({
      severity: 'medium',
      params: { context: 'certain' },
    });
    const late = chain(o, [sale('1971', 'A', 'B'), sale('c. 1974', 'C', 'D')]);
    expect(run(gap1972, context({ objects: [o], events: late }))[0]).toMatchObject({
      severity: 'low',
      params: { context: 'possible' },
    });
  });

  it('no finding when the gap lies after the day, the link is direct, or nothing is dated', () => {
    const o = object();
    const after = chain(o, [sale('1975', 'A', 'B'), sale('1990', 'C', 'D')]);
    expect(run(gap1970, context({ objects: [o], events: after }))).toEqual([]);
    expect(run(gap1972, context({ objects: [o], events: after }))).toEqual([]);
    const direct = chain(o, [
      sale('1960', 'A', 'B'),
      sale('1990', 'B', 'C', { directTransfer: true }),
    ]);
    expect(run(gap1970, context({ objects: [o], events: direct }))).toEqual([]);
    const undated = chain(o, [sale('', 'A', 'B'), sale('', 'C', 'D')]);
    expect(run(gap1970, context({ objects: [o], events: undated }))).toEqual([]);
    expect(run(gap, context({ objects: [o], events: undated }))).toHaveLength(1);
  });

  it('an open end counts as possible: from 1960 to a next event of unknown date', () => {
    const o = object();
    const events = chain(o, [sale('1960', 'A', 'B'), sale('', 'C', 'D')]);
    expect(run(gap1970, context({ objects: [o], events }))[0]?.severity).toBe('medium');
  });
});

describe('provenance.first-appearance-after-1970', () => {
  it('an archaeological object first documented in 1995 is high, citing the object and that event', () => {
    const o = object({ exhibitNumber: 'E-7', title: 'Bronze helmet' });
    const events = chain(o, [sale('2010', 'B', 'C'), sale('1995', 'A', 'B')]);
    const [f] = run(firstAppearanceAfter1970, context({ objects: [o], events }));
    expect(f).toMatchObject({
      severity: 'high',
      params: { context: 'dated', position: 2, first: '1995', threshold: '1970-11-17' },
    });
    expect(ids(f!)).toEqual([o.id, events[1]!.id]);
  });

  it('an ancient object with no history at all: context none; a forged pre-1970 event does not help', () => {
    const coin = object({
      typeL1: 'coins',
      unesco1970: ['e'],
      dating: { earliest: 98, latest: 117 },
    });
    expect(run(firstAppearanceAfter1970, context({ objects: [coin] }))[0]?.params).toMatchObject({
      context: 'none',
    });
    const events = chain(coin, [sale('1950', 'A', 'B', { assessment: 'forged' })]);
    expect(run(firstAppearanceAfter1970, context({ objects: [coin], events }))).toHaveLength(1);
  });

  it('no finding when an event is certainly before 17 Nov 1970, or the object is not ancient', () => {
    const o = object();
    const events = chain(o, [sale('1960s', 'A', 'B'), sale('1995', 'B', 'C')]);
    expect(run(firstAppearanceAfter1970, context({ objects: [o], events }))).toEqual([]);
    const before = chain(o, [sale('before 1970', 'A', 'B')]);
    expect(run(firstAppearanceAfter1970, context({ objects: [o], events: before }))).toEqual([]);
    const painting = object({ typeL1: 'paintings' });
    const late = chain(painting, [sale('1995', 'A', 'B')]);
    expect(run(firstAppearanceAfter1970, context({ objects: [painting], events: late }))).toEqual(
      [],
    );
  });

  it('an antiquity (UNESCO e) counts only when made in antiquity; an undated one is not assumed', () => {
    const icon = object({ typeL1: 'religious', unesco1970: ['e', 'g'], dating: { latest: 1780 } });
    const undated = object({ typeL1: 'coins', unesco1970: ['e'] });
    const roman = object({ typeL1: 'coins', unesco1970: ['e'], dating: { latest: 117 } });
    const found = run(firstAppearanceAfter1970, context({ objects: [icon, undated, roman] }));
    expect(found.map((f) => f.objectId)).toEqual([roman.id]);
  });

  it('an item of a lot with no history of its own is left to the lot, unless analysed alone', () => {
    const hoard = object({
      exhibitNumber: 'M-1',
      typeL1: 'coins',
      unesco1970: ['c'],
      lotCount: 1200,
    });
    const coin = object({
      exhibitNumber: 'M-1/1',
      typeL1: 'coins',
      unesco1970: ['c'],
      lotId: hoard.id,
    });
    const both = context({ objects: [hoard, coin] });
    expect(run(firstAppearanceAfter1970, both).map((f) => f.objectId)).toEqual([hoard.id]);
    expect(run(findspotUndocumented, both).map((f) => f.objectId)).toEqual([hoard.id]);
    const alone = context({ objects: [hoard, coin], objectId: coin.id });
    expect(run(firstAppearanceAfter1970, alone).map((f) => f.objectId)).toEqual([coin.id]);
    const ownHistory = chain(coin, [{ type: 'sale', date: '2015' }]);
    expect(
      run(firstAppearanceAfter1970, context({ objects: [hoard, coin], events: ownHistory })).map(
        (f) => f.objectId,
      ),
    ).toEqual([hoard.id, coin.id]);
  });

  it('an event only possibly before the day ("c. 1968") does not clear the object', () => {
    const o = object();
    const events = chain(o, [sale('c. 1968', 'A', 'B')]);
    expect(
      run(firstAppearanceAfter1970, context({ objects: [o], events }))[0]?.params,
    ).toMatchObject({
      first: 'c. 1968',
    });
  });
});

describe('provenance.findspot-undocumented', () => {
  it('an archaeological object without any find event, or with a find that gives no place or source', () => {
    const o = object({ unesco1970: ['c'], typeL1: 'coins' });
    expect(run(findspotUndocumented, context({ objects: [o] }))[0]).toMatchObject({
      severity: 'medium',
      params: { context: 'none', exhibit: 'E-1' },
    });
    const events = chain(o, [{ type: 'find', date: 'c. 2015' }, sale('2016', 'A', 'B')]);
    const [f] = run(findspotUndocumented, context({ objects: [o], events }));
    expect(f?.params['context']).toBe('undocumented');
    expect(ids(f!)).toEqual([o.id, events[0]!.id]);
  });

  it('no finding when the excavation gives a place or cites a source, or the object is not archaeological', () => {
    const o = object();
    const placed = chain(o, [
      { type: 'excavation', date: '1931', place: { address: 'Stobi', country: 'MK' } },
    ]);
    expect(run(findspotUndocumented, context({ objects: [o], events: placed }))).toEqual([]);
    const permit = document({ type: 'excavation-permit', objectIds: [o.id] });
    const sourced = chain(o, [
      { type: 'excavation', date: '1931', sources: [{ documentId: permit.id }] },
    ]);
    expect(
      run(findspotUndocumented, context({ objects: [o], events: sourced, documents: [permit] })),
    ).toEqual([]);
    const icon = object({ typeL1: 'religious' });
    expect(run(findspotUndocumented, context({ objects: [icon] }))).toEqual([]);
  });
});

describe('provenance.holder-statement-only', () => {
  it('an event claimed by the holder', () => {
    const o = object();
    const events = chain(o, [
      { type: 'by_descent', date: 'c. 1950', toParty: party('Holder'), certainty: 'claimed' },
    ]);
    const [f] = run(holderStatementOnly, context({ objects: [o], events }));
    expect(f).toMatchObject({ severity: 'medium', params: { context: 'claimed', position: 1 } });
  });

  it("an event whose every source is the holder's own statement, citing them", () => {
    const o = object();
    const statement = document({ type: 'holder-statement', number: 'IZJ-3', objectIds: [o.id] });
    const events = chain(o, [
      sale('1965', 'Grandfather', 'Father', { sources: [{ documentId: statement.id }] }),
      sale('2019', 'Father', 'Holder', {
        directTransfer: true,
        sources: [{ documentId: statement.id }],
      }),
    ]);
    const found = run(
      holderStatementOnly,
      context({ objects: [o], events, documents: [statement] }),
    );
    expect(found.map((f) => f.params['context'])).toEqual(['statement', 'statement']);
    expect(ids(found[0]!)).toEqual([events[0]!.id, statement.id]);
    expect(found[0]!.params['documents']).toBe('IZJ-3');
  });

  it('an unsourced acquisition by the current holder', () => {
    const o = object();
    const events = chain(o, [
      sale('1960', 'A', 'B', { sources: [] }),
      sale('2019', 'Dealer', 'Marko Marković'),
    ]);
    const found = run(holderStatementOnly, context({ objects: [o], events }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      params: { context: 'unsourced', position: 2, holder: 'Marko Marković' },
    });
  });

  it('no finding with an independent source, a verified event, or a custody-only event', () => {
    const o = object();
    const invoice = document({ type: 'invoice', number: 'R-77', objectIds: [o.id] });
    const statement = document({ type: 'holder-statement', objectIds: [o.id] });
    const events = chain(o, [
      sale('2019', 'Dealer', 'Holder', {
        sources: [{ documentId: invoice.id }, { documentId: statement.id }],
      }),
      { type: 'loan', date: '2020', toParty: party('Museum'), certainty: 'claimed' },
      sale('2021', 'Holder', 'Buyer', { assessment: 'verified', certainty: 'claimed' }),
    ]);
    expect(
      run(holderStatementOnly, context({ objects: [o], events, documents: [invoice, statement] })),
    ).toEqual([]);
  });
});

describe('provenance.rapid-resale', () => {
  const prices = (
    a: string,
    b: string,
    ca = 'EUR',
    cb = 'EUR',
    da = '2019-01-10',
    db = '2020-06-01',
  ) => {
    const o = object();
    const events = chain(o, [
      sale(da, 'A', 'B', { price: { amount: a, currency: ca } }),
      { type: 'consignment', date: '2019-05' },
      {
        type: 'auction_purchase',
        date: db,
        toParty: party('C'),
        price: { amount: b, currency: cb },
      },
    ]);
    return { o, events, found: run(rapidResale, context({ objects: [o], events })) };
  };

  it('a resale within 24 months at three times the price or more', () => {
    const { events, found } = prices('10000.00', '45000.00');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'medium',
      params: {
        fromPosition: 1,
        toPosition: 3,
        fromPrice: '10000.00 EUR',
        toPrice: '45000.00 EUR',
        factor: 4.5,
        months: 24,
      },
    });
    expect(ids(found[0]!)).toEqual([events[0]!.id, events[2]!.id]);
    expect(found[0]!.message).toContain('10,000.00 EUR');
    expect(prices('10000', '30000').found).toHaveLength(1);
  });

  it('no finding below the factor, across currencies, beyond the window, or on approximate dates', () => {
    expect(prices('10000.00', '29999.99').found).toEqual([]);
    expect(prices('10000', '45000', 'EUR', 'USD').found).toEqual([]);
    expect(prices('10000', '45000', 'EUR', 'EUR', '2019-01-10', '2021-01-11').found).toEqual([]);
    expect(prices('10000', '45000', 'EUR', 'EUR', '2019-01-10', '2021-01-10').found).toHaveLength(
      1,
    );
    expect(prices('10000', '45000', 'EUR', 'EUR', 'c. 2019', '2020').found).toEqual([]);
  });
});

describe('provenance.export-licence-transit', () => {
  it('a licence from a country other than the country of origin is high, citing it', () => {
    const o = object({ countryOfOrigin: 'IQ' });
    const licence = document({
      type: 'export-licence',
      number: '17/2019',
      issuerCountry: 'AE',
      objectIds: [o.id],
    });
    const [f] = run(exportLicenceTransit, context({ objects: [o], documents: [licence] }));
    expect(f).toMatchObject({
      severity: 'high',
      params: { document: '17/2019', issuerCountry: 'AE', countryOfOrigin: 'IQ' },
    });
    expect(ids(f!)).toEqual([licence.id]);
    expect(f!.message).toContain('17/2019 was issued by AE');
  });

  it('a licence only cited by an event concerns the object too, and the event is cited', () => {
    const o = object({ countryOfOrigin: 'SY' });
    const licence = document({ type: 'export-licence', issuerCountry: 'LB' });
    const events = chain(o, [
      { type: 'export', date: '2012', sources: [{ documentId: licence.id }] },
    ]);
    const [f] = run(exportLicenceTransit, context({ objects: [o], events, documents: [licence] }));
    expect(ids(f!)).toEqual([licence.id, events[0]!.id]);
  });

  it('no finding when the countries agree, one is unknown, or the licence concerns another object', () => {
    const o = object({ countryOfOrigin: 'RS' });
    const other = object({ exhibitNumber: 'E-2', countryOfOrigin: 'RS' });
    const same = document({ type: 'export-licence', issuerCountry: 'RS', objectIds: [o.id] });
    const unknown = document({ type: 'export-licence', issuerCountry: null, objectIds: [o.id] });
    const elsewhere = document({
      type: 'export-licence',
      issuerCountry: 'DE',
      objectIds: [other.id],
    });
    expect(
      run(
        exportLicenceTransit,
        context({ objects: [o, other], documents: [same, unknown, elsewhere], objectId: o.id }),
      ),
    ).toEqual([]);
    const noOrigin = object({ countryOfOrigin: null });
    const licence = document({
      type: 'export-licence',
      issuerCountry: 'DE',
      objectIds: [noOrigin.id],
    });
    expect(
      run(exportLicenceTransit, context({ objects: [noOrigin], documents: [licence] })),
    ).toEqual([]);
  });
});

describe('provenance.eu-import-licence (Reg. 2019/880, Part B)', () => {
  const helmet = (latest: number, extra = {}) =>
    object({ unesco1970: ['c'], dating: { earliest: latest - 100, latest }, ...extra });
  const imported = (o: ReturnType<typeof object>, date: string, country = 'DE') =>
    chain(o, [{ type: 'import', date, place: { address: 'Frankfurt', country } }]);

  it('an archaeological object over 250 years imported into the EU after 28 June 2025 with no licence', () => {
    const o = helmet(-300);
    const events = imported(o, '2025-09-01');
    const [f] = run(euImportLicence, context({ objects: [o], events }));
    expect(f).toMatchObject({
      severity: 'medium',
      params: { position: 1, date: '2025-09-01', country: 'DE', age: 2325 },
    });
    expect(ids(f!)).toEqual([o.id, events[0]!.id]);
  });

  it('an undated import into the EU may be after the day and counts', () => {
    const o = helmet(1500, { unesco1970: [], eu2019880Part: 'B', typeL1: 'religious' });
    expect(run(euImportLicence, context({ objects: [o], events: imported(o, '') }))).toHaveLength(
      1,
    );
  });

  it('no finding with a licence, an import before the day or outside the EU, or a younger object', () => {
    const o = helmet(-300);
    const licence = document({ type: 'import-licence', objectIds: [o.id] });
    const events = imported(o, '2025-09-01');
    expect(run(euImportLicence, context({ objects: [o], events, documents: [licence] }))).toEqual(
      [],
    );
    expect(run(euImportLicence, context({ objects: [o], events: imported(o, '2024') }))).toEqual(
      [],
    );
    expect(
      run(euImportLicence, context({ objects: [o], events: imported(o, '2025-09-01', 'CH') })),
    ).toEqual([]);
    const young = helmet(1800);
    expect(
      run(euImportLicence, context({ objects: [young], events: imported(young, '2025-09-01') })),
    ).toEqual([]);
    const undatedObject = object({ unesco1970: ['c'] });
    expect(
      run(
        euImportLicence,
        context({ objects: [undatedObject], events: imported(undatedObject, '2025-09-01') }),
      ),
    ).toEqual([]);
  });

  it('a forged licence does not count', () => {
    const o = helmet(-300);
    const forged = document({
      type: 'import-licence',
      objectIds: [o.id],
      assessment: { status: 'forged', reason: 'no such licence in TRACES' },
    });
    expect(
      run(
        euImportLicence,
        context({ objects: [o], events: imported(o, '2025-09-01'), documents: [forged] }),
      ),
    ).toHaveLength(1);
  });
});

describe('provenance.eu-importer-statement (Reg. 2019/880, Part C)', () => {
  const painting = (amount: string, currency = 'EUR', latest = 1700) =>
    object({
      typeL1: 'paintings',
      unesco1970: ['g'],
      dating: { earliest: 1650, latest },
      valuation: { value: { amount, currency }, basis: 'market' },
    });
  const imported = (o: ReturnType<typeof object>) =>
    chain(o, [{ type: 'import', date: '2025-10-01', place: { country: 'AT' } }]);

  it('over 200 years and EUR 18,000 or more, imported into the EU with no importer statement', () => {
    const o = painting('18000.00');
    const [f] = run(euImporterStatement, context({ objects: [o], events: imported(o) }));
    expect(f).toMatchObject({
      severity: 'medium',
      params: { country: 'AT', age: 326, value: '18000.00 EUR', date: '2025-10-01' },
    });
  });

  it('no finding below EUR 18,000, in another currency, with a statement, or under 200 years', () => {
    const cheap = painting('17999.99');
    expect(
      run(euImporterStatement, context({ objects: [cheap], events: imported(cheap) })),
    ).toEqual([]);
    const dollars = painting('50000', 'USD');
    expect(
      run(euImporterStatement, context({ objects: [dollars], events: imported(dollars) })),
    ).toEqual([]);
    const declared = painting('25000');
    const statement = document({ type: 'importer-statement', objectIds: [declared.id] });
    expect(
      run(
        euImporterStatement,
        context({ objects: [declared], events: imported(declared), documents: [statement] }),
      ),
    ).toEqual([]);
    const young = painting('25000', 'EUR', 1900);
    expect(
      run(euImporterStatement, context({ objects: [young], events: imported(young) })),
    ).toEqual([]);
    // Part B goods are the import licence's business, not the statement's.
    const partB = object({
      unesco1970: ['c'],
      dating: { earliest: 1500, latest: 1600 },
      valuation: { value: { amount: '90000', currency: 'EUR' }, basis: 'market' },
    });
    expect(
      run(euImporterStatement, context({ objects: [partB], events: imported(partB) })),
    ).toEqual([]);
  });
});

describe('provenance.forged-document', () => {
  it('a forged document concerning the object is high; a doubtful one cited by an event medium', () => {
    const o = object();
    const forged = document({
      type: 'export-licence',
      number: '17/2019',
      objectIds: [o.id],
      assessment: { status: 'forged', reason: 'stamp of a ministry that did not exist in 2019' },
    });
    const doubtful = document({
      type: 'invoice',
      number: 'F-1',
      assessment: { status: 'doubtful', reason: 'letterhead font anachronistic.' },
    });
    const genuine = document({
      type: 'invoice',
      objectIds: [o.id],
      assessment: { status: 'genuine' },
    });
    const events = chain(o, [sale('1998', 'A', 'B', { sources: [{ documentId: doubtful.id }] })]);
    const found = run(
      forgedDocument,
      context({ objects: [o], events, documents: [forged, doubtful, genuine] }),
    );
    expect(found.map((f) => [f.severity, f.params['context'], f.params['document']])).toEqual([
      ['high', 'forged', '17/2019'],
      ['medium', 'doubtful', 'F-1'],
    ]);
    expect(ids(found[1]!)).toEqual([doubtful.id, events[0]!.id]);
    expect(found[0]!.message).toContain('stamp of a ministry');
    // A reason typed with its own full stop does not end the sentence twice.
    expect(found[1]!.params['reason']).toBe('letterhead font anachronistic');
    expect(found[1]!.message).toMatch(/anachronistic\.$/);
  });

  it('a forged document of the case that concerns no object is a case finding, not an object one', () => {
    const o = object();
    const loose = document({
      type: 'correspondence',
      assessment: { status: 'forged', reason: 'signature traced' },
    });
    const whole = run(forgedDocument, context({ objects: [o], documents: [loose] }));
    expect(whole).toHaveLength(1);
    expect(whole[0]!.objectId).toBeNull();
    expect(
      run(forgedDocument, context({ objects: [o], documents: [loose], objectId: o.id })),
    ).toEqual([]);
  });

  it('no finding for genuine or not assessed documents', () => {
    const o = object();
    const docs = [
      document({ type: 'invoice', objectIds: [o.id] }),
      document({ type: 'invoice', objectIds: [o.id], assessment: { status: 'genuine' } }),
    ];
    expect(run(forgedDocument, context({ objects: [o], documents: docs }))).toEqual([]);
  });
});

describe('provenance.contradicted-event', () => {
  it('an event assessed contradicted or forged is high, citing its sources', () => {
    const o = object();
    const invoice = document({ type: 'invoice', objectIds: [o.id] });
    const events = chain(o, [
      sale('1965', 'A', 'B', { assessment: 'contradicted', sources: [{ documentId: invoice.id }] }),
      sale('1970', 'B', 'C', { assessment: 'forged' }),
    ]);
    const found = run(contradictedEvent, context({ objects: [o], events, documents: [invoice] }));
    expect(found.map((f) => [f.severity, f.params['context']])).toEqual([
      ['high', 'contradicted'],
      ['high', 'forged'],
    ]);
    expect(ids(found[0]!)).toEqual([events[0]!.id, invoice.id]);
  });

  it('no finding for unverified or verified events', () => {
    const o = object();
    const events = chain(o, [
      sale('1965', 'A', 'B'),
      sale('1970', 'B', 'C', { assessment: 'verified' }),
    ]);
    expect(run(contradictedEvent, context({ objects: [o], events }))).toEqual([]);
  });
});

describe('provenance.order', () => {
  it('a later position that certainly happened before an earlier one', () => {
    const o = object();
    const events = chain(o, [sale('1990', 'A', 'B'), sale('1960', 'B', 'C')]);
    const [f] = run(order, context({ objects: [o], events }));
    expect(f).toMatchObject({
      severity: 'low',
      params: { firstPosition: 1, secondPosition: 2, firstDate: '1990', secondDate: '1960' },
    });
    expect(ids(f!)).toEqual(events.map((e) => e.id));
  });

  it('no finding when the order agrees with the dates or they may overlap', () => {
    const o = object();
    const ordered = chain(o, [sale('1960', 'A', 'B'), sale('1990', 'B', 'C')]);
    expect(run(order, context({ objects: [o], events: ordered }))).toEqual([]);
    const overlapping = chain(o, [sale('c. 1966', 'A', 'B'), sale('1964', 'B', 'C')]);
    expect(run(order, context({ objects: [o], events: overlapping }))).toEqual([]);
  });
});

describe('provenance.competing-claims', () => {
  it('two claims still standing, citing both', () => {
    const o = object();
    const claims = [
      claim(o, {
        claimant: party('Republic of Serbia'),
        claimantKind: 'state',
        basis: 'Law on Cultural Heritage',
      }),
      claim(o, {
        claimant: party('Eparchy of Raška-Prizren'),
        claimantKind: 'religious_community',
        basis: 'Inventory 1938',
        status: 'under_review',
      }),
    ];
    const [f] = run(competingClaims, context({ objects: [o], claims }));
    expect(f).toMatchObject({
      severity: 'medium',
      params: { claims: 2, claimants: 'Republic of Serbia; Eparchy of Raška-Prizren' },
    });
    expect(ids(f!)).toEqual(claims.map((c) => c.id));
  });

  it('no finding when only one claim still stands', () => {
    const o = object();
    const claims = [
      claim(o, { claimant: party('Holder'), claimantKind: 'private', basis: 'purchase' }),
      claim(o, {
        claimant: party('Museum'),
        claimantKind: 'institution',
        basis: 'x',
        status: 'rejected',
      }),
      claim(o, {
        claimant: party('Church'),
        claimantKind: 'religious_community',
        basis: 'y',
        status: 'withdrawn',
      }),
    ];
    expect(run(competingClaims, context({ objects: [o], claims }))).toEqual([]);
  });
});
