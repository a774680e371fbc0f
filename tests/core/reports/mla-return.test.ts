import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseFileSession } from '../../../src/main/core';
import { populateDemo } from '../../../src/main/core/demo';
import { buildReport, generateReport } from '../../../src/main/core/reports/engine/run';
import {
  createRequest,
  listRequests,
  updateRequest,
} from '../../../src/main/core/reports/requests';
import { getDocument } from '../../../src/main/core/documents';
import { CaseFileErrorCode } from '../../../src/main/core/support/errors';
import { createCase } from '../../../src/main/core/cases/cases';
import { createParty } from '../../../src/main/core/parties/parties';
import { assignRole } from '../../../src/main/core/parties/party-roles';
import { expectCaseFileError, newCaseFile, tempDir } from '../../helpers/case-files';

const poppler = (tool: string, ...args: string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The demo case file with its photos; the transit case (the requests' case). */
async function demo(): Promise<{ session: CaseFileSession; caseId: string }> {
  const { session } = await newCaseFile();
  const summary = await populateDemo(session, { photos: true });
  const caseId = summary.cases.find((c) => c.reference === 'ITCG-2026-0007')!.id;
  return { session, caseId };
}

function requestOf(session: CaseFileSession, caseId: string, kind: 'mla' | 'return') {
  return listRequests(session, caseId).find((r) => r.fields.kind === kind)!;
}

function textOf(file: string): string {
  return poppler('pdftotext', '-enc', 'UTF-8', '-layout', file, '-');
}

function fontsOf(file: string): string[] {
  return poppler('pdffonts', file)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
}

const SHOTS = process.env['H9_SHOTS'];

describe('international requests as PDF', () => {
  it('the demo MLA request (English, then bilingual) and return request render completely', async () => {
    const { session, caseId } = await demo();
    const mla = requestOf(session, caseId, 'mla');
    const out = path.join(tempDir(), 'mla.pdf');
    const result = await generateReport(session, { caseId, kind: 'mla', requestId: mla.id }, out);
    expect(result.status).toBe('generated');
    if (result.status !== 'generated') return;
    if (SHOTS) fs.copyFileSync(out, path.join(SHOTS, 'mla.pdf'));
    const flat = textOf(out).replace(/\s+/g, ' ');
    const sections = [
      '1. Requesting authority',
      '2. Summary of the request',
      '3. Summary of the facts',
      '4. Offences and applicable law',
      '5. Persons concerned',
      '6. Assistance requested',
      '7. Procedures to be followed',
      '8. Purpose of the request and speciality',
      '9. Confidentiality',
      '10. Time limits and urgency',
      '11. Annexes',
    ];
    const at = sections.map((s) => flat.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(result.report.sections.slice(0, sections.length)).toEqual(sections);
    // Names as typed and as recorded, in Cyrillic and with diacritics.
    expect(flat).toContain('Јелена Миловановић');
    expect(flat).toContain('HOXHA, Blerina');
    expect(flat).toContain('KOVAČEVIĆ, Stjepan');
    expect(flat).toContain('Kyrenia Heritage Holdings Ltd');
    // The measures' details: the account's IBAN and bank, the object sought.
    expect(flat).toContain('CY21002001950000357001234567');
    expect(flat).toContain('Bank of Cyprus');
    expect(flat).toContain('Apulian red-figure bell krater');
    expect(flat).toMatch(/Page 1 of \d+/);
    expect(flat).toContain(result.report.id);
    const fields = mla.fields.kind === 'mla' ? mla.fields : null;
    const invoice = getDocument(session, fields!.annexDocumentIds[0]!);
    expect(invoice.file?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(flat).toContain(`SHA-256: ${invoice.file!.sha256}`);
    // The annexed object's Object ID sheet follows the letter.
    expect(flat).toMatch(/11\. Annexes.*Annex 3 — Object ID sheet: T-2/);
    for (const line of fontsOf(out)) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    const bi = path.join(tempDir(), 'mla-bi.pdf');
    const second = await generateReport(
      session,
      { caseId, kind: 'mla', requestId: mla.id, language: 'en', secondLanguage: 'sr-Cyrl' },
      bi,
    );
    expect(second.status).toBe('generated');
    if (SHOTS) fs.copyFileSync(bi, path.join(SHOTS, 'mla-bi.pdf'));
    const both = textOf(bi).replace(/\s+/g, ' ');
    expect(both).toMatch(/1\. Requesting authority 1\. Орган молилац/);
    expect(both).toMatch(/6\. Assistance requested 6\. Тражена помоћ/);
    expect(both).toContain('Ова замолница је хитна.');
    expect(both).toContain('Помоћ се тражи до 10. април 2026.');
    expect(both).toContain('competent authorities of Cyprus for');
    expect(both).toContain('органе државе Кипар');
    // Typed text once: the summary's first words appear a single time.
    expect(both.split('Four antiquities worth about EUR 412,000').length).toBe(2);
    expect(both.split('The detention of a suspect ends').length).toBe(3); // header and section 10
    for (const line of fontsOf(bi)) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    const ret = requestOf(session, caseId, 'return');
    const rout = path.join(tempDir(), 'return.pdf');
    const third = await generateReport(
      session,
      { caseId, kind: 'return', requestId: ret.id },
      rout,
    );
    expect(third.status).toBe('generated');
    if (SHOTS) fs.copyFileSync(rout, path.join(SHOTS, 'return.pdf'));
    const r = textOf(rout).replace(/\s+/g, ' ');
    // Aware on 6 February 2026; the test clock reads 1 March 2026: 1073 days to 6 February 2029.
    expect(r).toContain('6 February 2029');
    expect(r).toContain('1073 days');
    expect(r).toContain('Четвероеванђеље');
    expect(r).toContain('75 years');
    expect(r).toMatch(
      /1\. Description of the object.*2\. Status as a cultural object.*3\. Declaration of unlawful removal.*4\. Known location.*5\. Date of awareness and time limit.*6\. Central authorities.*7\. Annexes/,
    );
    expect(r).toMatch(/Page 1 of \d+/);
    for (const line of fontsOf(rout))
      expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
  }, 300_000);

  it('refuses to generate while an essential section is empty, and names it', async () => {
    const { session } = await newCaseFile();
    const summary = await populateDemo(session, { photos: false });
    const caseId = summary.cases.find((c) => c.reference === 'ITCG-2026-0007')!.id;
    const mla = requestOf(session, caseId, 'mla');
    if (mla.fields.kind !== 'mla') throw new Error('not an MLA request');
    updateRequest(session, {
      id: mla.id,
      version: mla.version,
      title: mla.title,
      fields: { ...mla.fields, facts: '  ', measures: [] },
    });
    const error = await expectCaseFileError(
      () => buildReport(session, { caseId, kind: 'mla', requestId: mla.id }),
      CaseFileErrorCode.NotAllowed,
    );
    expect(error.message).toContain('summary of the facts');
    expect(error.message).toContain('assistance requested');
    expect(error.details).toEqual({ missing: ['facts', 'measures'] });

    const ret = requestOf(session, caseId, 'return');
    if (ret.fields.kind !== 'return') throw new Error('not a return request');
    updateRequest(session, {
      id: ret.id,
      version: ret.version,
      title: ret.title,
      fields: { ...ret.fields, awareOn: null },
    });
    const refused = await expectCaseFileError(
      () => buildReport(session, { caseId, kind: 'return', requestId: ret.id }),
      CaseFileErrorCode.NotAllowed,
    );
    expect(refused.message).toContain('date the authority became aware');
    expect(refused.details).toEqual({ missing: ['awareOn'] });
    // A request printed as the other kind is refused too.
    await expectCaseFileError(
      () => buildReport(session, { caseId, kind: 'return', requestId: mla.id }),
      CaseFileErrorCode.InvalidInput,
    );
  }, 300_000);

  it('prints a protected person concerned as withheld unless included', async () => {
    const { session } = await newCaseFile();
    const c = createCase(session, {
      reference: 'ITCG-2026-0950',
      title: 'Witness abroad',
      openedOn: '2026-01-10',
    });
    const witness = createParty(session, {
      kind: 'person',
      givenNames: 'Živorad',
      familyName: 'Tešić',
      dateOfBirth: '1961-05-04',
    });
    assignRole(session, { caseId: c.id, partyId: witness.id, role: 'witness' });
    const request = createRequest(session, {
      caseId: c.id,
      title: 'Hearing in Slovenia',
      fields: {
        kind: 'mla',
        requestedState: 'SI',
        to: { name: 'Ministrstvo za pravosodje' },
        from: { name: 'Više javno tužilaštvo u Beogradu' },
        subject: 'Investigation',
        summary: 'Hearing of a witness.',
        facts: 'The witness saw the excavation.',
        offences: [{ qualification: 'Unlawful excavation' }],
        persons: [{ partyId: witness.id, role: 'Witness to be heard', note: '' }],
        measures: [{ kind: 'hearing', details: 'Hearing of the witness', partyIds: [witness.id] }],
        purpose: 'Evidence.',
      },
    });
    const withheld = await buildReport(session, {
      caseId: c.id,
      kind: 'mla',
      requestId: request.id,
    });
    const file = path.join(tempDir(), 'w.pdf');
    fs.writeFileSync(file, withheld.pdf);
    const text = textOf(file).replace(/\s+/g, ' ');
    expect(text).not.toContain('TEŠIĆ');
    expect(text).not.toContain('1961');
    expect(text).toContain('Particulars withheld (protected person, not disclosed)');

    const included = await buildReport(session, {
      caseId: c.id,
      kind: 'mla',
      requestId: request.id,
      disclosure: { includeProtected: true },
    });
    fs.writeFileSync(file, included.pdf);
    expect(textOf(file).replace(/\s+/g, ' ')).toContain('TEŠIĆ, Živorad');
  }, 120_000);
});
