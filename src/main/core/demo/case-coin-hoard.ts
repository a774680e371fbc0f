import type { CaseRecord } from '../../../shared/domain/case';
import { examinationTrail, intakeTrail } from './custody-trails';
import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

/**
 * Typology 9 (REFERENCE §8.3): a hoard dug out with a metal detector near the Drina and sold coin
 * by coin through an online seller account, the parcels carried across the border by a courier.
 * Indicators A2 (fresh soil) and A5 (numerous similar items).
 */
const FIND_SPOT = { lat: 44.5563, lon: 19.2489 };

const COINS = [
  {
    title: 'Denarius of Trajan, Pax',
    year: [98, 99],
    obverse: 'IMP CAES NERVA TRAIAN AVG GERM',
    reverse: 'PONT MAX TR POT COS II',
    metal: 'silver',
    diameter: 18,
    weight: 3.31,
  },
  {
    title: 'Denarius of Trajan, Dacia captive',
    year: [103, 111],
    obverse: 'IMP TRAIANO AVG GER DAC P M TR P COS V P P',
    reverse: 'S P Q R OPTIMO PRINCIPI',
    metal: 'silver',
    diameter: 19,
    weight: 3.24,
  },
  {
    title: 'Sestertius of Trajan, bridge over the Danube',
    year: [104, 111],
    obverse: 'IMP CAES NERVAE TRAIANO AVG GER DAC P M TR P COS V P P',
    reverse: 'S P Q R OPTIMO PRINCIPI · S C',
    metal: 'orichalcum',
    diameter: 33,
    weight: 26.8,
  },
  {
    title: 'As of Trajan',
    year: [103, 111],
    obverse: 'IMP CAES TRAIANO AVG GER DAC',
    reverse: 'S C',
    metal: 'copper',
    diameter: 27,
    weight: 10.9,
  },
  {
    title: 'Denarius of Trajan, column',
    year: [112, 114],
    obverse: 'IMP TRAIANO AVG GER DAC P M TR P COS VI P P',
    reverse: 'S P Q R OPTIMO PRINCIPI',
    metal: 'silver',
    diameter: 19,
    weight: 3.18,
  },
  {
    title: 'Denarius of Trajan, Dacia capta',
    year: [114, 117],
    obverse: 'IMP CAES NER TRAIANO OPTIMO AVG GER DAC',
    reverse: 'DAC CAP',
    metal: 'silver',
    diameter: 19,
    weight: 3.02,
  },
] as const;

