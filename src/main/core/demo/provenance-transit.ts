import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

/**
 * The shipment's papers and what they claim. The marble head's "private collection in Lebanon
 * before 1965" rests on the consignor's letter and jumps to a 2013 sale (a gap across 1970 and
 * 1972); the krater was bought for EUR 8,000 and sold on for EUR 42,000 within twenty months;
 * the Lebanese export certificate covers goods that did not originate in Lebanon; the helmet has
 * no history at all. The Gospel book (T-4) is left without one: the e2e tests record it.
 */
export async function transitProvenance(
  w: DemoWriter,
  p: DemoParties,
  caseId: string,
): Promise<void> {
  const head = w.objectId(caseId, 'T-1');
  const krater = w.objectId(caseId, 'T-2');
  const helmet = w.objectId(caseId, 'T-3');

  const letter = await w.document(
    caseId,
    {
      name: 'cedar-provenance-letter.pdf',
      letterhead: ['Cedar Free Zone Trading SAL (Offshore)', 'Beirut Free Zone, Lebanon'],
      title: 'Provenance statement',
      particulars: [
        ['Object', 'Marble head of a young man, Roman'],
        ['Date', '2 December 2025'],
      ],
      body: [
        'We confirm that the above object has been in a private collection in Lebanon since before',
        '1965 and was acquired by our company in 2013. It left Lebanon legally.',
      ],
      stamp: 'For Cedar Free Zone Trading SAL — the Manager',
    },
    {
      type: 'holder-statement',
      title: 'Consignor’s provenance letter (marble head)',
      issuer: { partyId: p.cedar.id, name: '' },
      issuerCountry: 'LB',
      issuedOn: '2025-12-02',
      language: 'en',
      description: 'Found in the cabin of the lorry with the transport papers.',
      grading: { source: 'C', information: '4' },
      objectIds: [head],
    },
  );
  const certificate = await w.document(
    caseId,
    {
      name: 'dga-export-certificate-4471.pdf',
      letterhead: [
        'Republic of Lebanon — Ministry of Culture',
        'Directorate General of Antiquities',
      ],
      title: 'Export certificate no. DGA/EXP/2025/4471',
      particulars: [
        ['Exporter', 'Cedar Free Zone Trading SAL (Offshore)'],
        ['Goods', 'Four decorative items (reproductions), 4 crates'],
        ['Destination', 'Cyprus, via Türkiye'],
        ['Date', '9 January 2026'],
      ],
      body: ['The goods described are not subject to the antiquities law.'],
      stamp: 'Directorate General of Antiquities, Beirut',
    },
    {
      type: 'export-licence',
      title: 'Lebanese export certificate for the four crates',
      issuer: { partyId: null, name: 'Directorate General of Antiquities, Beirut' },
      issuerCountry: 'LB',
      number: 'DGA/EXP/2025/4471',
      issuedOn: '2026-01-09',
      language: 'en',
      description: 'Describes the goods as reproductions; verification asked through NCB Beirut.',
      grading: { source: 'B', information: '3' },
      objectIds: [head, krater, helmet],
    },
  );
  const firstInvoice = await w.document(
    caseId,
    {
      name: 'phoenicia-antiques-invoice-0311.pdf',
      letterhead: ['Phoenicia Antiques', 'Old Souk, Byblos (Jbeil), Lebanon'],
      title: 'Invoice no. 0311',
      particulars: [
        ['Buyer', 'Cedar Free Zone Trading SAL'],
        ['Item', 'Painted Greek vase with figures (bell krater)'],
        ['Price', 'EUR 8,000'],
        ['Date', '14 March 2024'],
      ],
      body: ['Paid in cash.'],
      stamp: 'Phoenicia Antiques',
    },
    {
      type: 'invoice',
      title: 'Invoice 0311, Phoenicia Antiques → Cedar (krater)',
      issuer: { partyId: null, name: 'Phoenicia Antiques, Byblos' },
      issuerCountry: 'LB',
      number: '0311',
      issuedOn: '2024-03-14',
      language: 'en',
      grading: { source: 'C', information: '3' },
      objectIds: [krater],
    },
  );
  const secondInvoice = await w.document(
    caseId,
    {
      name: 'cedar-invoice-kyrenia-2025-118.pdf',
      letterhead: ['Cedar Free Zone Trading SAL (Offshore)', 'Beirut Free Zone, Lebanon'],
      title: 'Commercial invoice CFZ-2025-118',
      particulars: [
        ['Buyer', 'Kyrenia Heritage Holdings Ltd, Limassol'],
        ['Item', 'Decorative krater, reproduction'],
        ['Price', 'EUR 42,000'],
        ['Date', '20 November 2025'],
      ],
      body: ['Payment to Hëna Trading SH.P.K., Tiranë, as agreed.'],
      stamp: 'Cedar Free Zone Trading SAL',
    },
    {
      type: 'invoice',
      title: 'Invoice CFZ-2025-118, Cedar → Kyrenia (krater)',
      issuer: { partyId: p.cedar.id, name: '' },
      issuerCountry: 'LB',
      number: 'CFZ-2025-118',
      issuedOn: '2025-11-20',
      language: 'en',
      description: 'A "reproduction" sold for EUR 42,000; payee a third company in Albania.',
      grading: { source: 'B', information: '2' },
      objectIds: [krater],
    },
  );

  const cite = (documentId: string, page = '1') => ({ documentId, page });
  const seizure = {
    type: 'seizure' as const,
    toParty: { partyId: null, name: 'Uprava carina — CI Batrovci' },
    place: { address: 'Batrovci border crossing', country: 'RS' },
    date: '2026-01-21',
    directTransfer: true,
    assessment: 'verified' as const,
  };
  const flown = {
    type: 'export' as const,
    fromParty: { partyId: p.cedar.id, name: '' },
    place: { address: 'Beirut (BEY)', country: 'LB' },
    date: '2026-01-12',
    directTransfer: true,
    sources: [cite(certificate.id)],
  };

  w.chain(head, [
    {
      type: 'in_possession',
      toParty: { partyId: null, name: 'Private collection, Lebanon' },
      date: 'before 1965',
      certainty: 'claimed',
      sources: [cite(letter.id)],
    },
    {
      type: 'private_sale',
      fromParty: { partyId: null, name: 'Private collection, Lebanon' },
      toParty: { partyId: p.cedar.id, name: '' },
      date: '2013',
      certainty: 'possible',
      sources: [cite(letter.id)],
    },
    flown,
    { ...seizure, fromParty: { partyId: p.arben.id, name: '' } },
  ]);
  w.chain(krater, [
    {
      type: 'illegal_extraction',
      date: '2010s',
      certainty: 'possible',
      notes: 'Fresh soil inside the foot; no earlier record of the vase (expert, 5 February 2026).',
    },
    {
      type: 'private_sale',
      fromParty: { partyId: null, name: 'Phoenicia Antiques, Byblos' },
      toParty: { partyId: p.cedar.id, name: '' },
      date: '14 March 2024',
      price: { amount: '8000.00', currency: 'EUR' },
      sources: [cite(firstInvoice.id)],
    },
    {
      type: 'private_sale',
      fromParty: { partyId: p.cedar.id, name: '' },
      toParty: { partyId: p.kyrenia.id, name: '' },
      date: '2025-11-20',
      directTransfer: true,
      price: { amount: '42000.00', currency: 'EUR' },
      saleReference: 'Invoice CFZ-2025-118',
      sources: [cite(secondInvoice.id)],
    },
    flown,
    { ...seizure, fromParty: { partyId: p.arben.id, name: '' } },
  ]);
}
