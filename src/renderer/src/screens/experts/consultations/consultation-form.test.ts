import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import { ConsultationFields, type ConsultationRecord } from '../../../../../shared/domain/expert';
import { fieldForPath } from '../../../lib/form-errors';
import {
  actionsFor,
  askedRows,
  claimQuestionIssues,
  consultationFields,
  consultationValues,
  fileNamePart,
  newConsultationValues,
  proposeSecondLanguage,
  statusFields,
  storedFields,
} from './consultation-form';

const EXPERT = '00000000-0000-4000-8000-0000000000e1';
const HELMET = '00000000-0000-4000-8000-0000000000b1';
const COIN = '00000000-0000-4000-8000-0000000000b2';

const stored: ConsultationRecord = {
  ...ConsultationFields.parse({
    expertId: EXPERT,
    objectIds: [HELMET, COIN],
    questions: [
      { kind: 'custom', text: 'Are the two objects from the same find?' },
      { kind: 'dating', text: '' },
      { kind: 'authenticity', text: 'Is the helmet an Illyrian type helmet or a copy?' },
    ],
    legalBasis: 'Art. 113 ZKP',
    reference: 'KU-2026/077-E1',
    deadline: '2026-03-01',
    status: 'sent',
    sentOn: '2026-02-01',
    language: 'sr-Latn',
    secondLanguage: 'en',
    signatory: 'Ana Petrović',
  }),
  caseId: '00000000-0000-4000-8000-0000000000c1',
  letters: [],
  id: '00000000-0000-4000-8000-0000000000f1',
  version: 4,
  createdAt: '2026-01-30T09:00:00.000Z',
  updatedAt: '2026-02-01T09:00:00.000Z',
};

