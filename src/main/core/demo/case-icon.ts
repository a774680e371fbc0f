import type { CaseRecord } from '../../../shared/domain/case';
import { examinationTrail } from './custody-trails';
import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';

/**
 * Typology 11 (REFERENCE §8.3): an icon stolen from a village church near Ohrid, offered at a
 * Munich auction with a forged Serbian export licence. Indicator A4: a national stolen-art
 * database hit and a church inventory number scraped off the back.
 */
const CHURCH = { lat: 41.1308, lon: 20.7912 };
const MUNICH = { lat: 48.1393, lon: 11.5822 };

export function iconCase(w: DemoWriter, p: DemoParties): CaseRecord {
  const c = w.createCase({
    reference: 'ITCG-2025-0044',
    title:
      'Icon of St Nicholas stolen from a church, offered at a Munich auction with a forged export licence',
    offences: ['nicosia-3', 'nicosia-6', 'nicosia-8', 'nicosia-9'],
    jurisdiction: 'Republic of Serbia (forged licence); Germany and North Macedonia by MLA',
    unit: 'UKP — Cultural Goods Unit, Belgrade',
    leadInvestigator: 'Ana Petrović',
    prosecutor: 'Milica Stanković, Higher Public Prosecutor’s Office, Belgrade',
    prosecutionReference: 'KT 1187/25',
    openedOn: '2025-11-04',
    summary: [
      'Lot 217 of the Kunsthaus Adler sale of 29 November 2025: *Russian or Balkan icon of',
      'St Nicholas, 18th c.*, “from a Belgrade family collection, export licence enclosed”.',
      '',
      'The Republic Institute for the Protection of Cultural Monuments issued **no such licence**',
      '(no. 633-02-118/2022): stamp and signature are forged. The icon is the one stolen from the',
      'church of St Nicholas in Leskoec (Ohrid) in April 2023.',
    ].join('\n'),
    handlingCode: 'H1',
    tags: ['icon', 'auction', 'forged export licence', 'MLA'],
  });
  w.role(c.id, p.gjorgji, 'suspect', 'Consignor of lot 217');
  w.role(c.id, p.adler, 'holder', 'Auction house; withdrew the lot on request');
  w.role(c.id, p.church, 'owner');
  w.role(
    c.id,
    p.church,
    'claimant',
    'Restitution requested through the Ministry of Culture, Skopje',
  );
  w.role(c.id, p.jovana, 'expert');
  w.moveCase(c.id, [
    { to: 'under_investigation', on: '2025-11-06' },
    {
      to: 'referred',
      on: '2026-02-16',
      note: 'Criminal complaint against Ѓорѓи Трајковски: forged document, illegal export of cultural goods.',
    },
  ]);

  const seizure = w.seizure(c.id, {
    reference: 'BLKA 622-118/25',
    seizedAt: '2025-11-26T10:00+01:00',
    place: {
      address: 'Kunsthaus Adler Auktionen, Maximilianstraße 18, München',
      country: 'DE',
      ...MUNICH,
    },
    legalBasis: 'mla-request',
    legalBasisReference:
      'Rechtshilfeersuchen VJT Beograd KT 1187/25; Beschluss AG München 34 Gs 5512/25',
    authority: 'Bayerisches Landeskriminalamt, SG 622 (Kulturgut)',
    officers: ['KHK Thomas Berger', 'KOK Sabine Wolf'],
    witnesses: ['Dr. Claudia Adler (Geschäftsführerin)'],
    holderPresent: true,
    holder: { partyId: p.adler.id, name: 'Kunsthaus Adler Auktionen GmbH' },
    sealNumbers: ['BY-LKA 0099231'],
    receiptIssued: true,
    receiptNumber: 'Sicherstellungsprotokoll 622-118',
    notes:
      'Seized with the consignment contract and the forged export licence no. 633-02-118/2022.',
  });
  const icon = w.object(c.id, {
    exhibitNumber: 'I-1',
    seizureId: seizure.id,
    typeL1: 'religious',
    typeL2: 'religious.icon',
    title: 'Св. Никола (St Nicholas)',
    subject:
      'St Nicholas, half-length, blessing, holding the Gospel; Christ and the Theotokos in medallions',
    measurements: [
      { dimension: 'height', value: 38, unit: 'cm' },
      { dimension: 'width', value: 29, unit: 'cm' },
      { dimension: 'depth', value: 2.5, unit: 'cm' },
    ],
    materials: ['lime wood', 'gesso', 'egg tempera', 'gold leaf'],
    techniques: ['tempera on wood', 'gilding'],
    inscriptions: [
      {
        kind: 'inscription',
        text: 'СВ. НИКОЛА',
        position: 'either side of the halo',
        script: 'Church Slavonic',
      },
      { kind: 'inscription', text: 'IC XC', position: 'medallion, upper left', script: 'Greek' },
      {
        kind: 'property_mark',
        text: 'Црква Св. Никола — Лескоец, инв. бр. 14',
        position: 'reverse, partly scraped off',
        script: 'Macedonian Cyrillic',
      },
    ],
    dating: { earliest: 1690, latest: 1730, text: 'c. 1700, Ohrid workshop' },
    distinguishingFeatures:
      'Losses along the lower edge; a vertical crack through the left board; two dovetailed battens; the church inventory number scraped off the reverse.',
    description:
      'Tempera on a two-board lime panel with a raised border; gold ground; red cloak with a white omophorion.',
    inventoryNumber: '14 (church inventory of 1974)',
    placeOfOrigin: { text: 'Church of St Nicholas, Leskoec (Ohrid)', country: 'MK', ...CHURCH },
    unesco1970: ['e', 'g'],
    reg116Category: 'a3',
    nationalTreasure: true,
    countryOfOrigin: 'MK',
    countryOfOriginCertainty: 'certain',
    valuation: {
      value: { amount: '45000.00', currency: 'EUR' },
      basis: 'expert_estimate',
      valuer: 'Јована Стојановска',
      on: '2026-01',
    },
    authenticity: 'genuine',
    condition: { grade: 'fair', note: 'Flaking paint at the lower edge; stable.' },
  });
  w.photograph(icon.id, 'icon', 2201, [
    { role: 'overall', caption: 'I-1: front', takenAt: '2025-11-26T10:10:00+01:00', gps: MUNICH },
    {
      role: 'detail',
      caption: 'I-1: inscription СВ. НИКОЛА',
      takenAt: '2025-11-26T10:12:00+01:00',
      gps: MUNICH,
    },
    {
      role: 'marking',
      caption: 'I-1: reverse, scraped inventory number',
      takenAt: '2025-11-26T10:14:00+01:00',
      gps: MUNICH,
    },
    {
      role: 'damage',
      caption: 'I-1: losses along the lower edge',
      takenAt: '2025-11-26T10:16:00+01:00',
      gps: MUNICH,
    },
  ]);
  w.check(icon.id, {
    database: 'national',
    checkedOn: '2025-11-05',
    checkedBy: 'Ana Petrović',
    queryKind: 'image',
    query: 'Icon, St Nicholas, 38 × 29 cm, Ohrid',
    result: 'hit',
    reference: 'MK-MK/KN-2023-0117',
    note: 'Register of stolen cultural property, Ministry of Culture of North Macedonia: theft of 3 April 2023.',
  });
  w.check(icon.id, {
    database: 'interpol-swoa',
    checkedOn: '2025-11-05',
    checkedBy: 'Ana Petrović',
    queryKind: 'text_and_image',
    query: 'St Nicholas icon tempera',
    result: 'no_hit',
    note: 'Reported nationally but not yet sent to INTERPOL: the national hit stands.',
  });
  w.legalStatus(
    icon.id,
    'frozen',
    '2026-01-20',
    'Rešenje Kpp 244/25, Viši sud u Beogradu',
    'Frozen pending the restitution request of North Macedonia.',
  );

  w.custody(icon.id, [
    {
      action: 'collect',
      at: '2025-11-26T10:20+01:00',
      to: 'KHK Thomas Berger',
      location: 'Kunsthaus Adler, München',
      authority: '34 Gs 5512/25',
      condition: 'As catalogued; paint flaking at the lower edge',
    },
    {
      action: 'package_seal',
      at: '2025-11-26T10:45+01:00',
      to: 'KHK Thomas Berger',
      location: 'Kunsthaus Adler, München',
      newSealNumber: 'BY-LKA 0099231',
    },
    {
      action: 'store',
      at: '2025-11-26T12:30+01:00',
      from: 'KHK Thomas Berger',
      location: 'BLKA München, Asservatenkammer 3',
      sealCheck: 'intact',
    },
    {
      action: 'transfer',
      at: '2025-12-18T09:00+01:00',
      from: 'BLKA München',
      to: 'Ana Petrović (UKP)',
      location: 'München Flughafen',
      purpose: 'Handover under the MLA request KT 1187/25',
      authority: 'KT 1187/25',
      sealCheck: 'intact',
    },
    {
      action: 'store',
      at: '2025-12-18T16:40+01:00',
      from: 'Ana Petrović',
      location: 'UKP Belgrade, evidence room 2, climate cabinet K-3',
      sealCheck: 'intact',
    },
    ...examinationTrail({
      outAt: '2026-01-12T09:00+01:00',
      expert: 'Јована Стојановска',
      where: 'National Museum of Serbia, conservation laboratory',
      purpose:
        'Expert examination: dating, attribution, comparison with the 1974 inventory photograph',
      custodian: 'Ana Petrović',
      backAt: '2026-01-14T15:30+01:00',
      newSeal: 'UKP-0451388',
      storedIn: 'UKP Belgrade, evidence room 2, climate cabinet K-3',
    }),
  ]);

  w.journal(
    c.id,
    '2025-11-04T11:20+01:00',
    [
      'Catalogue of the Kunsthaus Adler sale received from BLKA: **lot 217**, estimate EUR 18,000–22,000.',
      'The enclosed export licence no. 633-02-118/2022 was sent to the Republic Institute for checking.',
    ].join('\n'),
  );
  w.journal(
    c.id,
    '2026-01-14T17:00+01:00',
    [
      'Потврда од НУ Завод и музеј Охрид: иконата е **идентична** со фотографијата од инвентарот од',
      '1974 година (пукнатина на левата даска, инв. бр. 14 на задната страна).',
    ].join('\n'),
  );
  return c;
}
