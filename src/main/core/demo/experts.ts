import type { DemoWriter } from './demo-writer';

/**
 * The unit's network of experts and what they were asked (issue #7): eight experts in seven
 * countries, the consultations of the coin-hoard and transit cases and the opinions that answered
 * them, each resting on a signed report drawn as a PDF like the demo's other papers.
 *
 * The stories they tell:
 * - the Apulian krater of the shipment (T-2) has **conflicting opinions**: a classical
 *   archaeologist in Bari finds it authentic, mid-4th century BC, by its style; a luminescence
 *   laboratory in Mannheim finds by thermoluminescence that it was fired within the last eighty
 *   years. Both stand side by side; the object's summary shows authenticity and dating disputed;
 * - a denarius of the hoard (M-1/2) has an **agreeing pair**: Belgrade and Zagreb numismatists
 *   both find it authentic, of the Rome mint, 103–111 AD, within a factor of two on value;
 * - the icon (I-1) is identified by the Ohrid art historian with the 1974 inventory photograph;
 * - the marble head (T-1) rests on one opinion, from the examination of 3–5 February 2026;
 * - the Albanian expert asked about the Illyrian helmet (T-3) has not answered: the request is
 *   **overdue** from 24 February 2026 (the demo clock reads early March);
 * - the request about the Gospel book (T-4) is still a draft.
 */
export interface DemoExpertCases {
  coins: string;
  icon: string;
  transit: string;
}

export async function demoExperts(w: DemoWriter, cases: DemoExpertCases): Promise<void> {
  const radic = w.expert({
    name: 'Vesna Radić',
    title: 'Dr',
    institution: 'National Museum in Belgrade, Numismatic Cabinet',
    country: 'RS',
    languages: ['sr', 'en', 'de'],
    fields: ['numismatics', 'valuation'],
    courtRegistration: 'Higher Court in Belgrade, court expert no. 721-03/2019',
    email: 'v.radic@narodnimuzej.example',
    phone: '+381 11 3306 048',
    address: 'Trg Republike 1a, 11000 Beograd',
    availability: 'Examinations at the museum on Tuesdays and Thursdays; two weeks for a report.',
    notes: 'Roman coinage of the Danube provinces; finds from Viminacium and the Drina valley.',
  });
  const lazic = w.expert({
    name: 'Bojana Lazić',
    title: 'Dr',
    institution: 'Faculty of Philosophy, University of Belgrade (Department of Archaeology)',
    country: 'RS',
    languages: ['sr', 'en', 'it'],
    fields: ['classical-archaeology', 'sculpture', 'valuation'],
    accreditation: 'Associate professor of classical archaeology',
    courtRegistration: 'Higher Court in Belgrade, court expert no. 721-11/2021',
    email: 'b.lazic@f.bg.example',
    availability: 'Not available in July and August (excavation season).',
  });
  const stojanovska = w.expert({
    name: 'Јована Стојановска',
    title: 'м-р',
    institution: 'НУ Завод и музеј Охрид',
    country: 'MK',
    languages: ['mk', 'sr', 'en'],
    fields: ['icons-church-art', 'paintings', 'conservation'],
    email: 'j.stojanovska@muzejohrid.example',
    notes:
      'Icons of the Ohrid school, 14th–17th century; examined the icon of case ITCG-2025-0044.',
  });
  const dushku = w.expert({
    name: 'Elira Dushku',
    title: 'Dr',
    institution: 'Instituti i Arkeologjisë, Tiranë',
    country: 'AL',
    languages: ['sq', 'en', 'it'],
    fields: ['classical-archaeology', 'arms-armour'],
    email: 'e.dushku@iaa.example',
    availability: 'Requests through the Albanian State Police, Directorate for Cultural Heritage.',
    notes: 'Illyrian helmets and weapons; keeps a register of helmets from the Mat and Devoll.',
  });
  const vukovic = w.expert({
    name: 'Tomislav Vuković',
    title: 'dr. sc.',
    institution: 'Arheološki muzej u Zagrebu, Numizmatički odjel',
    country: 'HR',
    languages: ['hr', 'en', 'de'],
    fields: ['numismatics'],
    email: 't.vukovic@amz.example',
    notes: 'Second opinions on Roman silver for the regional units.',
  });
  const hadziselimovic = w.expert({
    name: 'Amra Hadžiselimović',
    title: 'Dr',
    institution: 'Zemaljski muzej Bosne i Hercegovine, Sarajevo',
    country: 'BA',
    languages: ['bs', 'en', 'de'],
    fields: ['manuscripts-archives', 'medieval-archaeology'],
    email: 'a.hadziselimovic@zemaljskimuzej.example',
    notes: 'Church Slavonic and Bosnian Cyrillic manuscripts; codicology.',
  });
  const ferrante = w.expert({
    name: 'Luca Ferrante',
    title: 'Prof.',
    institution: 'Università degli Studi di Bari, Dipartimento di Studi Umanistici',
    country: 'IT',
    languages: ['it', 'en'],
    fields: ['classical-archaeology', 'ceramics', 'valuation'],
    accreditation: 'Consultant of the Carabinieri TPC (Bari unit) for Apulian pottery',
    email: 'luca.ferrante@uniba.example',
    notes: 'South Italian red-figure vase painting.',
  });
  const hartmann = w.expert({
    name: 'Jonas Hartmann',
    title: 'Dr. rer. nat.',
    institution: 'Labor für Lumineszenzdatierung, Mannheim',
    country: 'DE',
    languages: ['de', 'en'],
    fields: ['dating-laboratory', 'ceramics'],
    accreditation: 'Laboratory accredited for TL and OSL dating (DIN EN ISO/IEC 17025)',
    email: 'labor@lumineszenz-mannheim.example',
    availability: 'Results three to four weeks after the samples arrive; samples taken on site.',
  });

  await transitExperts(w, cases.transit, { lazic, dushku, hadziselimovic, ferrante, hartmann });
  await coinExperts(w, cases.coins, { radic, vukovic });
  await iconExpert(w, cases.icon, stojanovska);
}

