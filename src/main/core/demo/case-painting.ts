import type { CaseRecord } from '../../../shared/domain/case';
import { intakeTrail } from './custody-trails';
import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

/**
 * A small case that ran its course: a painting stolen from a villa in Opatija, sold through a
 * Zagreb dealer, found at a Ljubljana antiquarian, returned to its owner. Closed and archived, so
 * the case list shows every status.
 */
const LJUBLJANA = { lat: 46.0479, lon: 14.5069 };

export function paintingCase(w: DemoWriter, p: DemoParties): CaseRecord {
  const c = w.createCase({
    reference: 'ITCG-2024-0112',
    title: 'Painting stolen in Opatija, found in Ljubljana and returned to its owner',
    offences: ['nicosia-3', 'nicosia-7'],
    jurisdiction: 'Republic of Serbia, assisting PU Primorsko-goranska (HR) and PU Ljubljana (SI)',
    unit: 'UKP — Cultural Goods Unit, Belgrade',
    leadInvestigator: 'Marko Đorđević',
    openedOn: '2024-05-06',
    summary: [
      '*View of the Kvarner Gulf*, oil on canvas, stolen from a villa in Opatija on 2 May 2024,',
      'sold on by **Kovačević d.o.o.** to Antikvariat Žolnir, Ljubljana, and returned to the owner',
      'on 18 November 2024.',
    ].join('\n'),
    classification: 'unclassified',
    handlingCode: 'H0',
    tags: ['painting', 'returned'],
  });
  w.role(c.id, p.zeljka, 'owner');
  w.role(c.id, p.stjepan, 'suspect', 'Sold the painting to the Ljubljana antiquarian');
  w.role(c.id, p.kovacevic, 'dealer');
  w.role(c.id, p.zolnir, 'holder', 'Bought in good faith; handed the painting over');
  w.role(c.id, p.matjaz, 'witness');

  const seizure = w.seizure(c.id, {
    reference: 'PU-LJ 2024-0611',
    seizedAt: '2024-06-11T11:00+02:00',
    place: { address: 'Antikvariat Žolnir, Stari trg 9, Ljubljana', country: 'SI', ...LJUBLJANA },
    legalBasis: 'consent',
    legalBasisReference: 'Zapisnik o zasegu predmetov, PU Ljubljana',
    authority: 'Policijska uprava Ljubljana, SKP',
    officers: ['Matej Kranjc'],
    witnesses: ['Matjaž Žnidaršič'],
    holderPresent: true,
    holder: { partyId: p.zolnir.id, name: 'Antikvariat Žolnir d.o.o.' },
    sealNumbers: ['PU-LJ 55102'],
    receiptIssued: true,
    receiptNumber: '2024/0611-1',
  });
  const painting = w.object(c.id, {
    exhibitNumber: 'P-1',
    seizureId: seizure.id,
    typeL1: 'paintings',
    typeL2: 'paintings.oil',
    title: 'Pogled na Kvarner (View of the Kvarner Gulf)',
    maker: 'Unsigned; Croatian school, circle of Menci Clement Crnčić',
    subject: 'The Kvarner Gulf seen from Volosko, with fishing boats',
    measurements: [
      { dimension: 'height', value: 54, unit: 'cm' },
      { dimension: 'width', value: 73, unit: 'cm' },
    ],
    materials: ['oil paint', 'canvas'],
    techniques: ['oil painting'],
    inscriptions: [
      {
        kind: 'label',
        text: 'Galerija Ulrich, Zagreb — 1932',
        position: 'reverse, upper stretcher bar',
        script: 'Latin',
      },
    ],
    dating: { earliest: 1905, latest: 1915, text: 'c. 1910' },
    distinguishingFeatures:
      'A 1 cm tear at the lower right, patched from the back; gallery label on the stretcher.',
    countryOfOrigin: 'HR',
    countryOfOriginCertainty: 'certain',
    reg116Category: 'a3',
    valuation: {
      value: { amount: '9500.00', currency: 'EUR' },
      basis: 'insurance',
      valuer: 'Insurance schedule of the owner',
      on: '2021',
    },
    authenticity: 'genuine',
    condition: { grade: 'good', note: '' },
  });
  w.photograph(painting.id, 'painting', 4401, [
    {
      role: 'overall',
      caption: 'P-1: front',
      takenAt: '2024-06-11T11:20:00+02:00',
      gps: LJUBLJANA,
    },
    {
      role: 'marking',
      caption: 'P-1: gallery label on the stretcher',
      takenAt: '2024-06-11T11:24:00+02:00',
      gps: LJUBLJANA,
    },
  ]);
  w.check(painting.id, {
    database: 'interpol-swoa',
    checkedOn: '2024-05-07',
    checkedBy: 'Marko Đorđević',
    queryKind: 'text_and_image',
    query: 'Kvarner, oil on canvas, 54 × 73',
    result: 'hit',
    reference: 'SWoA 2024/31877 (NCB Zagreb)',
  });
  w.custody(painting.id, [
    ...intakeTrail({
      collectedAt: '2024-06-11T11:30+02:00',
      collectedBy: 'Matej Kranjc',
      place: 'Antikvariat Žolnir, Ljubljana',
      condition: 'Good; old patch at the lower right',
      sealedAt: '2024-06-11T11:50+02:00',
      seal: 'PU-LJ 55102',
      storedAt: '2024-06-11T14:00+02:00',
      storedIn: 'PU Ljubljana, evidence room',
      authority: 'PU-LJ 2024-0611',
    }),
    {
      action: 'return',
      at: '2024-11-18T12:00+01:00',
      from: 'PU Ljubljana',
      to: 'Željka Šimunić (owner)',
      location: 'Opatija',
      purpose: 'Return to the owner',
      authority: 'Rješenje Općinskog kaznenog suda u Rijeci',
      sealCheck: 'intact',
      condition: 'As seized',
    },
  ]);
  w.legalStatus(
    painting.id,
    'returned',
    '2024-11-18',
    'Rješenje Općinskog kaznenog suda u Rijeci',
    'Returned to the owner.',
  );
  w.journal(
    c.id,
    '2024-06-11T16:00+02:00',
    [
      'Predmet je prostovoljno izročil lastnik antikvariata, g. **Matjaž Žnidaršič**; račun',
      'Kovačević d.o.o. z dne 21. 5. 2024 je priložen.',
    ].join('\n'),
  );
  w.journal(
    c.id,
    '2024-11-18T13:00+01:00',
    [
      'Vlasnica gđa Željka Šimunić prepoznala je sliku po naljepnici galerije na podokviru.',
      'Slika je vraćena uz potvrdu o preuzimanju.',
    ].join('\n'),
  );
  w.moveCase(c.id, [
    { to: 'under_investigation', on: '2024-05-08' },
    { to: 'closed', on: '2024-11-20', note: 'Painting returned; proceedings continue in Croatia.' },
    { to: 'archived', on: '2025-03-03' },
  ]);
  return c;
}
