import type { CaseRecord } from '../../../shared/domain/case';
import type { CustodyFieldsInput } from '../../../shared/domain/object';
import { examinationTrail, intakeTrail } from './custody-trails';
import type { DemoParties } from './demo-parties';
import type { DemoWriter } from './demo-writer';
import { PIECES } from './transit-pieces';

/**
 * Typologies 3, 4, 5 and 7 (REFERENCE §8.3): antiquities shipped from a Beirut free zone through
 * Istanbul and Sofia, declared as reproductions at a fraction of their value, consigned to a
 * Cyprus shell company and paid through an Albanian trading company. Found by customs at Batrovci
 * on the way to a Zagreb dealer. Indicators A2, A6 and the under-declared value.
 */
const BATROVCI = { lat: 45.0475, lon: 19.1009 };
const SEIZED_AT = '2026-01-21T03:40+01:00';

export function transitCase(w: DemoWriter, p: DemoParties): CaseRecord {
  const c = w.createCase({
    reference: 'ITCG-2026-0007',
    title: 'Antiquities shipment through a transit country paid via a shell company (Batrovci)',
    offences: ['nicosia-5', 'nicosia-6', 'money-laundering', 'organised-crime'],
    jurisdiction: 'Republic of Serbia',
    unit: 'UKP — Cultural Goods Unit, Belgrade',
    leadInvestigator: 'Marko Đorđević',
    openedOn: '2026-01-21',
    summary: [
      'Lorry stopped at **Batrovci** on its way to Zagreb: four crates declared as *reproductions*',
      '(HS 9705, EUR 850) held a Roman marble head, an Apulian krater, an Illyrian helmet and a',
      '16th-century Gospel book — assessed at **EUR 412,000**.',
      '',
      'Consignor: a Beirut free-zone company; consignee: a Limassol company without staff;',
      'freight and purchase paid through Hëna Trading SH.P.K. (Tiranë).',
    ].join('\n'),
    handlingCode: 'H2',
    tags: ['transit', 'freeport', 'shell company', 'under-declared value'],
  });
  w.role(c.id, p.arben, 'suspect', 'Driver of the lorry');
  w.role(c.id, p.arben, 'courier');
  w.role(c.id, p.blerina, 'suspect', 'Director of Hëna Trading SH.P.K.');
  w.role(c.id, p.cedar, 'consignor');
  w.role(c.id, p.kyrenia, 'consignee');
  w.role(c.id, p.hena, 'other', 'Paid the freight and received the purchase money');
  w.role(c.id, p.kovacevic, 'buyer', 'Delivery address of the consignment');
  w.role(c.id, p.stjepan, 'suspect', 'Director of the buyer');
  w.role(c.id, p.djukic, 'official');

  const seizure = w.seizure(c.id, {
    reference: 'CI-BAT 0219/2026',
    seizedAt: SEIZED_AT,
    place: { address: 'Granični prelaz Batrovci (E-70), Šid', country: 'RS', ...BATROVCI },
    legalBasis: 'customs-control',
    legalBasisReference: 'Carinski zakon, čl. 245; Zakon o kulturnim dobrima, čl. 107',
    authority: 'Uprava carina — Carinarnica Šabac, CI Batrovci; UKP',
    officers: ['Ivan Đukić', 'Marko Đorđević'],
    holderPresent: true,
    holder: { partyId: p.arben.id, name: 'Arben Krasniqi' },
    sealNumbers: ['UC-BAT-7781', 'UC-BAT-7782', 'UC-BAT-7783', 'UC-BAT-7784'],
    receiptIssued: true,
    receiptNumber: 'PP-2026-0093',
    notes:
      'X-ray of the trailer showed dense objects in crates declared as garden ornaments; crates opened in the presence of the driver.',
    shipment: {
      consignor: { partyId: p.cedar.id, name: 'Cedar Free Zone Trading SAL (Offshore)' },
      consignee: { partyId: p.kyrenia.id, name: 'Kyrenia Heritage Holdings Ltd' },
      carrier: 'Dardania Freight SH.P.K., Prishtinë (lorry PR-445-KM)',
      routeLegs: [
        {
          from: 'Beirut (BEY)',
          to: 'Istanbul (IST)',
          mode: 'air',
          departedOn: '2026-01-12',
          arrivedOn: '2026-01-12',
        },
        {
          from: 'Istanbul',
          to: 'Sofia',
          mode: 'road',
          departedOn: '2026-01-17',
          arrivedOn: '2026-01-18',
        },
        {
          from: 'Sofia',
          to: 'Belgrade',
          mode: 'road',
          departedOn: '2026-01-19',
          arrivedOn: '2026-01-20',
        },
        { from: 'Belgrade', to: 'Zagreb', mode: 'road', departedOn: '2026-01-21' },
      ],
      transportDocuments: [
        { kind: 'awb', number: '235-48817263' },
        { kind: 'cmr', number: 'TR 0457812' },
      ],
      borderCrossingPoint: 'Batrovci — Bajakovo',
      declaration: {
        number: '26RS0240000357',
        hsCode: '9705 10 00',
        declaredDescription: 'Decorative reproductions, no historical value',
        declaredOrigin: 'LB',
        declaredValue: { amount: '850.00', currency: 'EUR' },
        assessedValue: { amount: '412000.00', currency: 'EUR' },
      },
    },
  });

  for (const piece of PIECES) {
    const object = w.object(c.id, {
      exhibitNumber: piece.exhibit,
      seizureId: seizure.id,
      ...piece.fields,
    });
    w.photograph(
      object.id,
      piece.kind,
      piece.seed,
      piece.shots.map((role, i) => ({
        role,
        caption: `${piece.exhibit}: ${role}`,
        takenAt: `2026-01-21T0${5 + i}:10:00+01:00`,
        gps: BATROVCI,
      })),
    );
    const trail: CustodyFieldsInput[] = intakeTrail({
      collectedAt: '2026-01-21T05:00+01:00',
      collectedBy: 'Ivan Đukić',
      place: 'CI Batrovci, control hall 2',
      condition: 'Wrapped in newspaper (Turkish, January 2026) inside wooden crates',
      sealedAt: '2026-01-21T06:30+01:00',
      seal: `UC-BAT-77${81 + PIECES.indexOf(piece)}`,
      storedAt: '2026-01-21T14:00+01:00',
      storedIn: 'UKP Belgrade, evidence room 1',
      authority: 'CI-BAT 0219/2026',
    });
    trail.splice(2, 0, {
      action: 'transfer',
      at: '2026-01-21T09:00+01:00',
      from: 'Ivan Đukić (customs)',
      to: 'Marko Đorđević (UKP)',
      location: 'CI Batrovci',
      purpose: 'Criminal investigation',
      sealCheck: 'intact',
    });
    if (piece.exhibit === 'T-1') {
      trail.push(
        ...examinationTrail({
          outAt: '2026-02-03T10:00+01:00',
          expert: 'Dr. Bojana Lazić (Faculty of Philosophy, Belgrade)',
          where: 'Faculty of Philosophy, archaeology laboratory',
          purpose: 'Expert examination: date, origin, traces of recent excavation',
          custodian: 'Marko Đorđević',
          backAt: '2026-02-05T12:00+01:00',
          newSeal: 'UKP-0451410',
          storedIn: 'UKP Belgrade, evidence room 1',
        }),
      );
    }
    w.custody(object.id, trail);
    if (piece.exhibit === 'T-1') {
      w.check(object.id, {
        database: 'interpol-swoa',
        checkedOn: '2026-01-22',
        checkedBy: 'Marko Đorđević',
        queryKind: 'image',
        query: 'Roman marble head, young man, 31 cm',
        result: 'no_hit',
        note: 'Freshly excavated objects are not in any database: no hit says nothing of origin.',
      });
    }
    if (piece.exhibit === 'T-3') {
      w.check(object.id, {
        database: 'icom-red-list',
        checkedOn: '2026-01-22',
        checkedBy: 'Marko Đorđević',
        queryKind: 'image',
        query:
          'Red List of Southeast European Cultural Objects at Risk (2021), Archaeology — metal',
        result: 'possible_match',
        reference: 'ICOM SEE Red List 2021 — Illyrian helmets',
      });
    }
  }

  w.journal(
    c.id,
    '2026-01-21T08:15+01:00',
    [
      'Arben Krasniqi: deklaroi se nuk e dinte përmbajtjen e arkave; ngarkesën e mori në Stamboll',
      'nga një person që e njihte vetëm si “Hasan”. Pagesën e udhëtimit e bëri **Hëna Trading SH.P.K.**',
      'Çelësat e kamionit i dorëzoi vullnetarisht.',
    ].join('\n'),
  );
  w.journal(
    c.id,
    '2026-02-06T14:00+01:00',
    [
      'Bank records (FIU request 2026/114): Kovačević d.o.o. paid **EUR 18,500** on 3 February;',
      'EUR 18,000 went on to Hëna Trading SH.P.K. the next day. The Limassol consignee never paid.',
    ].join('\n'),
  );
  return c;
}
