import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

/**
 * The hoard's find, documented by the GPS track on the suspect's phone, and one coin of it that
 * was sold online in July 2025 to a collector in Graz, carried into Austria by the courier and
 * handed over to the Austrian police: an archaeological object imported into the Union after
 * 28 June 2025 without an import licence (Reg. 2019/880, Part B), first documented in 2024.
 */
const FIND_SPOT = { lat: 44.5563, lon: 19.2489 };
const GRAZ = { lat: 47.0707, lon: 15.4395 };

export async function coinProvenance(w: DemoWriter, p: DemoParties, caseId: string): Promise<void> {
  const lot = w.objectId(caseId, 'M-1');

  const seizure = w.seizure(caseId, {
    reference: 'BK-AT 2025/4417',
    seizedAt: '2025-10-08T14:00+02:00',
    place: { address: 'Landespolizeidirektion Steiermark, Graz', country: 'AT', ...GRAZ },
    legalBasis: 'consent',
    legalBasisReference: 'Sicherstellung nach § 110 StPO; request of UKP Belgrade via Europol',
    authority: 'Bundeskriminalamt, Büro 3.4 (Kulturgut); LPD Steiermark',
    officers: ['BezInsp Martina Huber'],
    holderPresent: true,
    holder: { partyId: null, name: 'Collector in Graz (witness, name withheld)' },
    receiptIssued: true,
    receiptNumber: 'BK-AT 2025/4417-1',
    notes: 'Handed over by the buyer after the listing was shown to him.',
  });
  const coin = w.object(caseId, {
    exhibitNumber: 'M-2',
    seizureId: seizure.id,
    typeL1: 'coins',
    typeL2: 'coins.coin',
    title: 'Denarius of Trajan, Dacia capta (sold to Graz)',
    materials: ['silver'],
    techniques: ['struck'],
    measurements: [
      { dimension: 'diameter', value: 19, unit: 'mm' },
      { dimension: 'weight', value: 3.27, unit: 'g' },
    ],
    inscriptions: [
      {
        kind: 'inscription',
        text: 'IMP TRAIANO AVG GER DAC P M TR P COS V P P',
        position: 'obverse',
        script: 'Latin',
      },
    ],
    dating: { earliest: 103, latest: 111, text: 'Trajan, 103–111 AD' },
    distinguishingFeatures: 'Same soil and green deposits as the coins of the hoard M-1.',
    placeOfOrigin: { text: 'Field near Lipnički Šor (hoard M-1)', country: 'RS', ...FIND_SPOT },
    unesco1970: ['c', 'e'],
    reg116Category: 'a1',
    countryOfOrigin: 'RS',
    countryOfOriginCertainty: 'probable',
    valuation: {
      value: { amount: '250.00', currency: 'EUR' },
      basis: 'expert_estimate',
      valuer: 'Vesna Radić',
      on: '2025-10',
    },
    authenticity: 'genuine',
  });
  w.photograph(coin.id, 'coin', 1199, [
    { role: 'overall', caption: 'M-2: obverse', takenAt: '2025-10-08T14:30:00+02:00', gps: GRAZ },
  ]);
  w.custody(coin.id, [
    {
      action: 'collect',
      at: '2025-10-08T14:10+02:00',
      to: 'BezInsp Martina Huber',
      location: 'LPD Steiermark, Graz',
      authority: 'BK-AT 2025/4417',
      condition: 'In a coin flip with the seller’s handwritten label “Trajan, Drina”',
    },
  ]);

  const gps = await w.document(
    caseId,
    {
      name: 'forenzika-gps-trag.pdf',
      letterhead: ['МУП Републике Србије', 'Национални криминалистичко-технички центар'],
      title: 'Извештај о вештачењу ГПС уређаја',
      particulars: [
        ['Предмет', 'ГПС уређај Garmin eTrex, одузет 20. 9. 2025.'],
        ['Налаз', 'Трагови кретања 3–17. 6. 2024, њива код Липничког шора'],
        ['Координате', '44.5563 N, 19.2489 E'],
      ],
      body: [
        'Уређај бележи 11 обилазака исте парцеле са заустављањима од 10 до 40 минута, што',
        'одговара претраживању детектором метала.',
      ],
      stamp: 'Вештак: Никола Илић',
    },
    {
      type: 'expert-report',
      title: 'Forensic report on the GPS device (find spot)',
      issuer: { partyId: null, name: 'NKTC MUP RS' },
      issuerCountry: 'RS',
      issuedOn: '2025-10-01',
      language: 'sr',
      assessment: { status: 'genuine', reason: '', by: 'Ana Petrović', on: '2025-10-02' },
      grading: { source: 'A', information: '2' },
      objectIds: [lot, coin.id],
    },
  );
  const listing = await w.document(
    caseId,
    {
      name: 'kupiprodaj-oglas-88213.pdf',
      letterhead: ['kupiprodaj.example — oglas 88213'],
      title: 'Rimski denar Trajan, DACIA CAPTA, iz dedove zbirke',
      particulars: [
        ['Prodavac', 'stari_novac_drina'],
        ['Cijena', '220 EUR + poštarina'],
        ['Prodano', '14. 7. 2025., kupac iz Graza'],
      ],
      body: ['Stari novac iz porodične zbirke, original, bez certifikata.'],
      stamp: 'Captured 18 September 2025, 09:40 CEST',
    },
    {
      type: 'web-capture',
      title: 'Listing 88213: denarius sold to Graz',
      issuer: { partyId: p.sellerAccount.id, name: '' },
      language: 'bs',
      webCapture: {
        url: 'https://kupiprodaj.example/oglas/88213',
        capturedAt: '2025-09-18T09:40:00+02:00',
        tool: 'Hunchly 2.4',
      },
      grading: { source: 'B', information: '2' },
      objectIds: [coin.id],
    },
  );

  // The buyer paid through PayPal into the seller's e-wallet; the seller paid the digger his share
  // in convertible marks (converted with the unit's rate of the day).
  const wallet = w.account(caseId, {
    kind: 'e_wallet',
    accountNumber: 'PayPal n.hadzic.*****@gmail.com',
    institution: { partyId: null, name: 'PayPal (Europe) S.à r.l. et Cie' },
    holder: { partyId: p.nermin.id, name: '' },
    currency: 'EUR',
    notes: 'Payouts obtained from PayPal through the Luxembourg FIU.',
  });
  const paid = w.payment(caseId, {
    date: '2025-07-14',
    amount: { amount: '220.00', currency: 'EUR' },
    payer: { partyId: null, name: 'Collector in Graz' },
    beneficiary: { partyId: p.nermin.id, name: '' },
    beneficiaryAccountId: wallet,
    method: 'e_wallet',
    reference: 'Listing 88213',
    sources: [{ documentId: listing.id, page: '1' }],
  });
  w.rate({ date: '2025-08-01', currency: 'BAM', rate: '0.511292', source: 'Fixed parity (CBBH)' });
  w.payment(caseId, {
    date: '2025-08-01',
    amount: { amount: '2000.00', currency: 'BAM' },
    payer: { partyId: p.nermin.id, name: '' },
    beneficiary: { partyId: p.draganCyr.id, name: '' },
    method: 'cash',
    purpose: '“His share” of the July sales (Nermin Hadžić’s statement)',
    grading: { source: 'B', information: '2' },
  });

  const cite = (documentId: string) => ({ documentId, page: '1' });
  const find = {
    type: 'illegal_extraction' as const,
    toParty: { partyId: p.draganCyr.id, name: '' },
    place: { address: 'Field near Lipnički Šor, Loznica', country: 'RS', ...FIND_SPOT },
    date: 'June 2024',
    certainty: 'probable' as const,
    sources: [cite(gps.id)],
    assessment: 'verified' as const,
  };
  w.chain(lot, [
    find,
    {
      type: 'seizure',
      fromParty: { partyId: p.draganCyr.id, name: '' },
      toParty: { partyId: null, name: 'UKP Belgrade' },
      place: { address: 'Lipnički Šor bb, Loznica', country: 'RS' },
      date: '2025-09-20',
      directTransfer: true,
      assessment: 'verified',
    },
  ]);
  w.chain(coin.id, [
    find,
    {
      type: 'private_sale',
      fromParty: { partyId: p.nermin.id, name: '' },
      toParty: { partyId: null, name: 'Collector in Graz' },
      agent: { partyId: p.sellerAccount.id, name: '' },
      agentRole: 'agent',
      date: '2025-07-14',
      price: { amount: '220.00', currency: 'EUR' },
      saleReference: 'Listing 88213',
      sources: [cite(listing.id)],
      payments: [paid],
      assessment: 'verified',
    },
    {
      type: 'export',
      agent: { partyId: p.arben.id, name: '' },
      agentRole: 'shipper',
      place: { address: 'Horgoš border crossing', country: 'RS' },
      date: '2 August 2025',
      directTransfer: true,
      certainty: 'probable',
    },
    {
      type: 'import',
      agent: { partyId: p.arben.id, name: '' },
      agentRole: 'shipper',
      place: { address: 'Graz', country: 'AT' },
      date: '3 August 2025',
      directTransfer: true,
      certainty: 'probable',
      notes: 'Delivered by hand by the courier, as the buyer told BezInsp Huber.',
    },
    {
      type: 'seizure',
      fromParty: { partyId: null, name: 'Collector in Graz' },
      toParty: { partyId: null, name: 'LPD Steiermark' },
      place: { address: 'Graz', country: 'AT' },
      date: '2025-10-08',
      directTransfer: true,
      assessment: 'verified',
    },
  ]);
}
