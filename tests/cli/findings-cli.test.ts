import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/core/cases/cases';
import { recordDocument } from '../../src/main/core/documents';
import { createObject } from '../../src/main/core/objects';
import { addEvent } from '../../src/main/core/provenance';
import { FindingsReport, type RuleInfo } from '../../src/shared/domain/finding';
import { newCaseFile, PASSPHRASE } from '../helpers/case-files';

/* `custodia findings` of the real binary: JSON report, human report grouped by severity with the
 * evidence, one object, the rule list, and exit codes (0 with or without findings). */

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'custodia.cjs');

function custodia(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('CUSTODIA_')) env[k] = v;
  env['CUSTODIA_PASSPHRASE'] = PASSPHRASE;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

async function caseFile(): Promise<string> {
  const { dir, session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0044',
    title: 'Stele',
    openedOn: '2026-02-01',
  });
  createCase(session, { reference: 'ITCG-2026-0050', title: 'Quiet case', openedOn: '2026-02-01' });
  const stele = createObject(session, c.id, {
    exhibitNumber: 'E-1',
    typeL1: 'archaeological',
    title: 'Inscribed stele',
    countryOfOrigin: 'IQ',
  });
  createObject(session, c.id, { exhibitNumber: 'E-2', typeL1: 'paintings' });
  const licence = recordDocument(session, c.id, {
    type: 'export-licence',
    number: '17/2019',
    issuerCountry: 'AE',
    objectIds: [stele.id],
    assessment: { status: 'forged', reason: 'stamp of a ministry that did not exist' },
  });
  addEvent(session, { objectId: stele.id, fields: { type: 'sale', date: '1960' } });
  addEvent(session, {
    objectId: stele.id,
    fields: { type: 'export', date: '2019', sources: [{ documentId: licence.id, page: '' }] },
  });
  session.lock();
  return dir;
}

describe('custodia findings', () => {
  it('--json prints the FindingsReport; the 1970 gap and the forged licence cite their evidence', async () => {
    const dir = await caseFile();
    const run = await custodia(['findings', dir, '--case', 'ITCG-2026-0044', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      findings: Array<{ ruleId: string; indicators: string[] }>;
    };
    const report = FindingsReport.parse(json);
    expect(
      json.findings.find((f) => f.ruleId === 'provenance.forged-document')?.indicators,
    ).toEqual(['B3']);
    const rules = report.findings.map((f) => f.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining([
        'provenance.gap-1970',
        'provenance.forged-document',
        'provenance.export-licence-transit',
      ]),
    );
    const forged = report.findings.find((f) => f.ruleId === 'provenance.forged-document');
    expect(forged?.evidence.map((e) => e.label)).toEqual([
      'Export licence / certificate 17/2019',
      '2. Export, 2019',
    ]);
    expect(report.rules).toHaveLength(27);
  });

  it('prints findings grouped by severity, highest first, with the evidence', async () => {
    const dir = await caseFile();
    const run = await custodia(['findings', dir, '--case', 'ITCG-2026-0044']);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Case ITCG-2026-0044: \d+ findings \(\d+ high, \d+ medium, \d+ low\)/);
    expect(out.indexOf('HIGH (')).toBeLessThan(out.indexOf('MEDIUM ('));
    expect(out.indexOf('MEDIUM (')).toBeLessThan(out.indexOf('LOW ('));
    expect(out).toContain('provenance.gap-1970 · E-1 Inscribed stele · indicator B1');
    expect(out).toContain('    - document: Export licence / certificate 17/2019');
    expect(out).toContain('    - provenance event: 1. Sale, 1960');
  });

  it('--object limits the run to one object; a case without findings still exits 0', async () => {
    const dir = await caseFile();
    const one = await custodia([
      'findings',
      dir,
      '-c',
      'ITCG-2026-0044',
      '--object',
      'E-2',
      '--json',
    ]);
    expect(one.code, one.stderr).toBe(0);
    expect(FindingsReport.parse(JSON.parse(one.stdout)).findings).toEqual([]);
    const quiet = await custodia(['findings', dir, '--case', 'ITCG-2026-0050']);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stdout.trim()).toBe('Case ITCG-2026-0050: no findings.');
  });

  it('an unknown case or object is a usage error (exit 2) with a message', async () => {
    const dir = await caseFile();
    const noCase = await custodia(['findings', dir, '--case', 'ITCG-1999-0001']);
    expect(noCase.code).toBe(2);
    expect(noCase.stderr).toContain('There is no case ITCG-1999-0001');
    const noObject = await custodia([
      'findings',
      dir,
      '--case',
      'ITCG-2026-0044',
      '--object',
      'E-9',
    ]);
    expect(noObject.code).toBe(2);
    expect(noObject.stderr).toContain('E-9');
    const noPath = await custodia(['findings', '--case', 'ITCG-2026-0044']);
    expect(noPath.code).toBe(2);
  });

  it('--rules lists the registry without a case file', async () => {
    const run = await custodia(['findings', '--rules', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const rules = JSON.parse(run.stdout) as RuleInfo[];
    expect(rules).toContainEqual({
      id: 'provenance.gap-1970',
      domain: 'provenance',
      severity: 'high',
      title: 'Gap across 17 November 1970',
    });
    expect(rules).toContainEqual({
      id: 'finance.structuring',
      domain: 'finance',
      severity: 'high',
      title: 'Structuring: payments just under a threshold',
    });
    expect(rules.filter((r) => r.domain === 'finance')).toHaveLength(8);
    const human = await custodia(['findings', '--rules']);
    expect(human.stdout).toMatch(/^provenance\.gap\s+provenance\s+low\s+Gap in the provenance$/m);
    expect(human.stdout).toMatch(/^finance\.circular-flow\s+finance\s+high\s+Money returning/m);
  });
});