describe('the consultation form', () => {
  it('starts with every template unticked, the letter in the given language, signed by the operator', () => {
    const v = newConsultationValues({ language: 'mk', signatory: 'Ana Petrović' });
    expect(v.questions.map((q) => [q.kind, q.asked])).toEqual([
      ['authenticity', false],
      ['dating', false],
      ['origin', false],
      ['significance', false],
      ['red_list', false],
      ['value', false],
    ]);
    expect(v.language).toBe('mk');
    expect(v.signatory).toBe('Ana Petrović');
  });

  it('puts stored questions on their template rows and questions of one’s own after them', () => {
    const v = consultationValues(stored);
    expect(v.questions.filter((q) => q.asked).map((q) => q.kind)).toEqual([
      'authenticity',
      'dating',
      'custom',
    ]);
    expect(v.questions[0]?.text).toBe('Is the helmet an Illyrian type helmet or a copy?');
    expect(v.questions[6]).toEqual({
      kind: 'custom',
      asked: true,
      text: 'Are the two objects from the same find?',
    });
  });

  it('sends the asked questions in checklist order and keeps the stored state and its dates', () => {
    const fields = ConsultationFields.parse(consultationFields(consultationValues(stored), stored));
    expect(fields.questions).toEqual([
      { kind: 'authenticity', text: 'Is the helmet an Illyrian type helmet or a copy?' },
      { kind: 'dating', text: '' },
      { kind: 'custom', text: 'Are the two objects from the same find?' },
    ]);
    expect(fields.status).toBe('sent');
    expect(fields.sentOn).toBe('2026-02-01');
    expect(fields.deadline).toBe('2026-03-01');
  });

  it('makes a new consultation a draft, with no deadline when none is typed and no second language equal to the first', () => {
    const v = {
      ...newConsultationValues({ language: 'en', signatory: '' }),
      expertId: EXPERT,
      objectIds: [HELMET],
      secondLanguage: 'en' as const,
    };
    v.questions[5] = { kind: 'value', asked: true, text: '  ' };
    const fields = consultationFields(v, null);
    expect(fields.status).toBe('drafted');
    expect(fields.deadline).toBeNull();
    expect(fields.secondLanguage).toBeNull();
    expect(fields.questions).toEqual([{ kind: 'value', text: '' }]);
    expect(ConsultationFields.safeParse(fields).success).toBe(true);
  });

  it('moves main’s "n-th question" onto the form row that holds it', () => {
    const v = consultationValues(stored);
    expect(askedRows(v)).toEqual([0, 1, 6]);
    const error = claimQuestionIssues(v, {
      code: CaseFileErrorCode.InvalidInput,
      message: 'Invalid consultation',
      details: {
        issues: [
          { path: ['questions', '2', 'text'], message: 'a question of your own needs its wording' },
          { path: ['questions'], message: 'ask at least one question' },
          { path: ['deadline'], message: 'not a date like 2024-03-12' },
        ],
      },
    });
    const paths = (error.details?.['issues'] as { path: string[] }[]).map((i) => i.path.join('.'));
    expect(paths).toEqual(['questions.6.text', 'questions', 'deadline']);
    expect(fieldForPath(v, ['questions', '6', 'text'])).toBe('questions.6.text');
  });

  it('records the day sent or received with the rest of the consultation unchanged', () => {
    const received = statusFields(stored, 'receive', '2026-02-20');
    expect(received).toEqual({
      ...storedFields(stored),
      status: 'received',
      receivedOn: '2026-02-20',
    });
    expect(ConsultationFields.safeParse(received).success).toBe(true);
    const withdrawn = statusFields(stored, 'withdraw', '2026-02-20');
    expect([withdrawn.status, withdrawn.sentOn, withdrawn.receivedOn]).toEqual([
      'withdrawn',
      '2026-02-01',
      null,
    ]);
    expect(
      statusFields({ ...stored, status: 'drafted', sentOn: null }, 'send', '2026-02-03'),
    ).toMatchObject({ status: 'sent', sentOn: '2026-02-03' });
  });

  it('offers the actions each state allows', () => {
    expect(actionsFor('drafted')).toEqual({ status: ['send', 'withdraw'], edit: true });
    expect(actionsFor('overdue')).toEqual({ status: ['receive', 'withdraw'], edit: true });
    expect(actionsFor('received')).toEqual({ status: [], edit: false });
    expect(actionsFor('withdrawn')).toEqual({ status: [], edit: false });
  });

  it('makes a reference safe as part of a file name', () => {
    expect(fileNamePart('KU-2026/077: E1')).toBe('KU-2026-077- E1');
  });
});

describe('the second language proposed for the letter', () => {
  it('is none when the expert speaks the letter’s language, Serbian in either script', () => {
    expect(proposeSecondLanguage('sr-Latn', ['sr', 'de'], 'en')).toBeNull();
    expect(proposeSecondLanguage('sr-Cyrl', ['de', 'sr'], 'en')).toBeNull();
    expect(proposeSecondLanguage('sq', ['sq'], 'en')).toBeNull();
  });

  it('is the first language the expert speaks that the app writes', () => {
    expect(proposeSecondLanguage('sr-Latn', ['de', 'sq', 'en'], 'en')).toBe('sq');
    expect(proposeSecondLanguage('mk', ['it', 'hr'], 'en')).toBe('hr');
    expect(proposeSecondLanguage('sl', ['en'], 'sl')).toBe('en');
  });

  it('writes Serbian in the script of the interface when it is Serbian, else in Cyrillic', () => {
    expect(proposeSecondLanguage('sq', ['sr'], 'sr-Latn')).toBe('sr-Latn');
    expect(proposeSecondLanguage('sq', ['sr'], 'sq')).toBe('sr-Cyrl');
  });

  it('falls back to English, never to the letter’s own language, and proposes nothing when the languages are unknown', () => {
    expect(proposeSecondLanguage('hr', ['de', 'it'], 'hr')).toBe('en');
    expect(proposeSecondLanguage('en', ['de', 'it'], 'en')).toBeNull();
    expect(proposeSecondLanguage('bs', [], 'bs')).toBeNull();
  });
});
