import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import {
  QUESTION_KINDS,
  type ConsultationFieldsInput,
  type ConsultationRecord,
  type ConsultationStatus,
  type QuestionKind,
} from '../../../../../shared/domain/expert';
import type { IpcError } from '../../../../../shared/ipc/define';
import { LanguageSchema, type Language } from '../../../../../shared/ipc/schemas';

/** The question templates offered as a checklist, in the order the letter asks them. */
export type TemplateKind = Exclude<QuestionKind, 'custom'>;
export const TEMPLATE_KINDS: readonly TemplateKind[] = QUESTION_KINDS.filter(
  (k): k is TemplateKind => k !== 'custom',
);

/**
 * One question of the form: the first rows are the templates (asked or not, the wording empty
 * for the standard one); after them the questions of the person's own (always asked).
 */
export interface QuestionRow {
  kind: QuestionKind;
  asked: boolean;
  text: string;
}

/**
 * What the consultation form edits. Names follow ConsultationFields, so main's issue paths land
 * on their inputs; `questions` keeps every template row, and main's `questions.<n>` (the n-th
 * question asked) is moved onto its row by `claimQuestionIssues`.
 */
export interface ConsultationFormValues {
  expertId: string | null;
  objectIds: string[];
  questions: QuestionRow[];
  legalBasis: string;
  orderedBy: string;
  orderReference: string;
  reference: string;
  /** YYYY-MM-DD, or '' for no deadline. */
  deadline: string;
  language: Language;
  secondLanguage: Language | null;
  signatory: string;
  notes: string;
}

export function isLanguage(value: string | null): value is Language {
  return value !== null && (LanguageSchema.options as readonly string[]).includes(value);
}

export function newConsultationValues(defaults: {
  language: Language;
  signatory: string;
}): ConsultationFormValues {
  return {
    expertId: null,
    objectIds: [],
    questions: TEMPLATE_KINDS.map((kind) => ({ kind, asked: false, text: '' })),
    legalBasis: '',
    orderedBy: '',
    orderReference: '',
    reference: '',
    deadline: '',
    language: defaults.language,
    secondLanguage: null,
    signatory: defaults.signatory,
    notes: '',
  };
}

/** The stored questions on the checklist: each template once, the rest after it in order. */
function questionRows(questions: ConsultationRecord['questions']): QuestionRow[] {
  const rest = [...questions];
  const templates = TEMPLATE_KINDS.map((kind) => {
    const at = rest.findIndex((q) => q.kind === kind);
    if (at < 0) return { kind, asked: false, text: '' };
    const [q] = rest.splice(at, 1);
    return { kind, asked: true, text: q?.text ?? '' };
  });
  return [...templates, ...rest.map((q) => ({ kind: q.kind, asked: true, text: q.text }))];
}

export function consultationValues(c: ConsultationRecord): ConsultationFormValues {
  return {
    expertId: c.expertId,
    objectIds: [...c.objectIds],
    questions: questionRows(c.questions),
    legalBasis: c.legalBasis,
    orderedBy: c.orderedBy,
    orderReference: c.orderReference,
    reference: c.reference,
    deadline: c.deadline ?? '',
    language: c.language,
    secondLanguage: c.secondLanguage,
    signatory: c.signatory,
    notes: c.notes,
  };
}

/** The stored consultation's own fields (no view, no meta): what `consultation:update` takes. */
export function storedFields(c: ConsultationRecord): ConsultationFieldsInput {
  return {
    expertId: c.expertId,
    objectIds: [...c.objectIds],
    questions: c.questions.map((q) => ({ kind: q.kind, text: q.text })),
    legalBasis: c.legalBasis,
    orderedBy: c.orderedBy,
    orderReference: c.orderReference,
    reference: c.reference,
    deadline: c.deadline,
    status: c.status,
    sentOn: c.sentOn,
    receivedOn: c.receivedOn,
    language: c.language,
    secondLanguage: c.secondLanguage,
    signatory: c.signatory,
    notes: c.notes,
  };
}

/** The form's rows that are asked, by their index in the form (the n-th question sent). */
export function askedRows(values: Pick<ConsultationFormValues, 'questions'>): number[] {
  return values.questions.flatMap((q, i) => (q.asked ? [i] : []));
}

/**
 * The fields as main expects them (main checks and explains). The state and its dates are not
 * edited here: a new consultation is a draft, an edited one keeps what it had.
 */
