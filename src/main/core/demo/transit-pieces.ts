import type { ObjectFieldsInput } from '../../../shared/domain/object';
import type { DemoShot, PhotoKind } from './demo-photos';

/** What customs found in the four crates at Batrovci (case-transit.ts), with how to photograph it. */
export interface Piece {
  exhibit: string;
  kind: PhotoKind;
  seed: number;
  shots: DemoShot['role'][];
  fields: Omit<ObjectFieldsInput, 'exhibitNumber' | 'seizureId'>;
}

export const PIECES: Piece[] = [
  {
    exhibit: 'T-1',
    kind: 'marble-head',
    seed: 3301,
    shots: ['overall', 'detail'],
    fields: {
      typeL1: 'archaeological',
      typeL2: 'archaeological.sculpture',
      title: 'Marble head of a young man',
      measurements: [
        { dimension: 'height', value: 31, unit: 'cm' },
        { dimension: 'weight', value: 14.5, unit: 'kg' },
      ],
      materials: ['white marble'],
      techniques: ['carved', 'drilled'],
      dating: { earliest: 1, latest: 200, text: 'Roman Imperial, 1st–2nd century AD' },
      distinguishingFeatures:
        'Fresh soil in the curls and the ears; root marks on the neck; the break at the neck is recent (no weathering).',
      placeOfOrigin: { text: 'Declared as Lebanon; style of Roman Syria' },
      countryOfOrigin: 'SY',
      countryOfOriginCertainty: 'possible',
      unesco1970: ['c', 'e'],
      eu2019880Part: 'A',
      reg116Category: 'a1',
      valuation: {
        value: { amount: '180000.00', currency: 'EUR' },
        basis: 'expert_estimate',
        valuer: 'Dr. Bojana Lazić',
        on: '2026-02',
      },
      condition: { grade: 'good', note: 'Nose and chin chipped; broken off at the neck.' },
    },
  },
  {
    exhibit: 'T-2',
    kind: 'vase',
    seed: 3302,
    shots: ['overall'],
    fields: {
      typeL1: 'archaeological',
      typeL2: 'archaeological.pottery',
      title: 'Apulian red-figure bell krater',
      subject: 'Dionysos and a maenad; on the reverse two draped youths',
      measurements: [
        { dimension: 'height', value: 34, unit: 'cm' },
        { dimension: 'diameter', value: 33, unit: 'cm' },
      ],
      materials: ['clay'],
      techniques: ['wheel-thrown', 'red-figure painting'],
      dating: { earliest: -375, latest: -340, text: 'c. 375–340 BC' },
      distinguishingFeatures:
        'Glue residue on the foot where an old collection label was removed; an old crack in the rim, filled.',
      countryOfOrigin: 'IT',
      countryOfOriginCertainty: 'probable',
      unesco1970: ['c', 'e'],
      eu2019880Part: 'A',
      reg116Category: 'a1',
      valuation: {
        value: { amount: '95000.00', currency: 'EUR' },
        basis: 'market',
        valuer: 'Auction records 2019–2025',
      },
      condition: { grade: 'good', note: '' },
    },
  },
  {
    exhibit: 'T-3',
    kind: 'helmet',
    seed: 3303,
    shots: ['overall', 'detail'],
    fields: {
      typeL1: 'archaeological',
      typeL2: 'archaeological.metalwork',
      title: 'Illyrian-type bronze helmet',
      measurements: [
        { dimension: 'height', value: 22, unit: 'cm' },
        { dimension: 'weight', value: 1.1, unit: 'kg' },
      ],
      materials: ['bronze'],
      techniques: ['hammered', 'riveted'],
      dating: { earliest: -600, latest: -500, text: '6th century BC' },
      distinguishingFeatures:
        'Green corrosion with soil stuck to it; the left cheek-piece broken off.',
      placeOfOrigin: { text: 'Western Balkans (Illyrian type); find spot unknown', country: 'AL' },
      countryOfOrigin: 'AL',
      countryOfOriginCertainty: 'possible',
      unesco1970: ['c', 'e'],
      eu2019880Part: 'A',
      reg116Category: 'a1',
      valuation: {
        value: { amount: '120000.00', currency: 'EUR' },
        basis: 'expert_estimate',
        valuer: 'Dr. Bojana Lazić',
        on: '2026-02',
      },
      condition: { grade: 'fair', note: 'Unconserved corrosion.' },
    },
  },
  {
    exhibit: 'T-4',
    kind: 'manuscript',
    seed: 3304,
    shots: ['overall'],
    fields: {
      typeL1: 'manuscripts',
      typeL2: 'manuscripts.manuscript',
      title: 'Четвероеванђеље (Tetraevangelion)',
      measurements: [
        { dimension: 'height', value: 29, unit: 'cm' },
        { dimension: 'width', value: 20, unit: 'cm' },
      ],
      materials: ['parchment', 'leather over wooden boards', 'iron-gall ink', 'cinnabar'],
      techniques: ['manuscript', 'bound'],
      inscriptions: [
        {
          kind: 'property_mark',
          text: 'Сија књига … манастира … (остатак изгребан)',
          position: 'fol. 1r, lower margin',
          script: 'Church Slavonic (Serbian recension)',
        },
      ],
      dating: { earliest: 1550, latest: 1600, text: 'second half of the 16th century' },
      distinguishingFeatures: 'Ownership note of a monastery scraped off; quires 3 and 11 missing.',
      unesco1970: ['h'],
      reg116Category: 'a9',
      valuation: {
        value: { amount: '17000.00', currency: 'EUR' },
        basis: 'expert_estimate',
        valuer: 'Dr. Bojana Lazić',
        on: '2026-02',
      },
      condition: { grade: 'poor', note: 'Water damage to the last quires.' },
    },
  },
];
