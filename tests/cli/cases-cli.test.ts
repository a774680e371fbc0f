import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/core/cases/cases';
import { createObject, createSeizure } from '../../src/main/core/objects';
import { createParty } from '../../src/main/core/parties/parties';
import { assignRole } from '../../src/main/core/parties/party-roles';
import { newCaseFile, PASSPHRASE, tempDir } from '../helpers/case-files';

/* The case commands of the real `custodia` binary: info lists cases, export/import round-trip,
 * a refused import lists every problem with its JSON path, search crosses scripts. */

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'custodia.cjs');

function custodia(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('CUSTODIA_')) env[k] = v;
  env['CUSTODIA_PASSPHRASE'] = PASSPHRASE;
  env['CUSTODIA_NEW_PASSPHRASE'] = PASSPHRASE;
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

async function caseFileWithACase(): Promise<string> {
  const { dir, session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0007',
    title: 'Novac iz ostave — Čačak',
    openedOn: '2026-01-10',
  });
  const p = createParty(session, { kind: 'person', givenNames: 'Nikola', familyName: 'Petrović' });
  assignRole(session, { caseId: c.id, partyId: p.id, role: 'suspect' });
  const s = createSeizure(session, c.id, {
    reference: 'PO-1/26',
    seizedAt: '2026-01-10T09:00',
    legalBasis: 'search-warrant',
  });
  createObject(session, c.id, {
    exhibitNumber: 'E-1',
    seizureId: s.id,
    typeL1: 'coins',
    typeL2: 'coins.hoard',
    lotCount: 1200,
    title: 'Ostava rimskog novca',
  });
  session.lock();
  return dir;
}

describe('custodia case commands', () => {
  it('info --json lists the cases with their record counts', async () => {
    const dir = await caseFileWithACase();
    const run = await custodia(['info', dir, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const info = JSON.parse(run.stdout) as { cases: unknown[] };
    expect(info.cases).toEqual([
      {
        id: expect.any(String),
        reference: 'ITCG-2026-0007',
        title: 'Novac iz ostave — Čačak',
        status: 'open',
        counts: { objects: 1, parties: 1, seizures: 1 },
      },
    ]);
  });

  it('export → import into an empty case file → export gives the same bundle; importing again changes nothing', async () => {
    const source = await caseFileWithACase();
    const out = path.join(tempDir(), 'bundle.json');
    const exported = await custodia(['export', source, '--case', 'ITCG-2026-0007', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const { dir: target, session } = await newCaseFile();
    session.lock();
    const imported = await custodia(['import', target, out, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      created: { cases: 1, objects: 1, parties: 1, seizures: 1 },
    });
    const again = await custodia(['export', target, '--case', 'ITCG-2026-0007']);
    expect(again.stdout).toBe(fs.readFileSync(out, 'utf8'));
    const second = await custodia(['import', target, out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Nothing new/);
  });

  it('a refused import exits 2, lists every problem with its JSON path and writes nothing', async () => {
    const source = await caseFileWithACase();
    const out = path.join(tempDir(), 'bundle.json');
    await custodia(['export', source, '--case', 'ITCG-2026-0007', '--out', out]);
    const bundle = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      objects: Array<Record<string, unknown>>;
      cases: Array<Record<string, unknown>>;
    };
    bundle.objects[0]!['typeL1'] = 'spaceship';
    bundle.cases[0]!['handlingCode'] = 'H9';
    fs.writeFileSync(out, JSON.stringify(bundle));
    const { dir: target, session } = await newCaseFile();
    session.lock();
    const run = await custodia(['import', target, out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nothing was imported/);
    expect(run.stderr).toMatch(/cases\[0\]\.handlingCode/);
    const info = JSON.parse((await custodia(['info', target, '--json'])).stdout) as {
      cases: unknown[];
    };
    expect(info.cases).toEqual([]);
  });

  it('search --json finds Latin data from a Cyrillic query, with the hit marked', async () => {
    const dir = await caseFileWithACase();
    const run = await custodia(['search', dir, 'Никола', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout) as {
      groups: Array<{
        kind: string;
        hits: Array<{ title: string; titleSegments: Array<{ text: string; hit: boolean }> }>;
      }>;
    };
    const party = results.groups.find((g) => g.kind === 'party');
    expect(party?.hits[0]?.title).toBe('Petrović, Nikola');
    expect(party?.hits[0]?.titleSegments.filter((x) => x.hit).map((x) => x.text)).toEqual([
      'Nikola',
    ]);
    const human = await custodia(['search', dir, 'čačak']);
    expect(human.stdout).toMatch(/\[Čačak\]/);
  });

  it('demo creates a case file with several realistic cases that verifies', async () => {
    const dir = path.join(tempDir(), 'demo.custodia');
    const run = await custodia([
      'demo',
      dir,
      '--operator',
      'Ana Petrović',
      '--no-photos',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const demo = JSON.parse(run.stdout) as { cases: Array<{ reference: string }> };
    expect(demo.cases.length).toBeGreaterThanOrEqual(3);
    const info = JSON.parse((await custodia(['info', dir, '--json'])).stdout) as {
      cases: Array<{ reference: string; counts: { objects: number } }>;
    };
    expect(info.cases.map((c) => c.reference).sort()).toEqual(
      demo.cases.map((c) => c.reference).sort(),
    );
    expect(info.cases.every((c) => c.counts.objects > 0)).toBe(true);
    const verify = await custodia(['verify', dir]);
    expect(verify.code, verify.stdout).toBe(0);
  });
});
