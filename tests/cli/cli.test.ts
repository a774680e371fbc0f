import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program';
import { decodeRecoveryKey, encodeRecoveryKey } from '../../src/shared/case-file/recovery-key';
import {
  newCaseFile,
  OPERATOR,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  snapshotFolder,
  tempDir,
} from '../helpers/case-files';

/*
 * Runs the real `custodia` binary (tsx + production scrypt cost where it creates slots), so each
 * spawn costs one to two seconds; independent runs go in parallel. Case files that only need to
 * exist are made in-process with the test KDF cost, which the CLI reads from the slot.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'custodia.cjs');
const RECOVERY_KEY = /[0-9A-Z]{5}(-[0-9A-Z]{5}){7}/;
const THIRD_PASSPHRASE = 'Heraclea Lyncestis, mozaik — пауни и јелени, 2. век';
const FOURTH_PASSPHRASE = 'Stobi teatar: mermerna sedišta, Ѕ и Џ, red 14 — ne zaboravi!';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

type Secrets = Partial<
  Record<
    | 'CUSTODIA_PASSPHRASE'
    | 'CUSTODIA_NEW_PASSPHRASE'
    | 'CUSTODIA_RECOVERY_KEY'
    | 'CUSTODIA_OPERATOR',
    string
  >
>;

/** `node bin/custodia.cjs …` with only the given CUSTODIA_* variables and a closed, non-TTY stdin. */
function custodia(args: string[], secrets: Secrets = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('CUSTODIA_')) env[k] = v;
  Object.assign(env, secrets);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

