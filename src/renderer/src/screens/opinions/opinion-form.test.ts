import { describe, expect, it } from 'vitest';
import { OpinionFields } from '../../../../shared/domain/expert';
import type { OpinionView } from '../../../../shared/domain/expert-views';
import { newOpinionValues, opinionFields, opinionValues, titleOfFile } from './opinion-form';

const ID = (n: number) => `7d0e6c1a-4b1f-4a57-9d3e-00000000000${n}`;

const view: OpinionView = {
  id: ID(1),
  caseId: ID(2),
  objectId: ID(3),
  expertId: ID(4),
  consultationId: ID(5),
  date: '2026-03-12',
  methods: ['visual_stylistic', 'xrf'],
  methodNote: 'Two samples from the rim.',
  authenticity: 'not_authentic',
  dating: { earliest: -400, latest: -300, text: '4th century BC' },
  origin: { text: 'Central Balkans', country: 'RS' },
  significance: 'A rare Illyrian type.',
  redListCategory: 'see-2021.antiquity',
  value: { amount: '1200.00', currency: 'EUR' },
  confidence: 'high',
  conclusion: 'A **modern** copy.',
  reportDocumentId: ID(6),
  notes: '',
  version: 3,
  createdAt: '2026-03-12T10:00:00.000Z',
  updatedAt: '2026-03-12T10:00:00.000Z',
  expertName: 'Ana Petrović',
  expertTitle: 'Dr',
  expertInstitution: 'Narodni muzej',
  expertCountry: 'RS',
  exhibitNumber: 'P-7',
  report: { id: ID(6), title: 'Report', sha256: 'a'.repeat(64) },
};

describe('opinion form values', () => {
  it('give back the stored fields unchanged (BC years, value, findings)', () => {
    const fields = OpinionFields.parse(opinionFields(opinionValues(view)));
    const { objectId, expertId, consultationId, date, methods, methodNote, authenticity } = view;
    expect(fields).toEqual({
      objectId,
      expertId,
      consultationId,
      date,
      methods,
      methodNote,
      authenticity,
      dating: view.dating,
      origin: view.origin,
      significance: view.significance,
      redListCategory: view.redListCategory,
      value: view.value,
      confidence: view.confidence,
      conclusion: view.conclusion,
      reportDocumentId: view.reportDocumentId,
      notes: view.notes,
    });
  });

  it('send a finding not addressed as null, no value as null, local amounts normalised', () => {
    const values = {
      ...newOpinionValues({
        objectId: ID(3),
        expertId: ID(4),
        consultationId: null,
        today: '2026-04-01',
      }),
      methods: ['radiocarbon'],
      conclusion: 'Inconclusive.',
    };
    const fields = opinionFields(values);
    expect(fields.authenticity).toBeNull();
    expect(fields.value).toBeNull();
    expect(fields.dating).toEqual({ earliest: null, latest: null, text: '' });
    expect(OpinionFields.safeParse(fields).success).toBe(true);
    const priced = opinionFields({ ...values, value: { amount: '1.250,50', currency: 'EUR' } });
    expect(priced.value).toEqual({ amount: '1250.50', currency: 'EUR' });
  });

  it('send half a value so the schema names the missing half', () => {
    const values = newOpinionValues({
      objectId: ID(3),
      expertId: ID(4),
      consultationId: null,
      today: '2026-04-01',
    });
    const fields = opinionFields({ ...values, value: { amount: '300', currency: null } });
    const parsed = OpinionFields.safeParse({ ...fields, methods: ['xrf'], conclusion: 'x' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['value.currency']);
  });

  it('send no object or expert as an empty id, refused on its field', () => {
    const values = newOpinionValues({
      objectId: null,
      expertId: null,
      consultationId: null,
      today: '2026-04-01',
    });
    const parsed = OpinionFields.safeParse({
      ...opinionFields(values),
      methods: ['xrf'],
      conclusion: 'x',
    });
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'expertId',
      'objectId',
    ]);
  });
});

describe('titleOfFile', () => {
  it('names a stored report after its file', () => {
    expect(titleOfFile('/home/ana/Izveštaj 12-2026.signed.pdf')).toBe('Izveštaj 12-2026.signed');
    expect(titleOfFile('C:\\Reports\\report.pdf')).toBe('report');
    expect(titleOfFile('/tmp/.hidden')).toBe('.hidden');
  });
});