type Expert = { id: string };

const TRANSIT_MANDATE = {
  legalBasis: 'Zakonik o krivičnom postupku (RS), čl. 113–117: veštačenje',
  orderedBy: 'Higher Public Prosecutor’s Office in Belgrade',
  orderReference: 'KTI 14/26',
  signatory: 'Marko Đorđević, lead investigator',
};

async function transitExperts(
  w: DemoWriter,
  caseId: string,
  e: Record<'lazic' | 'dushku' | 'hadziselimovic' | 'ferrante' | 'hartmann', Expert>,
): Promise<void> {
  const head = w.objectId(caseId, 'T-1');
  const krater = w.objectId(caseId, 'T-2');
  const helmet = w.objectId(caseId, 'T-3');
  const gospel = w.objectId(caseId, 'T-4');

  // The marble head: examined in Belgrade on 3–5 February (see its custody trail).
  const headRequest = w.consultation(caseId, {
    ...TRANSIT_MANDATE,
    expertId: e.lazic.id,
    objectIds: [head],
    questions: [
      { kind: 'authenticity' },
      { kind: 'dating' },
      { kind: 'origin' },
      {
        kind: 'custom',
        text: 'Does the object show traces of a recent excavation (soil, root marks, fresh breaks)?',
      },
      { kind: 'value' },
    ],
    reference: 'UKP-EX-2026/009',
    deadline: '2026-02-13',
    status: 'received',
    sentOn: '2026-01-28',
    receivedOn: '2026-02-06',
    language: 'sr-Latn',
  });
  const headReport = await w.document(
    caseId,
    {
      name: 'lazic-nalaz-mermerna-glava.pdf',
      letterhead: [
        'Univerzitet u Beogradu — Filozofski fakultet',
        'Odeljenje za arheologiju, Čika Ljubina 18–20, Beograd',
      ],
      title: 'Nalaz i mišljenje veštaka',
      particulars: [
        ['Naredba', 'VJT u Beogradu, KTI 14/26; dopis UKP-EX-2026/009'],
        ['Predmet', 'T-1, mermerna glava mladića, visina 31 cm'],
        ['Metod', 'Stilska analiza; pregled površine i preloma; provera u literaturi'],
        ['Datum', '6. 2. 2026.'],
      ],
      body: [
        'Glava je antička: rimski carski period, 1.–2. vek n. e., po stilu radionica rimske Sirije.',
        'Sveža zemlja u kovrdžama i ušima, tragovi korenja na vratu i prelom bez patine ukazuju na',
        'skorašnje iskopavanje. Procenjena vrednost: 180.000 EUR.',
      ],
      stamp: 'Dr Bojana Lazić, stalni sudski veštak',
    },
    {
      type: 'expert-report',
      title: 'Expert report on the marble head (T-1), Dr Bojana Lazić',
      issuer: { partyId: null, name: 'Dr Bojana Lazić, Faculty of Philosophy, Belgrade' },
      issuerCountry: 'RS',
      number: 'UKP-EX-2026/009',
      issuedOn: '2026-02-06',
      language: 'sr',
      objectIds: [head],
    },
  );
  w.opinion({
    objectId: head,
    expertId: e.lazic.id,
    consultationId: headRequest.id,
    date: '2026-02-06',
    methods: ['visual_stylistic', 'provenance_research'],
    methodNote: 'Examined 3–5 February 2026 at the Faculty of Philosophy; seal UKP-0451410 after.',
    authenticity: 'authentic',
    dating: { earliest: 1, latest: 200, text: 'Roman Imperial, 1st–2nd century AD' },
    origin: { text: 'Workshop of Roman Syria', country: 'SY' },
    significance: 'Portrait-like head of high quality; of national importance for Syria.',
    redListCategory: 'syria-2013.sculpture',
    value: { amount: '180000.00', currency: 'EUR' },
    confidence: 'high',
    conclusion:
      'An ancient Roman marble head, recently excavated: fresh soil, root marks and an unweathered break at the neck. The declared Lebanese collection before 1965 is not compatible with these traces.',
    reportDocumentId: headReport.id,
  });

  // The krater: two opinions that contradict each other.
  const styleRequest = w.consultation(caseId, {
    ...TRANSIT_MANDATE,
    expertId: e.ferrante.id,
    objectIds: [krater],
    questions: [
      { kind: 'authenticity' },
      { kind: 'dating' },
      { kind: 'origin' },
      { kind: 'value' },
    ],
    reference: 'UKP-EX-2026/011',
    deadline: '2026-02-20',
    status: 'received',
    sentOn: '2026-01-27',
    receivedOn: '2026-02-12',
    language: 'en',
    notes: 'Sent through Interpol NCB Rome with photographs; the expert did not see the vase.',
  });
  const tlRequest = w.consultation(caseId, {
    ...TRANSIT_MANDATE,
    expertId: e.hartmann.id,
    objectIds: [krater],
    questions: [
      { kind: 'authenticity' },
      {
        kind: 'custom',
        text: 'When was the ceramic body last fired (thermoluminescence on samples from the foot)?',
      },
    ],
    reference: 'UKP-EX-2026/014',
    deadline: '2026-02-27',
    status: 'received',
    sentOn: '2026-02-02',
    receivedOn: '2026-02-19',
    language: 'en',
    secondLanguage: null,
  });
  const styleReport = await w.document(
    caseId,
    {
      name: 'ferrante-perizia-cratere.pdf',
      letterhead: [
        'Università degli Studi di Bari — Dipartimento di Studi Umanistici',
        'Piazza Umberto I 1, 70121 Bari',
      ],
      title: 'Expert opinion on an Apulian red-figure bell krater',
      particulars: [
        ['Request', 'UKP Belgrade, UKP-EX-2026/011 of 27 January 2026'],
        ['Object', 'T-2, bell krater, h. 34 cm, Dionysos and a maenad'],
        ['Method', 'Stylistic analysis from 46 photographs'],
        ['Date', '11 February 2026'],
      ],
      body: [
        'The drawing of the figures, the meander band under the scenes and the palmettes at the',
        'handles are those of Apulian workshops of about 370–340 BC, close to the Ilioupersis',
        'Painter. I find the vase authentic. Comparable vases sold for EUR 80,000–110,000.',
      ],
      stamp: 'Prof. Luca Ferrante',
    },
    {
      type: 'expert-report',
      title: 'Expert opinion on the krater (T-2), Prof. Luca Ferrante',
      issuer: { partyId: null, name: 'Prof. Luca Ferrante, Università di Bari' },
      issuerCountry: 'IT',
      number: 'UKP-EX-2026/011',
      issuedOn: '2026-02-11',
      language: 'en',
      objectIds: [krater],
    },
  );
  const tlReport = await w.document(
    caseId,
    {
      name: 'tl-bericht-MA-2026-0142.pdf',
      letterhead: ['Labor für Lumineszenzdatierung', 'Mannheim, Germany'],
      title: 'Thermoluminescence report MA-2026-0142',
      particulars: [
        ['Request', 'UKP Belgrade, UKP-EX-2026/014 of 2 February 2026'],
        ['Object', 'T-2, red-figure bell krater'],
        ['Samples', 'Two drillings from the underside of the foot, 2 × 40 mg'],
        ['Result', 'Last firing less than 80 years ago'],
        ['Date', '18 February 2026'],
      ],
      body: [
        'Both samples give an accumulated dose consistent with a last firing within the last 80',
        'years. The vase is not an ancient object; its surface was aged artificially.',
      ],
      stamp: 'Dr. rer. nat. Jonas Hartmann, head of laboratory',
    },
    {
      type: 'expert-report',
      title: 'Thermoluminescence report on the krater (T-2), MA-2026-0142',
      issuer: { partyId: null, name: 'Labor für Lumineszenzdatierung, Mannheim' },
      issuerCountry: 'DE',
      number: 'MA-2026-0142',
      issuedOn: '2026-02-18',
      language: 'en',
      objectIds: [krater],
    },
  );
  w.opinion({
    objectId: krater,
    expertId: e.ferrante.id,
    consultationId: styleRequest.id,
    date: '2026-02-11',
    methods: ['visual_stylistic'],
    methodNote: 'From 46 photographs sent through Interpol; the vase itself was not examined.',
    authenticity: 'authentic',
    dating: {
      earliest: -370,
      latest: -340,
      text: 'c. 370–340 BC, close to the Ilioupersis Painter',
    },
    origin: { text: 'Apulia, Taranto workshops', country: 'IT' },
    significance: 'A good Apulian vase of the middle of the 4th century BC.',
    value: { amount: '95000.00', currency: 'EUR' },
    confidence: 'medium',
    conclusion:
      'Authentic Apulian red-figure bell krater of about 370–340 BC, by its drawing and ornament.',
    reportDocumentId: styleReport.id,
  });
  w.opinion({
    objectId: krater,
    expertId: e.hartmann.id,
    consultationId: tlRequest.id,
    date: '2026-02-18',
    methods: ['thermoluminescence'],
    methodNote:
      'Two samples drilled from the underside of the foot on 4 February 2026 in Belgrade.',
    authenticity: 'not_authentic',
    dating: { earliest: 1946, latest: 2026, text: 'last fired within the past 80 years' },
    confidence: 'high',
    conclusion:
      'Not an ancient vase: the ceramic was last fired within the past 80 years. A modern copy in the Apulian style with an artificially aged surface.',
    reportDocumentId: tlReport.id,
  });

  // The helmet: asked in Serbian and Albanian, not answered by the deadline.
  w.consultation(caseId, {
    ...TRANSIT_MANDATE,
    expertId: e.dushku.id,
    objectIds: [helmet],
    questions: [
      { kind: 'origin' },
      { kind: 'red_list' },
      { kind: 'significance' },
      {
        kind: 'custom',
        text: 'Is the helmet, or one like it, recorded in your register of Illyrian helmets?',
      },
    ],
    reference: 'UKP-EX-2026/017',
    deadline: '2026-02-23',
    status: 'sent',
    sentOn: '2026-02-09',
    language: 'sr-Latn',
    secondLanguage: 'sq',
    notes: 'Sent through the Albanian State Police, Directorate for Cultural Heritage.',
  });

  // The Gospel book: the request is still being written.
  w.consultation(caseId, {
    ...TRANSIT_MANDATE,
    expertId: e.hadziselimovic.id,
    objectIds: [gospel],
    questions: [
      { kind: 'dating' },
      { kind: 'origin' },
      {
        kind: 'custom',
        text: 'Can the scraped ownership note on fol. 1r be read (UV), and which monastery does it name?',
      },
    ],
    reference: 'UKP-EX-2026/021',
    deadline: '2026-03-31',
    language: 'bs',
  });
}