function expectExit(run: Run, code: number): void {
  expect(run.code, `exit ${run.code}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(code);
}

function expectSameBytes(before: Map<string, Buffer>, after: Map<string, Buffer>): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before)
    expect(after.get(name)?.equals(bytes), `${name} changed`).toBe(true);
}

/** A closed case file with one operator (Ana Petrović, PASSPHRASE), made in-process. */
async function closedCaseFile(): Promise<{ dir: string; recoveryKey: string }> {
  const { dir, session, recoveryKey } = await newCaseFile();
  session.lock();
  return { dir, recoveryKey };
}

const ana: Secrets = { CUSTODIA_PASSPHRASE: PASSPHRASE };

// Generous timeouts: a machine busy with other test files can make a spawn take several seconds.
describe('custodia CLI', { timeout: 180_000 }, () => {
  // Two case files made by `custodia init`, shared by the tests below that need one.
  let root: string;
  let human: { dir: string; run: Run };
  let json: { dir: string; run: Run };

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'custodia-cli-'));
    human = { dir: path.join(root, 'unit-2026.custodia'), run: undefined as unknown as Run };
    json = { dir: path.join(root, 'json.custodia'), run: undefined as unknown as Run };
    [human.run, json.run] = await Promise.all([
      custodia(['init', human.dir, '--operator', OPERATOR], {
        CUSTODIA_NEW_PASSPHRASE: PASSPHRASE,
      }),
      custodia(['init', json.dir, '--operator', OPERATOR, '--json'], {
        CUSTODIA_NEW_PASSPHRASE: PASSPHRASE,
      }),
    ]);
  }, 180_000);
  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('init creates a case file and prints its recovery key once (also as JSON)', () => {
    expectExit(human.run, 0);
    expect(human.run.stdout).toMatch(RECOVERY_KEY);
    expect(human.run.stdout).toContain(OPERATOR);
    expect(human.run.stdout).toContain(human.dir);
    const printed = (human.run.stdout.match(RECOVERY_KEY) as RegExpMatchArray)[0];
    expect(decodeRecoveryKey(printed).ok).toBe(true);
    expect(fs.readdirSync(human.dir).sort()).toEqual(['case.db', 'keys.json']);
    // Neither the recovery key nor the passphrase is kept in readable form.
    const keys = fs.readFileSync(path.join(human.dir, 'keys.json'), 'utf8');
    expect(keys).not.toContain(printed);
    expect(keys).not.toContain(printed.replaceAll('-', ''));
    expect(keys).not.toContain(PASSPHRASE);
    expect(keys).not.toContain('Petrovi');
    // No leftover staging folder next to the case file.
    expect(fs.readdirSync(root).filter((f) => f.startsWith('.'))).toEqual([]);

    expectExit(json.run, 0);
    const out = JSON.parse(json.run.stdout) as {
      path: string;
      caseFileId: string;
      operator: string;
      recoveryKey: string;
    };
    expect(out.path).toBe(json.dir);
    expect(out.operator).toBe(OPERATOR);
    expect(out.recoveryKey).toMatch(new RegExp(`^${RECOVERY_KEY.source}$`));
    expect(decodeRecoveryKey(out.recoveryKey).ok).toBe(true);
    expect(out.recoveryKey).not.toBe(printed);
    expect(out.caseFileId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('verify and info open the new case file', async () => {
    const [verifyJson, info] = await Promise.all([
      custodia(['verify', human.dir, '--json'], ana),
      custodia(['info', human.dir, '--json'], ana),
    ]);
    expectExit(verifyJson, 0);
    const report = JSON.parse(verifyJson.stdout) as {
      ok: boolean;
      checks: { name: string; ok: boolean }[];
    };
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual([
      'database',
      'foreign-keys',
      'schema',
      'audit-chain',
      'attachments',
    ]);
    expect(report.checks.every((c) => c.ok)).toBe(true);

    expectExit(info, 0);
    const data = JSON.parse(info.stdout) as {
      operators: string[];
      counts: Record<string, number>;
      cipher: string;
      recoveryKey: boolean;
    };
    expect(data.operators).toEqual([OPERATOR]);
    expect(data.counts).toMatchObject({
      operator: 1,
      audit_log: 2,
      attachment: 0,
      blob: 0,
      blob_chunk: 0,
    });
    expect(data.cipher).toMatch(/aegis/i);
    expect(data.recoveryKey).toBe(true);
  });

  it('wrong credentials exit 3 and leave every byte as it was', async () => {
    const before = snapshotFolder(human.dir);
    const wrongKey = encodeRecoveryKey(randomBytes(20));
    expect(decodeRecoveryKey(wrongKey).ok).toBe(true);
    const [wrongPassphrase, wrongRecovery] = await Promise.all([
      custodia(['verify', human.dir], { CUSTODIA_PASSPHRASE: OTHER_PASSPHRASE }),
      custodia(['verify', human.dir, '--recovery'], { CUSTODIA_RECOVERY_KEY: wrongKey }),
    ]);
    expectExit(wrongPassphrase, 3);
    expect(wrongPassphrase.stderr).toMatch(/wrong operator name or passphrase/i);
    expect(wrongPassphrase.stdout).toBe('');
    expectExit(wrongRecovery, 3);
    expect(wrongRecovery.stderr).toMatch(/recovery key does not open/i);
    expectSameBytes(before, snapshotFolder(human.dir));
  });

  it('usage errors exit 2: no secret and no terminal, unknown command, missing argument, existing path, secret as argument', async () => {
    const before = snapshotFolder(human.dir);
    const [noSecret, unknown, missing, existing, asArgument] = await Promise.all([
      custodia(['verify', human.dir]),
      custodia(['frobnicate', human.dir], ana),
      custodia(['verify'], ana),
      custodia(['init', human.dir, '--operator', 'Someone Else'], {
        CUSTODIA_NEW_PASSPHRASE: OTHER_PASSPHRASE,
      }),
      custodia(['verify', human.dir, '--passphrase', PASSPHRASE]),
    ]);
    expectExit(noSecret, 2);
    expect(noSecret.stderr).toMatch(
      /Passphrase is needed: run in a terminal, or set it in the environment/,
    );
    expectExit(unknown, 2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
    expectExit(missing, 2);
    expect(missing.stderr).toMatch(/missing required argument 'path'/);
    expectExit(existing, 2);
    expect(existing.stderr).toMatch(/already exists/);
    expectExit(asArgument, 2);
    expect(asArgument.stderr).toMatch(/unknown option '--passphrase'/);
    expectSameBytes(before, snapshotFolder(human.dir));
  });

  it('no command takes a secret on the command line', () => {
    const program = buildProgram(() => undefined);
    const seen: string[] = [];
    const walk = (cmd: typeof program, prefix: string): void => {
      for (const sub of cmd.commands) {
        const name = `${prefix}${sub.name()}`;
        seen.push(name);
        for (const opt of sub.options) {
          expect(opt.flags, `${name} ${opt.flags}`).not.toMatch(/pass|secret|key|pwd/i);
          // The only option that selects the recovery key is a plain switch.
          if (opt.long === '--recovery')
            expect(opt.required || opt.optional, `${name} ${opt.flags}`).toBe(false);
        }
        for (const arg of sub.registeredArguments)
          expect(arg.name(), `${name} <${arg.name()}>`).not.toMatch(/pass|secret|key|pwd/i);
        walk(sub, `${name} `);
      }
    };
    walk(program, '');
    expect(seen).toEqual(
      expect.arrayContaining([
        'init',
        'info',
        'verify',
        'backup',
        'restore',
        'operator add',
        'operator passwd',
        'recover',
        'attach',
      ]),
    );
  });

  it('recover sets a new passphrase with the recovery key from init', async () => {
    const { recoveryKey } = JSON.parse(json.run.stdout) as { recoveryKey: string };
    const recover = await custodia(['recover', json.dir, '-o', OPERATOR], {
      CUSTODIA_RECOVERY_KEY: recoveryKey.toLowerCase().replaceAll('-', ' '),
      CUSTODIA_NEW_PASSPHRASE: FOURTH_PASSPHRASE,
    });
    expectExit(recover, 0);
    expect(recover.stdout).toContain(`New passphrase set for ${OPERATOR}`);

    const [withNew, withOld] = await Promise.all([
      custodia(['verify', json.dir, '--json'], { CUSTODIA_PASSPHRASE: FOURTH_PASSPHRASE }),
      custodia(['verify', json.dir], ana),
    ]);
    expectExit(withNew, 0);
    const report = JSON.parse(withNew.stdout) as {
      ok: boolean;
      checks: { name: string; detail: string }[];
    };
    expect(report.ok).toBe(true);
    // casefile.create, operator.add, operator.recover
    expect(report.checks.find((c) => c.name === 'audit-chain')?.detail).toMatch(/^3 entries/);
    expectExit(withOld, 3);
  });

  it('operator add, then the new operator unlocks with -o; operator passwd replaces their passphrase', async () => {
    const { dir } = await closedCaseFile();
    const marko = 'Marko Jovanović';
    const add = await custodia(['operator', 'add', dir, '--name', marko], {
      ...ana,
      CUSTODIA_NEW_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expectExit(add, 0);
    expect(add.stdout).toContain(`Operator ${marko} added.`);

    const info = await custodia(['info', dir, '-o', marko, '--json'], {
      CUSTODIA_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expectExit(info, 0);
    const data = JSON.parse(info.stdout) as { operators: string[]; counts: Record<string, number> };
    expect(data.operators).toEqual([OPERATOR, marko]);
    expect(data.counts).toMatchObject({ operator: 2, audit_log: 3 });

    const passwd = await custodia(['operator', 'passwd', dir], {
      CUSTODIA_OPERATOR: marko,
      CUSTODIA_PASSPHRASE: OTHER_PASSPHRASE,
      CUSTODIA_NEW_PASSPHRASE: THIRD_PASSPHRASE,
    });
    expectExit(passwd, 0);
    expect(passwd.stdout).toContain('Passphrase changed.');

    const [withNew, withOld] = await Promise.all([
      custodia(['verify', dir, '-o', marko], { CUSTODIA_PASSPHRASE: THIRD_PASSPHRASE }),
      custodia(['verify', dir, '-o', marko], { CUSTODIA_PASSPHRASE: OTHER_PASSPHRASE }),
    ]);
    expectExit(withNew, 0);
    expect(withNew.stdout).toContain('All checks hold.');
    expect(withNew.stdout).not.toContain('FAIL');
    // casefile.create, operator.add (Ana), operator.add (Marko), operator.passwd
    expect(withNew.stdout).toMatch(/audit-chain\s+4 entries, chain intact/);
    expectExit(withOld, 3);
  });

  it('tampering with case.db after attach makes verify exit 4 and name the problem', async () => {
    const { dir } = await closedCaseFile();
    const content = randomBytes(2 * 1024 * 1024 + 777);
    const file = path.join(tempDir(), 'auction-catalogue.pdf');
    fs.writeFileSync(file, content);

    const attach = await custodia(['attach', dir, file, '--json'], ana);
    expectExit(attach, 0);
    const [record] = JSON.parse(attach.stdout) as {
      sha256: string;
      size: number;
      originalName: string;
      deduplicated: boolean;
    }[];
    expect(record).toMatchObject({
      sha256: createHash('sha256').update(content).digest('hex'),
      size: content.length,
      originalName: 'auction-catalogue.pdf',
      deduplicated: false,
    });
    // The session was closed: everything is in case.db, nothing left in a WAL.
    expect(fs.readdirSync(dir).sort()).toEqual(['case.db', 'keys.json']);

    const db = path.join(dir, 'case.db');
    const bytes = fs.readFileSync(db);
    const middle = Math.floor(bytes.length / 2);
    for (let i = 0; i < 16; i++) bytes[middle + i] = (bytes[middle + i] as number) ^ 0xff;
    fs.writeFileSync(db, bytes);

    const verify = await custodia(['verify', dir], ana);
    expectExit(verify, 4);
    // The flipped bytes are in a page of the case file: its AEGIS tag no longer verifies, which
    // SQLite reports either as an unreadable page or through its integrity check, depending on
    // which page the middle of the file falls in.
    expect(verify.stdout).toMatch(
      /FAIL\s+database\s+(a database page failed authentication|SQLite integrity check failed)/,
    );
    expect(verify.stdout).toMatch(/First problem: database: .*altered or damaged/);
    expect(verify.stdout).not.toContain('All checks hold.');
  });

  it('backup then restore: both exit 0 and the restored case file verifies', async () => {
    const { dir } = await closedCaseFile();
    const dest = path.join(tempDir(), 'backup.custodia');
    const target = path.join(tempDir(), 'restored.custodia');

    const backup = await custodia(['backup', dir, dest, '--json'], ana);
    expectExit(backup, 0);
    const result = JSON.parse(backup.stdout) as {
      dir: string;
      sha256: string;
      bytes: number;
      report: { ok: boolean };
    };
    expect(result.dir).toBe(dest);
    expect(result.report.ok).toBe(true);
    const backupDb = fs.readFileSync(path.join(dest, 'case.db'));
    expect(result.sha256).toBe(createHash('sha256').update(backupDb).digest('hex'));
    expect(result.bytes).toBe(backupDb.length);
    const backupBefore = snapshotFolder(dest);

    const restore = await custodia(['restore', dest, target], ana);
    expectExit(restore, 0);
    expect(restore.stdout).toContain(`Restored to ${target}`);
    expect(restore.stdout).toContain('All checks hold.');
    // The backup is only read.
    expectSameBytes(backupBefore, snapshotFolder(dest));

    const verify = await custodia(['verify', target, '--json'], ana);
    expectExit(verify, 0);
    const report = JSON.parse(verify.stdout) as {
      ok: boolean;
      checks: { name: string; detail: string }[];
    };
    expect(report.ok).toBe(true);
    // The copy is taken before the source records the backup: creation's 2 entries.
    expect(report.checks.find((c) => c.name === 'audit-chain')?.detail).toMatch(/^2 entries/);
  });
});
