import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

/**
 * The painting's history: a gallery label of 1932, the owner's family, the theft of 2 May 2024,
 * and the dealer's purchase receipt dated four days BEFORE the theft, which the chain's order
 * exposes (and the investigator assessed as doubtful).
 */
export async function paintingProvenance(
  w: DemoWriter,
  p: DemoParties,
  caseId: string,
): Promise<void> {
  const painting = w.objectId(caseId, 'P-1');
  const objectIds = [painting];

  const receipt = await w.document(
    caseId,
    {
      name: 'kovacevic-otkup-2024-041.pdf',
      letterhead: ['Kovačević d.o.o.', 'Ilica 45, 10000 Zagreb'],
      title: 'Otkupni blok br. 041/2024',
      particulars: [
        ['Prodavatelj', 'nepoznata osoba, sajam Hrelić'],
        ['Predmet', 'Slika, ulje na platnu, morski pejzaž, 54 × 73 cm'],
        ['Cijena', 'EUR 600,00 (gotovina)'],
        ['Datum', '28. 4. 2024.'],
      ],
      body: ['Roba preuzeta bez dokumentacije o podrijetlu.'],
      stamp: 'Stjepan Kovačević, direktor',
    },
    {
      type: 'invoice',
      title: 'Purchase receipt 041/2024 (Kovačević d.o.o.)',
      issuer: { partyId: p.kovacevic.id, name: '' },
      issuerCountry: 'HR',
      number: '041/2024',
      issuedOn: '2024-04-28',
      language: 'hr',
      description: 'Produced by the dealer to show he bought the painting in good faith.',
      assessment: {
        status: 'doubtful',
        reason:
          'Dated four days before the theft; numbered after receipts of May 2024 in the same book.',
        by: 'Marko Đorđević',
        on: '2024-06-20',
      },
      grading: { source: 'C', information: '4' },
      objectIds,
    },
  );
  const invoice = await w.document(
    caseId,
    {
      name: 'kovacevic-racun-2024-118.pdf',
      letterhead: ['Kovačević d.o.o.', 'Ilica 45, 10000 Zagreb'],
      title: 'Račun br. 2024-118',
      particulars: [
        ['Kupac', 'Antikvariat Žolnir d.o.o., Ljubljana'],
        ['Predmet', 'Pogled na Kvarner, ulje na platnu'],
        ['Cijena', 'EUR 3.200,00'],
        ['Datum', '21. 5. 2024.'],
      ],
      body: ['Plaćeno virmanski.'],
      stamp: 'Kovačević d.o.o.',
    },
    {
      type: 'invoice',
      title: 'Invoice 2024-118, Kovačević → Žolnir',
      issuer: { partyId: p.kovacevic.id, name: '' },
      issuerCountry: 'HR',
      number: '2024-118',
      issuedOn: '2024-05-21',
      language: 'hr',
      assessment: { status: 'genuine', reason: '', by: 'Matej Kranjc', on: '2024-06-11' },
      grading: { source: 'B', information: '2' },
      objectIds,
    },
  );

  // The antiquarian paid by bank transfer, as the invoice says: the sale event cites the payment.
  const zolnirAccount = w.account(caseId, {
    iban: 'SI56191000000123438',
    institution: { partyId: null, name: 'Nova Ljubljanska banka d.d.' },
    holder: { partyId: p.zolnir.id, name: '' },
    currency: 'EUR',
  });
  const dealerAccount = w.account(caseId, {
    iban: 'HR7623600001102345608',
    bic: 'ZABAHR2X',
    institution: { partyId: null, name: 'Zagrebačka banka d.d.' },
    holder: { partyId: p.kovacevic.id, name: '' },
    currency: 'EUR',
  });
  const paid = w.payment(caseId, {
    date: '2024-05-22',
    amount: { amount: '3200.00', currency: 'EUR' },
    payer: { partyId: p.zolnir.id, name: '' },
    payerAccountId: zolnirAccount,
    beneficiary: { partyId: p.kovacevic.id, name: '' },
    beneficiaryAccountId: dealerAccount,
    method: 'wire',
    reference: 'Račun 2024-118',
    sources: [{ documentId: invoice.id, page: '1' }],
    grading: { source: 'A', information: '1' },
  });

  const cite = (documentId: string) => ({ documentId, page: '1' });
  w.chain(painting, [
    {
      type: 'creation',
      date: 'c. 1910',
      place: { address: 'Volosko', country: 'HR' },
      certainty: 'probable',
    },
    {
      type: 'sale',
      agent: { partyId: null, name: 'Galerija Ulrich, Zagreb' },
      agentRole: 'dealer',
      toParty: { partyId: null, name: 'Šimunić family, Opatija' },
      date: '1932',
      certainty: 'probable',
      notes: 'Gallery label of 1932 on the stretcher.',
    },
    {
      type: 'by_descent',
      fromParty: { partyId: null, name: 'Šimunić family, Opatija' },
      toParty: { partyId: p.zeljka.id, name: '' },
      date: '1991',
      directTransfer: true,
      assessment: 'verified',
    },
    {
      type: 'theft',
      fromParty: { partyId: p.zeljka.id, name: '' },
      place: { address: 'Opatija', country: 'HR' },
      date: '2 May 2024',
      directTransfer: true,
      assessment: 'verified',
    },
    {
      type: 'private_sale',
      fromParty: { partyId: null, name: 'Unknown seller, Hrelić flea market' },
      toParty: { partyId: p.kovacevic.id, name: '' },
      place: { address: 'Zagreb', country: 'HR' },
      date: '28 April 2024',
      certainty: 'claimed',
      price: { amount: '600.00', currency: 'EUR' },
      sources: [cite(receipt.id)],
      notes: 'The date is the dealer’s receipt’s.',
    },
    {
      type: 'private_sale',
      fromParty: { partyId: p.kovacevic.id, name: '' },
      toParty: { partyId: p.zolnir.id, name: '' },
      place: { address: 'Ljubljana', country: 'SI' },
      date: '2024-05-21',
      directTransfer: true,
      price: { amount: '3200.00', currency: 'EUR' },
      sources: [cite(invoice.id)],
      payments: [paid],
      assessment: 'verified',
    },
    {
      type: 'seizure',
      fromParty: { partyId: p.zolnir.id, name: '' },
      toParty: { partyId: null, name: 'PU Ljubljana' },
      place: { address: 'Stari trg 9, Ljubljana', country: 'SI' },
      date: '2024-06-11',
      directTransfer: true,
      assessment: 'verified',
    },
    {
      type: 'restitution',
      toParty: { partyId: p.zeljka.id, name: '' },
      place: { address: 'Opatija', country: 'HR' },
      date: '2024-11-18',
      directTransfer: true,
      assessment: 'verified',
    },
  ]);
}
