import type { UseFormReturnType } from '@mantine/form';
import type { HandlingCode } from '../cases/case-form';
import type {
  DocumentAssessmentStatus,
  DocumentFieldsInput,
  DocumentView,
  Grading,
} from '../../../../shared/domain/document';
import type { PartySummary } from '../../../../shared/domain/party-views';
import type { PartyRefValue } from '../seizures/seizure-form';

/** The vocabulary code of a web capture: the form shows URL, capture time and tool for it. */
export const WEB_CAPTURE_TYPE = 'web-capture';

/**
 * What the document form edits. Names and nesting are those of DocumentFields, so main's issue
 * paths (`assessment.reason`, `webCapture.url`, `issuer.name`) land on their inputs. The handling
 * code and the web capture are switched on with `hasHandlingCode` and the type.
 */
export interface DocumentFormValues {
  type: string | null;
  title: string;
  issuer: PartyRefValue;
  issuerCountry: string | null;
  number: string;
  issuedOn: string;
  language: string | null;
  description: string;
  assessment: { status: DocumentAssessmentStatus; reason: string; by: string; on: string };
  grading: { source: Grading['source'] | null; information: Grading['information'] | null };
  hasHandlingCode: boolean;
  handlingCode: HandlingCode;
  webCapture: { url: string; capturedAt: string; tool: string };
  objectIds: string[];
}

export type DocumentForm = UseFormReturnType<DocumentFormValues>;

/** A new document's values; the handling code offered is the case's own. */
export function newDocumentValues(caseHandlingCode: HandlingCode | null): DocumentFormValues {
  return {
    type: null,
    title: '',
    issuer: { partyId: null, name: '', picked: null },
    issuerCountry: null,
    number: '',
    issuedOn: '',
    language: null,
    description: '',
    assessment: { status: 'not_assessed', reason: '', by: '', on: '' },
    grading: { source: null, information: null },
    hasHandlingCode: false,
    handlingCode: caseHandlingCode ?? 'H0',
    webCapture: { url: '', capturedAt: '', tool: '' },
    objectIds: [],
  };
}

/** A datetime-local input takes YYYY-MM-DDTHH:mm; a stored capture time may carry seconds or an offset. */
function localInputValue(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})/.exec(at);
  return m?.[1] ?? at;
}

/** The form's values for a stored document; `issuer` names the party it refers to, if any. */
export function documentValues(
  d: DocumentView,
  issuer: PartySummary | null,
  caseHandlingCode: HandlingCode | null,
): DocumentFormValues {
  return {
    type: d.type,
    title: d.title,
    issuer: { partyId: d.issuer.partyId, name: d.issuer.name, picked: issuer },
    issuerCountry: d.issuerCountry,
    number: d.number,
    issuedOn: d.issuedOn ?? '',
    language: d.language || null,
    description: d.description,
    assessment: {
      status: d.assessment.status,
      reason: d.assessment.reason,
      by: d.assessment.by,
      on: d.assessment.on ?? '',
    },
    grading: {
      source: d.grading?.source ?? null,
      information: d.grading?.information ?? null,
    },
    hasHandlingCode: d.handlingCode !== null,
    handlingCode: d.handlingCode ?? caseHandlingCode ?? 'H0',
    webCapture: {
      url: d.webCapture?.url ?? '',
      capturedAt: d.webCapture ? localInputValue(d.webCapture.capturedAt) : '',
      tool: d.webCapture?.tool ?? '',
    },
    objectIds: [...d.objectIds],
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * The fields as main expects them; main trims, checks and explains. A grade is sent only when
 * both halves are chosen (half a grade is sent as it is, so main names the missing half).
 * The web capture is sent only for a web capture, and then as typed.
 */
export function documentFields(v: DocumentFormValues): DocumentFieldsInput {
  const { source, information } = v.grading;
  const w = v.webCapture;
  return {
    type: v.type ?? '',
    title: v.title,
    issuer: { partyId: v.issuer.partyId, name: v.issuer.partyId ? '' : v.issuer.name },
    issuerCountry: v.issuerCountry,
    number: v.number,
    issuedOn: orNull(v.issuedOn),
    language: v.language ?? '',
    description: v.description,
    assessment: {
      status: v.assessment.status,
      reason: v.assessment.reason,
      by: v.assessment.by,
      on: orNull(v.assessment.on),
    },
    grading:
      source === null && information === null
        ? null
        : ({ source, information } as unknown as Grading),
    handlingCode: v.hasHandlingCode ? v.handlingCode : null,
    webCapture:
      v.type === WEB_CAPTURE_TYPE && (w.url.trim() || w.capturedAt.trim() || w.tool.trim())
        ? { url: w.url, capturedAt: w.capturedAt, tool: w.tool }
        : null,
    objectIds: v.objectIds,
  };
}
