import { describe, expect, it } from 'vitest';
import { DocumentFields, DocumentView } from '../../../../shared/domain/document';
import { fieldForPath } from '../../lib/form-errors';
import { documentFields, documentValues, newDocumentValues } from './document-form';

const CASE = '00000000-0000-4000-8000-0000000000c1';
const OBJECT = '00000000-0000-4000-8000-0000000000b1';
const PARTY = '00000000-0000-4000-8000-0000000000a1';

/** A fully described web capture, as main returns it. */
const described = DocumentFields.parse({
  type: 'web-capture',
  title: 'Listing of an icon of St Nicholas',
  issuer: { partyId: PARTY, name: '' },
  issuerCountry: 'DE',
  number: 'lot 117',
  issuedOn: '2019-05',
  language: 'de',
  description: 'The **listing** as captured.',
  assessment: {
    status: 'doubtful',
    reason: 'Provenance line copied from another lot.',
    by: 'M. Đorđević',
    on: '2026-02-01',
  },
  grading: { source: 'B', information: '3' },
  handlingCode: 'H2',
  webCapture: {
    url: 'https://auction.example/lot/117',
    capturedAt: '2026-01-14T10:22:05+01:00',
    tool: 'Hunchly 2.6',
  },
  objectIds: [OBJECT],
});
const view: DocumentView = DocumentView.parse({
  ...described,
  id: '00000000-0000-4000-8000-0000000000d1',
  caseId: CASE,
  attachmentId: null,
  version: 3,
  createdAt: '2026-01-14T09:30:00.000Z',
  updatedAt: '2026-02-01T09:30:00.000Z',
  file: null,
  text: { status: 'no_file', pages: 0 },
  citedBy: 0,
});

describe('the document form', () => {
  it('sends a new, untouched form as fields main accepts, once a type is chosen', () => {
    const fields = documentFields({ ...newDocumentValues('H1'), type: 'invoice' });
    const parsed = DocumentFields.safeParse(fields);
    expect(parsed.success).toBe(true);
    expect(fields).toMatchObject({
      grading: null,
      handlingCode: null,
      webCapture: null,
      issuedOn: null,
      issuer: { partyId: null, name: '' },
    });
  });

  it('offers the case’s handling code, but sends one only when it is switched on', () => {
    const values = newDocumentValues('H3');
    expect(values.handlingCode).toBe('H3');
    expect(documentFields({ ...values, type: 'invoice' }).handlingCode).toBeNull();
    expect(documentFields({ ...values, type: 'invoice', hasHandlingCode: true }).handlingCode).toBe(
      'H3',
    );
  });

  it('round-trips a stored document, the capture time kept to the minute for the input', () => {
    const values = documentValues(view, null, 'H1');
    expect(values.webCapture.capturedAt).toBe('2026-01-14T10:22');
    expect(values.grading).toEqual({ source: 'B', information: '3' });
    const fields = DocumentFields.parse(documentFields(values));
    const { webCapture, ...rest } = fields;
    const { webCapture: stored, ...storedRest } = described;
    expect(rest).toEqual(storedRest);
    expect(webCapture).toEqual({ ...stored, capturedAt: '2026-01-14T10:22' });
  });

  it('drops the web capture when the type is no longer a web capture', () => {
    const values = { ...documentValues(view, null, 'H1'), type: 'invoice' };
    expect(documentFields(values).webCapture).toBeNull();
  });

  it('sends half a grade as it is, so main names the missing half on its field', () => {
    const values = {
      ...newDocumentValues(null),
      type: 'invoice',
      grading: { source: 'A' as const, information: null },
    };
    const parsed = DocumentFields.safeParse(documentFields(values));
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.map(String)) ?? [];
    expect(paths).toContainEqual(['grading', 'information']);
    expect(fieldForPath(values, ['grading', 'information'])).toBe('grading.information');
  });

  it('puts main’s complaint about a forgery without a reason on the reason field', () => {
    const values = {
      ...newDocumentValues(null),
      type: 'export-licence',
      assessment: { status: 'forged' as const, reason: '', by: '', on: '' },
    };
    const parsed = DocumentFields.safeParse(documentFields(values));
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path.map(String)).toEqual(['assessment', 'reason']);
    expect(fieldForPath(values, ['assessment', 'reason'])).toBe('assessment.reason');
  });

  it('sends the name as written only when no party is picked', () => {
    const typed = documentFields({
      ...newDocumentValues(null),
      type: 'invoice',
      issuer: { partyId: null, name: 'Galerie Aurum', picked: null },
    });
    expect(typed.issuer).toEqual({ partyId: null, name: 'Galerie Aurum' });
    const picked = documentFields({
      ...newDocumentValues(null),
      type: 'invoice',
      issuer: { partyId: PARTY, name: 'left over', picked: null },
    });
    expect(picked.issuer).toEqual({ partyId: PARTY, name: '' });
  });
});
