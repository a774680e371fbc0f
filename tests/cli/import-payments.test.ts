import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlockCaseFile } from '../../src/main/core';
import { createMapping } from '../../src/main/core/finance/statement-mappings';
import { StatementImportResult } from '../../src/shared/domain/statement';
import { newCaseFile, PASSPHRASE, tempDir } from '../helpers/case-files';
import {
  caseWithAccount,
  OWN_IBAN,
  SERBIAN_MAPPING,
  SERBIAN_ROWS,
  serbianCsv,
  writeFile,
} from '../core/finance/statement-fixtures';

/* `custodia import-payments` of the real binary: JSON and human reports, re-import adds nothing,
 * malformed rows listed by row number and nothing imported unless --accept-valid-rows, a saved
 * mapping by name, and exit codes (0 imported, 2 refused or a usage error). */

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

async function caseFile() {
  const { dir, session } = await newCaseFile();
  caseWithAccount(session);
  createMapping(session, { name: 'Intesa CSV', mapping: SERBIAN_MAPPING });
  session.lock();
  const files = tempDir();
  return {
    dir,
    mapping: writeFile(
      files,
      'intesa.json',
      JSON.stringify({ name: 'Intesa CSV', mapping: SERBIAN_MAPPING }),
    ),
    statement: writeFile(files, 'izvod.csv', serbianCsv()),
    malformed: writeFile(
      files,
      'izvod-greske.csv',
      serbianCsv([
        ...SERBIAN_ROWS.slice(0, 2),
        '31.02.2024;;Marko;;;;12,34,5;RSD',
        SERBIAN_ROWS[2] as string,
      ]),
    ),
  };
}

async function paymentCount(dir: string): Promise<number> {
  const session = await unlockCaseFile(dir, { kind: 'passphrase', passphrase: PASSPHRASE });
  try {
    return session.db.prepare('SELECT count(*) FROM payment').pluck().get() as number;
  } finally {
    session.lock();
  }
}

describe('custodia import-payments', () => {
  it('imports a statement (--json), and importing it again adds nothing', async () => {
    const f = await caseFile();
    const args = [
      'import-payments',
      f.dir,
      '--case',
      'ITCG-2026-0061',
      '--mapping',
      f.mapping,
      '--account',
      OWN_IBAN.replace(/(.{4})/g, '$1 ').trim(),
    ];
    const run = await custodia([...args, '--json', f.statement]);
    expect(run.code, run.stderr).toBe(0);
    const result = StatementImportResult.parse(JSON.parse(run.stdout));
    expect(result).toMatchObject({
      status: 'imported',
      counts: { rows: 4, created: 4, duplicates: 0, accountsCreated: 3 },
    });
    const again = await custodia([...args, f.statement]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(
      'izvod.csv: 0 payments imported, 4 already in the case (skipped).',
    );
    expect(again.stdout).toMatch(
      /Import [0-9a-f-]{36}; statement stored as attachment [0-9a-f-]{36} \(SHA-256 [0-9a-f]{64}\)/,
    );
    expect(await paymentCount(f.dir)).toBe(4);
  });

  it('lists malformed rows by row number and imports nothing, unless --accept-valid-rows', async () => {
    const f = await caseFile();
    const args = [
      'import-payments',
      f.dir,
      '-c',
      'ITCG-2026-0061',
      '-m',
      'intesa csv',
      '-a',
      OWN_IBAN,
    ];
    const refused = await custodia([...args, f.malformed]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Malformed rows (2):');
    expect(refused.stderr).toContain(
      '  row 6 (Datum): there is no such day (31.02.2024): "31.02.2024"',
    );
    expect(refused.stderr).toContain(
      '  row 6 (Iznos): more than one decimal separator ",": "12,34,5"',
    );
    expect(refused.stdout).toContain('1 of 4 rows are malformed; nothing was imported');
    expect(await paymentCount(f.dir)).toBe(0);
    const accepted = await custodia([...args, '--accept-valid-rows', f.malformed]);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stderr).toContain('Rows left out (2):');
    expect(accepted.stdout).toContain(
      '3 payments imported, 0 already in the case (skipped), 1 malformed row left out',
    );
    expect(await paymentCount(f.dir)).toBe(3);
  });

  it('an unknown case, account or mapping is a usage error (exit 2) with a message', async () => {
    const f = await caseFile();
    const noCase = await custodia([
      'import-payments',
      f.dir,
      '-c',
      'ITCG-1999-0001',
      '-m',
      f.mapping,
      f.statement,
    ]);
    expect(noCase.code).toBe(2);
    expect(noCase.stderr).toContain('There is no case ITCG-1999-0001.');
    const noAccount = await custodia([
      'import-payments',
      f.dir,
      '-c',
      'ITCG-2026-0061',
      '-m',
      f.mapping,
      '-a',
      'RS35105000000012345607',
      f.statement,
    ]);
    expect(noAccount.code).toBe(2);
    expect(noAccount.stderr).toContain('The case has no account RS35105000000012345607');
    const noMapping = await custodia([
      'import-payments',
      f.dir,
      '-c',
      'ITCG-2026-0061',
      '-m',
      'Komercijalna',
      f.statement,
    ]);
    expect(noMapping.code).toBe(2);
    expect(noMapping.stderr).toContain('neither a mapping file nor the name of a mapping');
    expect(await paymentCount(f.dir)).toBe(0);
  });
});