async function coinExperts(
  w: DemoWriter,
  caseId: string,
  e: Record<'radic' | 'vukovic', Expert>,
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

/** The icon, examined in Belgrade on 12–14 January 2026 (see its custody trail). */
async function iconExpert(w: DemoWriter, caseId: string, expert: Expert): Promise<void> {
  const icon = w.objectId(caseId, 'I-1');
  const request = w.consultation(caseId, {
    expertId: expert.id,
    objectIds: [icon],
    questions: [
      { kind: 'authenticity' },
      { kind: 'dating' },
      {
        kind: 'custom',
        text: 'Is this the icon of St Nicholas in the 1974 inventory photograph of the church in Leskoec?',
      },
      { kind: 'significance' },
    ],
    legalBasis: 'Zakonik o krivičnom postupku (RS), čl. 113–117: veštačenje',
    orderedBy: 'Higher Public Prosecutor’s Office in Belgrade',
    orderReference: 'KT 1187/25',
    reference: 'UKP-EX-2026/002',
    deadline: '2026-01-30',
    status: 'received',
    sentOn: '2026-01-05',
    receivedOn: '2026-01-20',
    language: 'sr-Cyrl',
    secondLanguage: 'mk',
    signatory: 'Ana Petrović, lead investigator',
  });
  const report = await w.document(
    caseId,
    {
      name: 'stojanovska-naod-ikona.pdf',
      letterhead: ['НУ Завод и музеј Охрид', 'ул. Цар Самуил 62, Охрид'],
      title: 'Стручен наод и мислење',
      particulars: [
        ['Барање', 'UKP-EX-2026/002 од 5. 1. 2026'],
        ['Предмет', 'I-1, икона „Св. Никола“, темпера на дрво'],
        ['Метод', 'Стилска анализа; споредба со инвентарната фотографија од 1974'],
        ['Датум', '19. 1. 2026'],
      ],
      body: [
        'Иконата е оригинално дело на охридска работилница од околу 1700 година. Пукнатината',
        'на левата штица и трагите од свеќи се совпаѓаат со фотографијата од 1974: тоа е иконата',
        'од црквата Св. Никола во Лескоец.',
      ],
      stamp: 'м-р Јована Стојановска',
    },
    {
      type: 'expert-report',
      title: 'Expert report on the icon (I-1), Јована Стојановска',
      issuer: { partyId: null, name: 'Јована Стојановска, НУ Завод и музеј Охрид' },
      issuerCountry: 'MK',
      number: 'UKP-EX-2026/002',
      issuedOn: '2026-01-19',
      language: 'mk',
      objectIds: [icon],
    },
  );
  w.opinion({
    objectId: icon,
    expertId: expert.id,
    consultationId: request.id,
    date: '2026-01-19',
    methods: ['visual_stylistic', 'provenance_research'],
    methodNote:
      'Examined 12–14 January 2026 in the conservation laboratory of the National Museum of Serbia.',
    authenticity: 'authentic',
    dating: { earliest: 1690, latest: 1730, text: 'c. 1700, Ohrid workshop' },
    origin: { text: 'Church of St Nicholas, Leskoec (Ohrid)', country: 'MK' },
    significance: 'The icon stolen from the church in Leskoec; listed in the 1974 inventory.',
    redListCategory: 'see-2021.religious-art',
    confidence: 'high',
    conclusion:
      'The icon is the St Nicholas of the church in Leskoec: the crack in the left board and the candle burns match the 1974 inventory photograph. Ohrid workshop, about 1700.',
    reportDocumentId: report.id,
  });
}
