import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../src/main/core';
import { createCase } from '../../src/main/core/cases/cases';
import { addDocument } from '../../src/main/core/documents';
import { createObject } from '../../src/main/core/objects';
import { addPhoto } from '../../src/main/core/photos';
import { ReportRecord, ReportVerification } from '../../src/shared/domain/report';
import { ExitCode } from '../../src/cli/exit-codes';
import { newCaseFile, OPERATOR, PASSPHRASE, tempDir } from '../helpers/case-files';

/* `custodia report` and `custodia verify-report` of the real binary: the PDF written and
 * recorded (ID and SHA-256 printed), an existing --out and an unknown --kind refused with the
 * usage exit code, and verification: 0 and MATCH on the file, 4 after one changed byte, naming
 * the report the altered file claims to be. */

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

const REF = 'ITCG-2026-0091';

/** A small case: an object with a photo, and a document with its file. */
async function caseFile(): Promise<string> {
  const { dir, session } = await newCaseFile();
  const c = createCase(session, {
    reference: REF,
    title: 'Иконе из Шапца — krijumčarenje',
    openedOn: '2026-02-10',
  });
  const icon = createObject(session, c.id, {
    exhibitNumber: 'E-1',
    typeL1: 'religious',
    title: 'Св. Никола',
    countryOfOrigin: 'RS',
  });
  const jpeg = await sharp({
    create: { width: 640, height: 480, channels: 3, background: '#8a5a2b' },
  })
    .jpeg()
    .toBuffer();
  await addPhoto(session, { objectId: icon.id, source: bytesSource('icon.jpg', jpeg) });
  await addDocument(
    session,
    c.id,
    bytesSource('licence.txt', Buffer.from('Export licence 17/2019, Ministry of Culture')),
    { type: 'export-licence', number: '17/2019', issuerCountry: 'AE', objectIds: [icon.id] },
  );
  session.lock();
  return dir;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('custodia report / verify-report', () => {
  it('writes and records a report, refuses an existing --out and an unknown kind, and verifies the file byte for byte', async () => {
    const dir = await caseFile();
    const outDir = tempDir();
    const out = path.join(outDir, 'dossier.pdf');

    const run = await custodia(['report', dir, '--case', REF, '--kind', 'dossier', '--out', out]);
    expect(run.code, run.stderr).toBe(ExitCode.Ok);
    const pdf = fs.readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const id = /Report (CR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}) written to /.exec(run.stdout)?.[1];
    expect(id, run.stdout).toBeDefined();
    expect(run.stdout).toContain(`SHA-256 ${sha256(pdf)}`);
    expect(run.stdout).toContain(`case ${REF}`);
    expect(run.stdout).toContain(OPERATOR);

    // An existing --out is never overwritten.
    const again = await custodia(['report', dir, '--case', REF, '--kind', 'dossier', '--out', out]);
    expect(again.code).toBe(ExitCode.Usage);
    expect(again.stderr).toContain('already exists');
    expect(fs.readFileSync(out).equals(pdf)).toBe(true);

    // An unknown kind is a usage error; nothing is written.
    const other = path.join(outDir, 'other.pdf');
    const bad = await custodia(['report', dir, '--case', REF, '--kind', 'memo', '--out', other]);
    expect(bad.code).toBe(ExitCode.Usage);
    expect(bad.stderr).toMatch(/kind/i);
    expect(fs.existsSync(other)).toBe(false);

    // --json: the register's record of a second report.
    const json = path.join(outDir, 'dossier-sr.pdf');
    const asJson = await custodia([
      'report',
      dir,
      '--case',
      REF,
      '--kind',
      'dossier',
      '--lang',
      'sr-Cyrl',
      '--out',
      json,
      '--json',
    ]);
    expect(asJson.code, asJson.stderr).toBe(ExitCode.Ok);
    const record = ReportRecord.parse(JSON.parse(asJson.stdout));
    expect(record).toMatchObject({
      kind: 'dossier',
      caseReference: REF,
      fileName: 'dossier-sr.pdf',
      sha256: sha256(fs.readFileSync(json)),
      params: { language: 'sr-Cyrl' },
    });
    expect(record.id).not.toBe(id);

    // The file as written: MATCH, exit 0.
    const ok = await custodia(['verify-report', dir, out]);
    expect(ok.code, ok.stderr).toBe(ExitCode.Ok);
    expect(ok.stdout).toContain(`MATCH: ${out} is report ${id}`);

    // One byte changed (inside the first content stream, away from the metadata): exit 4,
    // naming the report the file claims to be.
    const altered = Buffer.from(pdf);
    const at = altered.indexOf('stream', 0, 'latin1') + 20;
    altered[at] = (altered[at] as number) ^ 0x01;
    const tampered = path.join(outDir, 'tampered.pdf');
    fs.writeFileSync(tampered, altered);
    const no = await custodia(['verify-report', dir, tampered]);
    expect(no.code).toBe(ExitCode.Integrity);
    expect(no.stdout).toContain('NO MATCH');
    expect(no.stdout).toContain(`claims to be report ${id}`);
    expect(no.stdout).toContain('altered');

    const noJson = await custodia(['verify-report', dir, tampered, '--json']);
    expect(noJson.code).toBe(ExitCode.Integrity);
    expect(ReportVerification.parse(JSON.parse(noJson.stdout))).toMatchObject({
      match: false,
      report: null,
      claimedId: id,
      claimed: { id },
      sha256: sha256(altered),
    });
    const okJson = await custodia(['verify-report', dir, out, '--json']);
    expect(okJson.code).toBe(ExitCode.Ok);
    expect(ReportVerification.parse(JSON.parse(okJson.stdout))).toMatchObject({
      match: true,
      report: { id, sha256: sha256(pdf) },
    });
  }, 180_000);
});
