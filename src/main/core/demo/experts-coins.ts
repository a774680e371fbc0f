import type { DemoWriter } from './demo-writer';
import type { DemoExpert } from './expert-directory';

/**
 * The experts of the coin hoard (ITCG-2025-0031): two denarii examined in Belgrade, one of them
 * (M-1/2) again in Zagreb for the defence; the two opinions on it agree.
 */
export async function coinExperts(
  w: DemoWriter,
  caseId: string,
  e: Record<'radic' | 'vukovic', DemoExpert>,
): Promise<void> {
  const captive = w.objectId(caseId, 'M-1/2');
  const capta = w.objectId(caseId, 'M-1/6');
  const mandate = {
    legalBasis: 'Zakonik o krivičnom postupku (RS), čl. 113–117: veštačenje',
    orderedBy: 'Basic Public Prosecutor’s Office in Loznica',
    orderReference: 'KT 412/25',
    signatory: 'Ana Petrović, lead investigator',
  };
  const first = w.consultation(caseId, {
    ...mandate,
    expertId: e.radic.id,
    objectIds: [captive, capta],
    questions: [
      { kind: 'authenticity' },
      { kind: 'dating' },
      { kind: 'red_list' },
      { kind: 'value' },
    ],
    reference: 'UKP-EX-2025/087',
    deadline: '2025-10-31',
    status: 'received',
    sentOn: '2025-10-06',
    receivedOn: '2025-10-20',
    language: 'sr-Latn',
  });
  const second = w.consultation(caseId, {
    ...mandate,
    expertId: e.vukovic.id,
    objectIds: [captive],
    questions: [{ kind: 'authenticity' }, { kind: 'dating' }, { kind: 'value' }],
    reference: 'UKP-EX-2025/093',
    deadline: '2025-11-21',
    status: 'received',
    sentOn: '2025-10-22',
    receivedOn: '2025-11-07',
    language: 'hr',
    notes: 'A second opinion asked for by the defence; the coin was taken to Zagreb under seal.',
  });
  const radicReport = await w.document(
    caseId,
    {
      name: 'radic-nalaz-denari.pdf',
      letterhead: ['Narodni muzej u Beogradu', 'Numizmatički kabinet, Trg Republike 1a'],
      title: 'Stručni nalaz i mišljenje',
      particulars: [
        ['Dopis', 'UKP-EX-2025/087 od 6. 10. 2025.'],
        ['Predmeti', 'M-1/2 i M-1/6, denari Trajana'],
        ['Metod', 'Stilska analiza kalupa, XRF analiza sastava srebra'],
        ['Datum', '19. 10. 2025.'],
      ],
      body: [
        'Oba denara su autentična, kovana u Rimu: M-1/2 103–111, M-1/6 114–117. godine.',
        'Sastav srebra (89–91 % Ag) odgovara Trajanovom novcu. Vrednost: 250 i 280 EUR.',
      ],
      stamp: 'Dr Vesna Radić, muzejski savetnik',
    },
    {
      type: 'expert-report',
      title: 'Expert report on denarii M-1/2 and M-1/6, Dr Vesna Radić',
      issuer: { partyId: null, name: 'Dr Vesna Radić, National Museum in Belgrade' },
      issuerCountry: 'RS',
      number: 'UKP-EX-2025/087',
      issuedOn: '2025-10-19',
      language: 'sr',
      objectIds: [captive, capta],
    },
  );
  const vukovicReport = await w.document(
    caseId,
    {
      name: 'vukovic-misljenje-denar.pdf',
      letterhead: [
        'Arheološki muzej u Zagrebu',
        'Numizmatički odjel, Trg Nikole Šubića Zrinskog 19',
      ],
      title: 'Stručno mišljenje',
      particulars: [
        ['Zahtjev', 'UKP-EX-2025/093 od 22. 10. 2025.'],
        ['Predmet', 'M-1/2, denar Trajana (DACIA)'],
        ['Datum', '6. 11. 2025.'],
      ],
      body: [
        'Denar je izvoran, kovnica Rim, 107–111. godina (peti konzulat). Vrijednost oko 300 EUR.',
      ],
      stamp: 'dr. sc. Tomislav Vuković, muzejski savjetnik',
    },
    {
      type: 'expert-report',
      title: 'Second opinion on denarius M-1/2, dr. sc. Tomislav Vuković',
      issuer: { partyId: null, name: 'dr. sc. Tomislav Vuković, Arheološki muzej u Zagrebu' },
      issuerCountry: 'HR',
      number: 'UKP-EX-2025/093',
      issuedOn: '2025-11-06',
      language: 'hr',
      objectIds: [captive],
    },
  );
  const common = {
    authenticity: 'authentic' as const,
    origin: { text: 'Rome mint', country: null },
    redListCategory: 'see-2021.coins',
    confidence: 'high' as const,
  };
  w.opinion({
    ...common,
    objectId: captive,
    expertId: e.radic.id,
    consultationId: first.id,
    date: '2025-10-19',
    methods: ['visual_stylistic', 'xrf'],
    methodNote: 'Die study against RIC II; XRF of the surface, 89–91 % silver.',
    dating: { earliest: 103, latest: 111, text: 'Trajan, 103–111 AD' },
    value: { amount: '250.00', currency: 'EUR' },
    conclusion: 'An authentic denarius of Trajan, Rome mint, 103–111 AD (RIC II 96 type).',
    reportDocumentId: radicReport.id,
  });
  w.opinion({
    ...common,
    objectId: capta,
    expertId: e.radic.id,
    consultationId: first.id,
    date: '2025-10-19',
    methods: ['visual_stylistic', 'xrf'],
    dating: { earliest: 114, latest: 117, text: 'Trajan, 114–117 AD' },
    value: { amount: '280.00', currency: 'EUR' },
    conclusion: 'An authentic denarius of Trajan, Rome mint, 114–117 AD.',
    reportDocumentId: radicReport.id,
  });
  w.opinion({
    ...common,
    objectId: captive,
    expertId: e.vukovic.id,
    consultationId: second.id,
    date: '2025-11-06',
    methods: ['visual_stylistic'],
    dating: { earliest: 107, latest: 111, text: 'Trajan, 107–111 AD (COS V)' },
    redListCategory: null,
    value: { amount: '300.00', currency: 'EUR' },
    conclusion:
      'Genuine: a denarius of Trajan struck in Rome in 107–111 AD. I agree with the first report.',
    reportDocumentId: vukovicReport.id,
  });
}
