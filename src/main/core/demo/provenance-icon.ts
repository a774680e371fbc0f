import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

/**
 * The icon's history as the investigation rebuilt it, beside the consignor's story. Painted for
 * the church c. 1700, listed in its 1974 inventory, stolen in April 2023; the consignor says he
 * bought it in 2024 from a Belgrade family that had it "since the 1960s", exported it from Serbia
 * with a licence (forged) and brought it to Munich (no importer statement). Findings it shows:
 * a forged document, an export licence from a country that is not the country of origin, an
 * event contradicted by the inventory, a link resting on the holder's word, a gap after the
 * theft, the EU importer statement missing, and three competing claims.
 */
export async function iconProvenance(w: DemoWriter, p: DemoParties, caseId: string): Promise<void> {
  const icon = w.objectId(caseId, 'I-1');
  const objectIds = [icon];

  const licence = await w.document(
    caseId,
    {
      name: 'izvozna-dozvola-633-02-118-2022.pdf',
      letterhead: [
        'РЕПУБЛИКА СРБИЈА',
        'Републички завод за заштиту споменика културе — Београд',
        'Радослава Грујића 11, 11000 Београд',
      ],
      title: 'ДОЗВОЛА ЗА ИЗВОЗ КУЛТУРНОГ ДОБРА',
      particulars: [
        ['Број', '633-02-118/2022'],
        ['Датум', '15. 3. 2022.'],
        ['Подносилац', 'Ђорђи Трајковски, Београд'],
        ['Предмет', 'Икона Св. Никола, темпера на дрвету, 38 × 29 цм, XVIII век'],
        ['Одредиште', 'Савезна Република Немачка'],
      ],
      body: [
        'На основу члана 107. Закона о културним добрима издаје се дозвола за привремени извоз',
        'наведеног предмета, који није утврђен за културно добро.',
      ],
      stamp: 'М. П.  Директор: др Петар Николић',
    },
    {
      type: 'export-licence',
      title: 'Export licence no. 633-02-118/2022 (enclosed with lot 217)',
      issuer: { partyId: null, name: 'Republički zavod za zaštitu spomenika kulture, Beograd' },
      issuerCountry: 'RS',
      number: '633-02-118/2022',
      issuedOn: '2022-03-15',
      language: 'sr',
      description:
        'Handed over by Kunsthaus Adler with the consignment. Says the icon "is not a cultural good" and may be exported to Germany.',
      assessment: {
        status: 'forged',
        reason:
          'The Institute has no licence of this number in its register (letter 02-1174/25 of 12 November 2025); the stamp and the director’s signature differ from the specimens, and the director named took office in 2023.',
        by: 'Ana Petrović',
        on: '2025-11-12',
      },
      grading: { source: 'X', information: '4' },
      handlingCode: 'H1',
      objectIds,
    },
  );
  const statement = await w.document(
    caseId,
    {
      name: 'einlieferungserklaerung-los-217.pdf',
      letterhead: ['Kunsthaus Adler Auktionen GmbH', 'Maximilianstraße 18, 80539 München'],
      title: 'Einlieferungserklärung / Consignor’s declaration',
      particulars: [
        ['Einlieferer / Consignor', 'Gjorgji Trajkovski, Beograd'],
        ['Objekt / Object', 'Ikone, Hl. Nikolaus, 18. Jh. (Los 217)'],
        ['Datum / Date', '15.09.2025'],
      ],
      body: [
        'Ich versichere, dass das Objekt aus der Sammlung der Familie Trajkovski in Belgrad stammt,',
        'in deren Besitz es sich seit den 1960er Jahren befand. Ich habe es 2024 erworben.',
        'I declare that the object comes from the Trajkovski family collection in Belgrade, where it',
        'had been since the 1960s. I acquired it in 2024. A Serbian export licence is enclosed.',
      ],
      stamp: 'Gjorgji Trajkovski (signed)',
    },
    {
      type: 'holder-statement',
      title: 'Consignor’s declaration for lot 217',
      issuer: { partyId: p.gjorgji.id, name: '' },
      issuedOn: '2025-09-15',
      language: 'de',
      description: 'The consignor’s own account of the icon’s history; no document supports it.',
      grading: { source: 'C', information: '3' },
      objectIds,
    },
  );
  const contract = await w.document(
    caseId,
    {
      name: 'einlieferungsvertrag-2025-0917.pdf',
      letterhead: ['Kunsthaus Adler Auktionen GmbH', 'Maximilianstraße 18, 80539 München'],
      title: 'Einlieferungsvertrag Nr. 2025/0917',
      particulars: [
        ['Einlieferer', 'Gjorgji Trajkovski'],
        ['Auktion', '29. November 2025, Los 217'],
        ['Schätzpreis', 'EUR 18.000 – 22.000'],
        ['Übernahme', '15.09.2025, München'],
      ],
      body: ['Das Objekt wurde am 15.09.2025 vom Einlieferer persönlich in München übergeben.'],
      stamp: 'Dr. Claudia Adler, Geschäftsführerin',
    },
    {
      type: 'other',
      title: 'Consignment contract 2025/0917 (Kunsthaus Adler)',
      issuer: { partyId: p.adler.id, name: '' },
      issuerCountry: 'DE',
      number: '2025/0917',
      issuedOn: '2025-09-15',
      language: 'de',
      assessment: { status: 'genuine', reason: '', by: 'KHK Thomas Berger', on: '2025-11-26' },
      grading: { source: 'B', information: '2' },
      objectIds,
    },
  );
  const inventory = await w.document(
    caseId,
    {
      name: 'inventar-leskoec-1974.pdf',
      letterhead: ['Црква Св. Никола — Лескоец', 'Охридска епархија'],
      title: 'ИНВЕНТАР НА ПОДВИЖНИ ДОБРА, 1974',
      particulars: [
        ['Инв. бр.', '14'],
        ['Предмет', 'Икона Св. Никола, темпера на дрво, 38 × 29 см'],
        ['Состојба', 'Пукнатина на левата даска'],
      ],
      body: ['Фотографија бр. 14 приложена. Иконата се наоѓа на иконостасот, северна страна.'],
      stamp: 'Завод и музеј Охрид, 1974',
    },
    {
      type: 'inventory-record',
      title: 'Church inventory of 1974, entry 14',
      issuer: { partyId: p.church.id, name: '' },
      issuerCountry: 'MK',
      issuedOn: '1974',
      language: 'mk',
      assessment: {
        status: 'genuine',
        reason: '',
        by: 'Јована Стојановска',
        on: '2026-01-14',
      },
      grading: { source: 'A', information: '1' },
      objectIds,
    },
  );
  const catalogue = await w.document(
    caseId,
    {
      name: 'kunsthaus-adler-los-217.pdf',
      letterhead: ['www.kunsthaus-adler.de — Auktion 29.11.2025'],
      title: 'Los 217: Ikone des Hl. Nikolaus, Balkan oder Russland, 18. Jh.',
      particulars: [
        ['Schätzpreis', 'EUR 18.000 – 22.000'],
        ['Provenienz', 'Belgrader Familiensammlung; Ausfuhrgenehmigung liegt vor'],
      ],
      body: ['Tempera auf Holz, 38 × 29 cm. Altersspuren, Fehlstellen am unteren Rand.'],
      stamp: 'Captured 4 November 2025, 10:12 CET',
    },
    {
      type: 'web-capture',
      title: 'Auction catalogue page, lot 217',
      issuer: { partyId: p.adler.id, name: '' },
      language: 'de',
      webCapture: {
        url: 'https://www.kunsthaus-adler.de/auktion/2025-11-29/los-217',
        capturedAt: '2025-11-04T10:12:00+01:00',
        tool: 'Hunchly 2.4',
      },
      grading: { source: 'B', information: '2' },
      objectIds,
    },
  );
  const theftReport = await w.document(caseId, null, {
    type: 'other',
    title: 'Theft report, SVR Ohrid, 3 April 2023',
    issuer: { partyId: null, name: 'СВР Охрид' },
    issuerCountry: 'MK',
    issuedOn: '2023-04-03',
    language: 'mk',
    description: 'Asked for through the MLA request; the paper is not in hand yet.',
    objectIds,
  });

  const cite = (documentId: string, page = '1') => ({ documentId, page });
  w.chain(icon, [
    {
      type: 'creation',
      date: 'c. 1700',
      place: { address: 'Ohrid', country: 'MK' },
      certainty: 'probable',
      assessment: 'verified',
      notes: 'Ohrid workshop, by style (expert examination of 12–14 January 2026).',
    },
    {
      type: 'in_possession',
      toParty: { partyId: null, name: 'Trajkovski family, Belgrade' },
      date: '1960s',
      certainty: 'claimed',
      sources: [cite(statement.id)],
      assessment: 'contradicted',
      notes: 'The church inventory of 1974 lists the icon in Leskoec.',
    },
    {
      type: 'in_possession',
      toParty: { partyId: p.church.id, name: '' },
      date: '1974',
      directTransfer: true,
      sources: [cite(inventory.id)],
      assessment: 'verified',
      notes: 'Painted for the church; inventory no. 14 of 1974.',
    },
    {
      type: 'theft',
      fromParty: { partyId: p.church.id, name: '' },
      place: { address: 'Church of St Nicholas, Leskoec', country: 'MK' },
      date: '3 April 2023',
      directTransfer: true,
      sources: [cite(theftReport.id, '')],
      assessment: 'verified',
    },
    {
      type: 'private_sale',
      fromParty: { partyId: null, name: 'Trajkovski family collection, Belgrade' },
      toParty: { partyId: p.gjorgji.id, name: '' },
      date: '2024',
      certainty: 'claimed',
      sources: [cite(statement.id)],
    },
    {
      type: 'export',
      fromParty: { partyId: p.gjorgji.id, name: '' },
      place: { address: 'Serbia', country: 'RS' },
      date: 'August 2025',
      directTransfer: true,
      sources: [cite(licence.id)],
      assessment: 'forged',
      notes: 'Rests on export licence 633-02-118/2022, which the Institute never issued.',
    },
    {
      type: 'import',
      toParty: { partyId: p.gjorgji.id, name: '' },
      place: { address: 'München', country: 'DE' },
      date: 'September 2025',
      certainty: 'probable',
      directTransfer: true,
      sources: [cite(contract.id)],
      notes: 'No customs record of the entry into the Union; the contract dates the arrival.',
    },
    {
      type: 'consignment',
      fromParty: { partyId: p.gjorgji.id, name: '' },
      toParty: { partyId: p.adler.id, name: '' },
      place: { address: 'München', country: 'DE' },
      date: '2025-09-15',
      directTransfer: true,
      lotNumber: '217',
      saleReference: 'Auction of 29 November 2025',
      sources: [cite(contract.id), cite(catalogue.id)],
      assessment: 'verified',
    },
    {
      type: 'seizure',
      fromParty: { partyId: p.adler.id, name: '' },
      toParty: { partyId: null, name: 'Bayerisches Landeskriminalamt' },
      place: { address: 'Maximilianstraße 18, München', country: 'DE' },
      date: '2025-11-26',
      directTransfer: true,
      assessment: 'verified',
    },
  ]);

  w.claim(icon, {
    claimant: { partyId: p.church.id, name: '' },
    claimantKind: 'religious_community',
    basis:
      'Owner since the icon was painted: church inventory of 1974, no. 14; theft reported on 3 April 2023.',
    date: '2025-12-01',
    sources: [cite(inventory.id), cite(theftReport.id, '')],
  });
  w.claim(icon, {
    claimant: { partyId: null, name: 'Republic of North Macedonia, Ministry of Culture' },
    claimantKind: 'state',
    basis:
      'Protected cultural heritage (Law on the Protection of Cultural Heritage); return requested under Directive 2014/60/EU principles and bilateral agreement.',
    status: 'under_review',
    date: '2026-01-20',
  });
  w.claim(icon, {
    claimant: { partyId: p.gjorgji.id, name: '' },
    claimantKind: 'private',
    basis: 'Says he bought the icon in 2024 from a Belgrade family collection in good faith.',
    date: '2025-11-27',
    sources: [cite(statement.id)],
  });
}