export function coinHoardCase(w: DemoWriter, p: DemoParties): CaseRecord {
  const c = w.createCase({
    reference: 'ITCG-2025-0031',
    title: 'Coin hoard from illegal metal-detecting sold online (Drina valley)',
    offences: ['nicosia-4', 'nicosia-7', 'nicosia-8'],
    jurisdiction: 'Republic of Serbia; Bosnia and Herzegovina (Zvornik) by request',
    unit: 'UKP — Cultural Goods Unit, Belgrade',
    leadInvestigator: 'Ana Petrović',
    prosecutor: 'Jelena Milošević, Higher Public Prosecutor’s Office, Šabac',
    prosecutionReference: 'KTR 412/25',
    openedOn: '2025-09-18',
    summary: [
      'Some **1,200 Roman coins** (Trajan, 98–117 AD) dug out with a metal detector in a field near',
      'Lipnički Šor and offered one by one by the seller account *stari_novac_drina*.',
      '',
      '- find spot confirmed from the GPS track on the suspect’s phone',
      '- parcels to buyers in Austria and Germany carried by a lorry driver from Prishtinë',
    ].join('\n'),
    handlingCode: 'H2',
    tags: ['metal-detecting', 'online sale', 'Drina'],
  });
  w.role(c.id, p.draganCyr, 'suspect', 'Dug the hoard out');
  w.role(c.id, p.draganLat, 'suspect', 'As named in the PU Zvornik report');
  w.role(c.id, p.nermin, 'suspect', 'Offered the coins online');
  w.role(c.id, p.sellerAccount, 'dealer', 'Seller account used for the listings');
  w.role(c.id, p.arben, 'courier', 'Carried 14 parcels of coins to buyers');
  w.role(c.id, p.tesic, 'witness');
  w.role(c.id, p.vesna, 'expert');
  w.moveCase(c.id, [{ to: 'under_investigation', on: '2025-09-22' }]);

  const seizure = w.seizure(c.id, {
    reference: 'ZPO-118/2025',
    seizedAt: '2025-09-20T06:15+02:00',
    place: {
      address: 'Lipnički Šor bb, Loznica — the suspect’s house',
      country: 'RS',
      lat: 44.5531,
      lon: 19.2317,
    },
    legalBasis: 'search-warrant',
    legalBasisReference: 'Naredba o pretresanju Kpp 87/25, Viši sud u Šapcu',
    authority: 'MUP RS — UKP, PU Šabac',
    officers: ['Ana Petrović', 'Marko Đorđević', 'Nikola Ilić'],
    witnesses: ['Zoran Marković', 'Snežana Pavlović'],
    holderPresent: true,
    holder: { partyId: p.draganCyr.id, name: 'Драган Јовановић' },
    sealNumbers: ['UKP-0451120', 'UKP-0451121'],
    receiptIssued: true,
    receiptNumber: 'PP-2025-1187',
    notes:
      'Coins in three plastic boxes under the stairs; also seized: two metal detectors and a GPS device.',
  });
  const lot = w.object(c.id, {
    exhibitNumber: 'M-1',
    seizureId: seizure.id,
    lotCount: 1200,
    typeL1: 'coins',
    typeL2: 'coins.hoard',
    title: 'Hoard of Roman coins (Trajan)',
    measurements: [{ dimension: 'weight', value: 4.1, unit: 'kg' }],
    materials: ['silver', 'orichalcum', 'copper'],
    techniques: ['struck'],
    dating: { earliest: 98, latest: 117, text: 'Trajan, 98–117 AD (latest coin 114–117)' },
    distinguishingFeatures:
      'Soil and green corrosion; many coins stuck together in clumps of 5–20.',
    description: 'About 1,050 denarii and 150 bronze coins, uncleaned, in three plastic boxes.',
    placeOfOrigin: {
      text: 'Field near Lipnički Šor, Jadar valley (GPS track)',
      country: 'RS',
      ...FIND_SPOT,
    },
    unesco1970: ['c', 'e'],
    reg116Category: 'a1',
    nationalTreasure: true,
    countryOfOrigin: 'RS',
    countryOfOriginCertainty: 'probable',
    valuation: {
      value: { amount: '36000.00', currency: 'EUR' },
      basis: 'expert_estimate',
      valuer: 'Vesna Radić',
      on: '2025-10',
    },
    authenticity: 'genuine',
    condition: { grade: 'fair', note: 'Uncleaned; active corrosion on some bronze coins.' },
  });
  w.photograph(lot.id, 'coin', 1100, [
    {
      role: 'overall',
      caption: 'M-1: part of the hoard as found in the boxes',
      takenAt: '2025-09-20T07:05:00+02:00',
      gps: FIND_SPOT,
    },
  ]);
  for (const [i, coin] of COINS.entries()) {
    const id = w.describeFromLot(lot.id, {
      typeL2: 'coins.coin',
      title: coin.title,
      materials: [coin.metal],
      measurements: [
        { dimension: 'diameter', value: coin.diameter, unit: 'mm' },
        { dimension: 'weight', value: coin.weight, unit: 'g' },
      ],
      inscriptions: [
        { kind: 'inscription', text: coin.obverse, position: 'obverse', script: 'Latin' },
        { kind: 'inscription', text: coin.reverse, position: 'reverse', script: 'Latin' },
      ],
      dating: {
        earliest: coin.year[0],
        latest: coin.year[1],
        text: `Trajan, ${coin.year[0]}–${coin.year[1]} AD`,
      },
      authenticity: 'genuine',
      condition: { grade: 'fair', note: 'Soil deposits; cleaned on the reverse only.' },
    });
    const shots = i === 0 ? (['overall', 'detail', 'scale'] as const) : (['overall'] as const);
    w.photograph(
      id,
      'coin',
      1101 + i,
      shots.map((role) => ({
        role,
        caption: `M-1/${i + 1}: ${coin.title}, ${role}`,
        takenAt: `2025-10-0${2 + i}T10:15:00+02:00`,
      })),
    );
  }

  w.check(lot.id, {
    database: 'interpol-swoa',
    checkedOn: '2025-09-23',
    checkedBy: 'Marko Đorđević',
    queryKind: 'text_and_image',
    query: 'Roman coins, Trajan, hoard, Serbia',
    result: 'no_hit',
    note: 'Looted hoards are rarely reported: no hit does not mean a licit origin.',
  });
  w.check(lot.id, {
    database: 'icom-red-list',
    checkedOn: '2025-09-23',
    checkedBy: 'Marko Đorđević',
    queryKind: 'image',
    query: 'Red List of Southeast European Cultural Objects at Risk (2021), Numismatics',
    result: 'possible_match',
    reference: 'ICOM SEE Red List 2021 — Roman coins',
    note: 'Same category (Roman silver and bronze coins of the region).',
  });

  const trail = w.custody(lot.id, [
    ...intakeTrail({
      collectedAt: '2025-09-20T06:40+02:00',
      collectedBy: 'Ana Petrović',
      place: 'Lipnički Šor bb, Loznica',
      condition: 'Uncleaned, in three plastic boxes',
      sealedAt: '2025-09-20T07:30+02:00',
      seal: 'UKP-0451120',
      storedAt: '2025-09-20T13:10+02:00',
      storedIn: 'UKP Belgrade, evidence room 2, shelf B4',
      authority: 'Kpp 87/25',
    }),
  ]);
  const stored = trail[2];
  if (stored) {
    w.custody(lot.id, [
      {
        action: 'store',
        at: '2025-09-20T13:10+02:00',
        from: 'Ana Petrović',
        location: 'UKP Belgrade, evidence room 2, shelf B7',
        sealCheck: 'intact',
        note: 'Shelf number mistyped in the first entry (B4 is the shelf of case ITCG-2025-0027).',
        correctsEntryId: stored.id,
      },
    ]);
  }
  w.custody(lot.id, [
    ...examinationTrail({
      outAt: '2025-10-02T09:00+02:00',
      expert: 'Vesna Radić (National Museum in Belgrade)',
      where: 'National Museum in Belgrade, numismatic cabinet',
      purpose: 'Expert examination: identification and dating of the coins',
      custodian: 'Marko Đorđević',
      backAt: '2025-10-14T15:30+02:00',
      newSeal: 'UKP-0451302',
      storedIn: 'UKP Belgrade, evidence room 2, shelf B7',
    }),
    {
      action: 'transfer',
      at: '2025-11-05T10:00+01:00',
      from: 'Marko Đorđević',
      to: 'National Museum in Belgrade (safekeeping agreement 14/25)',
      location: 'National Museum in Belgrade, store N-3',
      purpose: 'Safekeeping and conservation until the end of the proceedings',
      authority: 'Kpp 87/25',
      sealCheck: 'intact',
    },
  ]);

  w.journal(
    c.id,
    '2025-09-18T09:10+02:00',
    [
      '**Tip-off** from PU Zvornik: the seller account *stari_novac_drina* offers Roman coins',
      '“from my grandfather’s collection”, 214 listings since November 2024.',
      '',
      '- listings captured (page, screenshot, SHA-256)',
      '- PayPal payouts to an account of Nermin Hadžić',
    ].join('\n'),
  );
  w.journal(
    c.id,
    '2025-09-20T15:30+02:00',
    [
      'Претрес куће у Липничком шору: **1.200 римских новчића** у три пластичне кутије,',
      'два детектора метала и GPS уређај са траговима кретања по њиви Живорада Тешића.',
    ].join('\n'),
  );
  w.journal(
    c.id,
    '2025-10-14T16:00+02:00',
    [
      'Expert opinion (V. Radić): one hoard — same patina, same soil. The latest coin is of',
      '114–117 AD, so the hoard was buried under Trajan. Estimated value **EUR 36,000**.',
    ].join('\n'),
  );
  return c;
}
