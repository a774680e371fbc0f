import type { DemoWriter } from './demo-writer';
import type { DemoExpert } from './expert-directory';

/**
 * The expert of the icon case (ITCG-2025-0044): the icon (I-1), examined in Belgrade on 12–14
 * January 2026 (see its custody trail), identified with the 1974 inventory photograph.
 */
export async function iconExpert(w: DemoWriter, caseId: string, expert: DemoExpert): Promise<void> {
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
