import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import { buildReport, generateReport } from '../../../src/main/core/reports/engine/run';
import {
  claimedReportId,
  listReports,
  verifyReportBytes,
} from '../../../src/main/core/reports/engine/register';
import { newCaseFile, OPERATOR, tempDir } from '../../helpers/case-files';

const poppler = (tool: string, ...args: string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8' });

async function setUp() {
  const cf = await newCaseFile();
  const c = createCase(cf.session, {
    reference: 'ITCG-2026-0042',
    title: 'Иконе из Шапца — krijumčarenje',
    unit: 'Služba za suzbijanje krijumčarenja kulturnih dobara',
    openedOn: '2026-02-10',
    classification: 'restricted',
  });
  return { cf, caseId: c.id };
}

describe('report engine', () => {
  it('renders in the worker, frames the report, registers it and verifies it byte for byte', async () => {
    const { cf, caseId } = await setUp();
    const dir = tempDir();
    const out = path.join(dir, 'dossier.pdf');
    const steps: string[] = [];
    const result = await generateReport(cf.session, { caseId, kind: 'dossier' }, out, {
      onProgress: (p) => {
        if (steps.at(-1) !== p.step) steps.push(p.step);
      },
    });
    expect(result.status).toBe('generated');
    if (result.status !== 'generated') return;
    expect(steps).toEqual(
      ['collect', 'images', 'layout', 'record', 'done'].filter(
        (s) => s !== 'images' || steps.includes('images'),
      ),
    );
    const pdf = fs.readFileSync(out);
    const { report } = result;
    expect(report.id).toMatch(/^CR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(report.generatedBy).toBe(OPERATOR);
    expect(claimedReportId(pdf)).toBe(report.id);

    const text = poppler('pdftotext', '-enc', 'UTF-8', out, '-');
    expect(text).toContain(report.id);
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain('ITCG-2026-0042');
    expect(text).toContain('Иконе из Шапца');
    const fonts = poppler('pdffonts', out)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    expect(verifyReportBytes(cf.session.db, pdf)).toMatchObject({
      match: true,
      report: { id: report.id },
    });
    const altered = Buffer.from(pdf);
    altered[Math.floor(altered.length / 2)] ^= 0x01;
    const v = verifyReportBytes(cf.session.db, altered);
    expect(v.match).toBe(false);
    expect(v.report).toBeNull();
    expect(listReports(cf.session.db, caseId).map((r) => r.id)).toEqual([report.id]);
  });

  it('the same data, parameters and clock give the same ID and the same bytes', async () => {
    const { cf, caseId } = await setUp();
    cf.runtime.clock = fixedClock(new Date('2026-03-02T10:00:00Z'), 0);
    const a = await buildReport(cf.session, { caseId, kind: 'dossier', language: 'sr-Cyrl' });
    const b = await buildReport(cf.session, { caseId, kind: 'dossier', language: 'sr-Cyrl' });
    expect(b.model.meta.reportId).toBe(a.model.meta.reportId);
    expect(Buffer.from(b.pdf).equals(Buffer.from(a.pdf))).toBe(true);
    const c = await buildReport(cf.session, { caseId, kind: 'dossier', language: 'en' });
    expect(c.model.meta.reportId).not.toBe(a.model.meta.reportId);
  });

  it('a cancelled run writes and records nothing', async () => {
    const { cf, caseId } = await setUp();
    const out = path.join(tempDir(), 'x.pdf');
    const controller = new AbortController();
    const result = await generateReport(cf.session, { caseId, kind: 'dossier' }, out, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step === 'layout') controller.abort();
      },
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(fs.existsSync(out)).toBe(false);
    expect(listReports(cf.session.db)).toEqual([]);
  });
});