export function consultationFields(
  v: ConsultationFormValues,
  stored: ConsultationRecord | null,
): ConsultationFieldsInput {
  const second = v.secondLanguage === v.language ? null : v.secondLanguage;
  return {
    expertId: v.expertId ?? '',
    objectIds: [...v.objectIds],
    questions: askedRows(v).map((i) => {
      const q = v.questions[i] as QuestionRow;
      return { kind: q.kind, text: q.text.trim() };
    }),
    legalBasis: v.legalBasis.trim(),
    orderedBy: v.orderedBy.trim(),
    orderReference: v.orderReference.trim(),
    reference: v.reference.trim(),
    deadline: v.deadline.trim() === '' ? null : v.deadline.trim(),
    status: stored?.status ?? 'drafted',
    sentOn: stored?.sentOn ?? null,
    receivedOn: stored?.receivedOn ?? null,
    language: v.language,
    secondLanguage: second,
    signatory: v.signatory.trim(),
    notes: v.notes,
  };
}

/**
 * Main names a question by its place among those sent (`questions.2.text`); the form's row is
 * the third one asked. Returns the error with its question paths moved onto the form's rows.
 */
export function claimQuestionIssues(
  values: Pick<ConsultationFormValues, 'questions'>,
  error: IpcError,
): IpcError {
  if (error.code !== CaseFileErrorCode.InvalidInput) return error;
  const issues = error.details?.['issues'];
  if (!Array.isArray(issues)) return error;
  const rows = askedRows(values);
  const moved = issues.map((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return issue;
    const { path } = issue as { path?: unknown };
    if (!Array.isArray(path) || path[0] !== 'questions' || path.length < 2) return issue;
    const row = rows[Number(path[1])];
    if (row === undefined) return { ...issue, path: ['questions'] };
    return { ...issue, path: ['questions', String(row), ...path.slice(2).map(String)] };
  });
  return { ...error, details: { ...error.details, issues: moved } };
}

/** The state a status action moves the consultation to, with the date it records. */
export type StatusAction = 'send' | 'receive' | 'withdraw';

export function statusFields(
  c: ConsultationRecord,
  action: StatusAction,
  date: string,
): ConsultationFieldsInput {
  const fields = storedFields(c);
  const status: ConsultationStatus =
    action === 'send' ? 'sent' : action === 'receive' ? 'received' : 'withdrawn';
  return {
    ...fields,
    status,
    sentOn: action === 'send' ? date : fields.sentOn,
    receivedOn: action === 'receive' ? date : fields.receivedOn,
  };
}

/** The actions a consultation offers in its state (overdue is a sent request, late). */
export function actionsFor(state: string): { status: StatusAction[]; edit: boolean } {
  switch (state) {
    case 'drafted':
      return { status: ['send', 'withdraw'], edit: true };
    case 'sent':
    case 'overdue':
      return { status: ['receive', 'withdraw'], edit: true };
    default:
      return { status: [], edit: false };
  }
}

/** "sr-Latn" and "sr-Cyrl" are one spoken language, Serbian; the others are their own code. */
export function baseLanguage(language: Language): string {
  return language.startsWith('sr-') ? 'sr' : language;
}

/** The app language that writes a spoken language: Serbian in the script the person reads. */
function appLanguageFor(spoken: string, interfaceLanguage: string): Language | null {
  if (spoken === 'sr') {
    return interfaceLanguage === 'sr-Latn' || interfaceLanguage === 'sr-Cyrl'
      ? interfaceLanguage
      : 'sr-Cyrl';
  }
  return isLanguage(spoken) ? spoken : null;
}

/**
 * The second language proposed for the letter: none when the expert speaks the letter's language
 * (or their languages are not known); else the first language they speak that the app writes,
 * else English. Never the letter's own language.
 */
export function proposeSecondLanguage(
  letter: Language,
  spoken: readonly string[],
  interfaceLanguage: string,
): Language | null {
  if (spoken.length === 0 || spoken.includes(baseLanguage(letter))) return null;
  const known = spoken
    .map((s) => appLanguageFor(s, interfaceLanguage))
    .find((l): l is Language => l !== null);
  const proposed = known ?? 'en';
  return proposed === letter ? null : proposed;
}

/** A reference made safe as part of a file name (no folders, no characters systems refuse). */
export function fileNamePart(text: string): string {
  return text
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}
