import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildDemoCaseFile, DEMO } from '../../scripts/demo-case-file';
import { test, expect } from './harness';
import { E2E_KDF } from './support/app-harness';
import type { ReportRecord } from '../../src/shared/domain/report';
import {
  invokeOk,
  openCasesThroughUi,
  openThroughUi,
  pickOption,
  unlockThroughUi,
} from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const TRANSIT = 'Antiquities shipment through a transit country';
const REFERENCE = 'ITCG-2026-0007';
const HELMET = 'T-3 — Illyrian-type bronze helmet';
const REPORT_ID = /^CR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * Issue #9's screens on the demo case file: a dossier generated from the case's Reports tab with
 * two sections and one object withheld (progress while it runs, then its ID, pages and SHA-256),
 * the register listing it, then the Reports area checking the file (chosen, and dropped) and an
 * altered copy of it.
 */
test.describe('Reports: generate, register, verify', () => {
  test('a dossier with sections and an object withheld, listed, verified, and an altered copy refused', async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const demo = await buildDemoCaseFile(app.caseFilePath('demo'), { kdfCost: E2E_KDF });
    await app.open();
    await openThroughUi(app, demo.dir);
    const [ana] = DEMO.operators;
    await unlockThroughUi(page, ana.passphrase, ana.name);

    // 1. The case's Reports tab: empty register, the dossier dialog.
    await openCasesThroughUi(page);
    await page.getByTestId('cases-table-row').filter({ hasText: TRANSIT }).dblclick();
    await page.getByTestId('case-tab-reports').click();
    await expect(page.getByTestId('case-tab-panel-reports')).toBeVisible();
    await expect(page.getByTestId('case-reports-empty')).toBeVisible();
    await page.getByTestId('report-new-dossier').click();
    await expect(page.getByTestId('report-form')).toBeVisible();
    for (const s of [
      'summary',
      'parties',
      'seizures',
      'objects',
      'provenance',
      'finance',
      'opinions',
      'indicators',
      'documents',
      'audit',
    ]) {
      await expect(page.getByTestId(`report-section-${s}`)).toBeChecked();
    }
    // Witnesses and informants are in the national dossier by default.
    await expect(page.getByTestId('report-include-protected')).toBeChecked();

    // Two sections out, one object withheld.
    await page.getByTestId('report-section-finance').uncheck();
    await page.getByTestId('report-section-indicators').uncheck();
    await pickOption(page, 'report-withhold-objects', HELMET);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('report-form')).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, 'reports-generate-dialog.png') });

    const file = path.join(app.workDir, `${REFERENCE} dossier.pdf`);
    app.dialogs.answer('savePdf', file);
    await page.getByTestId('report-generate').click();
    // Progress, naming its step, while the report is made (it may finish before it is seen).
    const progressOrResult = page
      .getByTestId('report-progress')
      .or(page.getByTestId('report-result'));
    await expect(progressOrResult.first()).toBeVisible();
    await expect(page.getByTestId('report-result')).toBeVisible({ timeout: 120_000 });
    const id = (await page.getByTestId('report-result-id').getAttribute('data-value')) ?? '';
    expect(id).toMatch(REPORT_ID);
    const sha = (await page.getByTestId('report-result-sha').getAttribute('data-value')) ?? '';
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    await expect(page.getByTestId('report-result-file')).toHaveAttribute(
      'data-value',
      `${REFERENCE} dossier.pdf`,
    );
    expect(Number(await page.getByTestId('report-result-pages').innerText())).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'reports-generated.png') });
    expect(app.dialogs.shown.filter((d) => d.kind === 'savePdf')).toHaveLength(1);

    // The register entry keeps the choice: the sections in print order, every object but one.
    const [entry] = await invokeOk<ReportRecord[]>(app, 'report:list', {});
    expect(entry?.id).toBe(id);
    expect(entry?.params.sections).toEqual([
      'summary',
      'parties',
      'seizures',
      'objects',
      'provenance',
      'opinions',
      'documents',
      'audit',
    ]);
    const objects = await invokeOk<{
      total: number;
      rows: { id: string; exhibitNumber: string }[];
    }>(app, 'object:list', { caseId: entry?.caseId, limit: 500 });
    const helmet = objects.rows.find((o) => o.exhibitNumber === 'T-3');
    expect(helmet).toBeDefined();
    expect(entry?.params.disclosure.objectIds).toHaveLength(objects.total - 1);
    expect(entry?.params.disclosure.objectIds).not.toContain(helmet?.id);
    expect(entry?.params.disclosure.includeProtected).toBe(true);
    // The PDF carries its ID (footer) and not the withheld object.
    fs.copyFileSync(file, path.join(SHOTS, 'reports-dossier.pdf'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(id);
    expect(flat).not.toContain('Illyrian-type bronze helmet');

    // 2. The register of the case lists it.
    await page.getByTestId('report-close').click();
    await expect(page.getByTestId('report-result')).toHaveCount(0);
    const row = page.getByTestId('case-reports').getByTestId('report-row');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-report-id', id);
    await expect(row).toContainText(sha.slice(0, 12));
    await page.screenshot({ path: path.join(SHOTS, 'reports-case-tab.png'), fullPage: true });

    // 3. The Reports area: the whole register, the file checked through the dialog → match.
    await page.goto(`${app.url}#/case-file/reports`);
    await expect(page.getByTestId('screen-ReportsScreen')).toBeVisible();
    await expect(page.getByTestId('reports-register').getByTestId('report-row')).toHaveCount(1);
    await page.getByTestId('reports-filter').fill('no such report');
    await expect(page.getByTestId('reports-no-match')).toBeVisible();
    await page.getByTestId('reports-filter').fill(id.slice(0, 7));
    await expect(page.getByTestId('reports-register').getByTestId('report-row')).toHaveCount(1);

    app.dialogs.answer('openPdf', file);
    await page.getByTestId('report-verify-choose').click();
    const verdict = page.getByTestId('report-verdict');
    await expect(verdict).toHaveAttribute('data-match', 'true');
    await expect(page.getByTestId('report-verdict-title')).toContainText(`Matches report ${id}`);
    await page.screenshot({ path: path.join(SHOTS, 'reports-verify-match.png') });

    // 4. A copy with one byte changed (in the middle of the file) → no match, "altered".
    const bytes = fs.readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    const altered = path.join(app.workDir, 'altered.pdf');
    fs.writeFileSync(altered, bytes);
    app.dialogs.answer('openPdf', altered);
    await page.getByTestId('report-verify-choose').click();
    await expect(verdict).toHaveAttribute('data-match', 'false');
    await expect(page.getByTestId('report-verdict-title')).toContainText(
      'Does not match any registered report',
    );
    await expect(page.getByTestId('report-verdict-altered')).toContainText(
      `It claims to be ${id}, but its bytes differ: altered.`,
    );
    await page.screenshot({ path: path.join(SHOTS, 'reports-verify-altered.png') });

    // 5. The drop path: the bytes of a File dropped on the zone go through report:verify-bytes.
    const drop = async (data: number[], name: string) => {
      const transfer = await page.evaluateHandle(
        ({ data, name }) => {
          // The page's DOM classes (this project's Node typings have no DOM lib).
          const dom = globalThis as unknown as {
            DataTransfer: new () => { items: { add: (file: unknown) => void } };
            File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
          };
          const dt = new dom.DataTransfer();
          dt.items.add(new dom.File([new Uint8Array(data)], name, { type: 'application/pdf' }));
          return dt;
        },
        { data, name },
      );
      await page.getByTestId('report-drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    };
    await drop([...fs.readFileSync(file)], 'dropped.pdf');
    await expect(verdict).toHaveAttribute('data-match', 'true');
    await expect(verdict).toContainText('dropped.pdf');
    await drop([...bytes], 'dropped-altered.pdf');
    await expect(verdict).toHaveAttribute('data-match', 'false');
    await expect(page.getByTestId('report-verdict-altered')).toBeVisible();
    expect(app.calls).toContain('report:verify-bytes');
  });
});
