import type { DemoWriter } from './demo-writer';
import type { DemoExpert } from './expert-directory';

/** The order of the Higher Public Prosecutor behind every request about the shipment. */
const TRANSIT_MANDATE = {
  legalBasis: 'Zakonik o krivičnom postupku (RS), čl. 113–117: veštačenje',
  orderedBy: 'Higher Public Prosecutor’s Office in Belgrade',
  orderReference: 'KTI 14/26',
  signatory: 'Marko Đorđević, lead investigator',
};

/**
 * The experts of the transit shipment (ITCG-2026-0007): the marble head (T-1) rests on one
 * opinion; the krater (T-2) has two that contradict each other, each with its signed report; the
 * request about the helmet (T-3) is overdue and the one about the Gospel book (T-4) still a draft.
 */
export async function transitExperts(
  w: DemoWriter,
  caseId: string,
  e: Record<'lazic' | 'dushku' | 'hadziselimovic' | 'ferrante' | 'hartmann', DemoExpert>,
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
