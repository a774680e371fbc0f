import { existsSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import {
  addOperator,
  CaseFileError,
  CaseFileErrorCode,
  backupCaseFile,
  caseFileInfo,
  changePassphrase,
  createCaseFile,
  fileSource,
  ingestAttachment,
  listOperators,
  recoverWithKey,
  removeOperator,
  restoreCaseFile,
  unlockCaseFile,
  verifyCaseFile,
  type CaseFileSession,
  type Credentials,
} from '../main/core';
import { registerCaseCommands, type CommonOptions } from './commands/cases';
import { registerFindingsCommand } from './commands/findings';
import { registerImportPaymentsCommand } from './commands/import-payments';
import { registerReportCommands } from './commands/reports';
import { ExitCode } from './exit-codes';
import { makeOutput, reportFailure, type Output } from './output';
import { askNewPassphrase, askSecret, operatorFrom, SecretEnv } from './secrets';
import { formatInfo, formatRecoveryKeyNotice, formatVerifyReport } from './format';

async function credentials(opts: CommonOptions): Promise<Credentials> {
  if (opts.recovery) {
    return {
      kind: 'recovery',
      recoveryKey: await askSecret(SecretEnv.recoveryKey, 'Recovery key: '),
    };
  }
  const operatorName = operatorFrom(opts.operator);
  const passphrase = await askSecret(
    SecretEnv.passphrase,
    operatorName ? `Passphrase for ${operatorName}: ` : 'Passphrase: ',
  );
  return { kind: 'passphrase', passphrase, ...(operatorName ? { operatorName } : {}) };
}

async function withSession<T>(
  path: string,
  opts: CommonOptions,
  fn: (s: CaseFileSession) => Promise<T>,
): Promise<T> {
  const session = await unlockCaseFile(path, await credentials(opts));
  try {
    return await fn(session);
  } finally {
    session.lock();
  }
}

const operatorOption = () =>
  new Option(
    '-o, --operator <name>',
    `your operator name (or ${SecretEnv.operator}); needed when the case file has several`,
  );
const recoveryOption = () =>
  new Option('--recovery', `unlock with the recovery key (${SecretEnv.recoveryKey} or prompt)`);
const jsonOption = () => new Option('--json', 'print machine-readable JSON');

/** Commands that unlock a case file take the same options: who you are, how, and the output form. */
const unlockable = (command: Command): Command =>
  command.addOption(operatorOption()).addOption(recoveryOption()).addOption(jsonOption());

/**
 * The `custodia` command. Each action returns its exit code; errors are mapped in one place.
 * Passphrases: CUSTODIA_PASSPHRASE (current), CUSTODIA_NEW_PASSPHRASE (new), or a hidden prompt.
 */
export function buildProgram(setExit: (code: ExitCode) => void): Command {
  const program = new Command('custodia')
    .description(
      'Custodia case files: encrypted, audited evidence stores for cultural-goods investigations.',
    )
    .showHelpAfterError()
    .exitOverride();

  const action =
    <A extends unknown[]>(fn: (out: Output, ...args: A) => Promise<ExitCode | void>) =>
    async (...args: A): Promise<void> => {
      const opts = (args.at(-2) ?? {}) as CommonOptions;
      const out = makeOutput(!!opts.json);
      try {
        setExit((await fn(out, ...args)) ?? ExitCode.Ok);
      } catch (e) {
        setExit(reportFailure(e, out.json));
      }
    };

  program
    .command('init')
    .description('create a new case file (a folder) and print its recovery key, once')
    .argument('<path>', 'the case-file folder to create, e.g. ~/cases/unit-2026.custodia')
    .requiredOption('-o, --operator <name>', 'name of the first operator')
    .addOption(jsonOption())
    .action(
      action(async (out, path: string, opts: CommonOptions & { operator: string }) => {
        if (existsSync(path)) {
          throw new CaseFileError(
            CaseFileErrorCode.AlreadyExists,
            `${path} already exists; Custodia never overwrites a file. Choose a new path.`,
          );
        }
        const passphrase = await askNewPassphrase(`Passphrase for ${opts.operator}: `);
        const { session, recoveryKey } = await createCaseFile(path, {
          operatorName: opts.operator,
          passphrase,
        });
        const info = {
          path: session.layout.dir,
          caseFileId: session.caseFileId,
          operator: session.actor.operatorName,
          recoveryKey,
        };
        session.lock();
        out.result(formatRecoveryKeyNotice(info), info);
      }),
    );

  unlockable(
    program
      .command('info')
      .description('format, cipher, operators and record counts')
      .argument('<path>'),
  ).action(
    action(async (out, path: string, opts: CommonOptions) => {
      const info = await withSession(path, opts, caseFileInfo);
      out.result(formatInfo(info), info);
    }),
  );

  unlockable(
    program
      .command('verify')
      .description(
        'check encryption, SQLite integrity, the audit chain and every stored file; exit 0 only if all hold',
      )
      .argument('<path>'),
  ).action(
    action(async (out, path: string, opts: CommonOptions) => {
      const report = await withSession(path, opts, verifyCaseFile);
      out.result(formatVerifyReport(report), report);
      return report.ok ? ExitCode.Ok : ExitCode.Integrity;
    }),
  );

  unlockable(
    program
      .command('backup')
      .description('write an encrypted, verified copy to a new folder')
      .argument('<path>')
      .argument('<dest>', 'new folder for the backup (must not exist)'),
  ).action(
    action(async (out, path: string, dest: string, opts: CommonOptions) => {
      const result = await withSession(path, opts, (s) => backupCaseFile(s, dest));
      out.result(
        `Backup written to ${result.dir}\nSHA-256 of its database: ${result.sha256}\nVerified: ${result.report.ok ? 'yes' : 'NO'}`,
        result,
      );
    }),
  );

  unlockable(
    program
      .command('restore')
      .description('restore a backup into a new folder, verifying it first')
      .argument('<backup>')
      .argument('<target>', 'new folder for the restored case file (must not exist)'),
  ).action(
    action(async (out, backup: string, target: string, opts: CommonOptions) => {
      const report = await restoreCaseFile(backup, target, await credentials(opts));
      out.result(`Restored to ${target}\n${formatVerifyReport(report)}`, { target, report });
    }),
  );

  const operator = program.command('operator').description('manage who can unlock the case file');
  unlockable(operator.command('list').argument('<path>')).action(
    action(async (out, path: string, opts: CommonOptions) => {
      const ops = await withSession(path, opts, async (s) => listOperators(s));
      out.result(ops.map((o) => `${o.name}  (since ${o.createdAt})`).join('\n'), ops);
    }),
  );
  unlockable(
    operator
      .command('add')
      .description(
        `add an operator; their passphrase comes from ${SecretEnv.newPassphrase} or a prompt`,
      )
      .argument('<path>')
      .requiredOption('-n, --name <name>', "the new operator's name"),
  ).action(
    action(async (out, path: string, opts: CommonOptions & { name: string }) => {
      const added = await withSession(path, opts, async (s) =>
        addOperator(s, {
          name: opts.name,
          passphrase: await askNewPassphrase(`Passphrase for ${opts.name}: `),
        }),
      );
      out.result(`Operator ${added.name} added.`, added);
    }),
  );
  unlockable(
    operator
      .command('remove')
      .argument('<path>')
      .requiredOption('-n, --name <name>', 'the operator to remove'),
  ).action(
    action(async (out, path: string, opts: CommonOptions & { name: string }) => {
      await withSession(path, opts, (s) => removeOperator(s, opts.name));
      out.result(`Operator ${opts.name} removed.`, { removed: opts.name });
    }),
  );
  operator
    .command('passwd')
    .description(
      `change your passphrase (current: ${SecretEnv.passphrase}, new: ${SecretEnv.newPassphrase}, or prompts)`,
    )
    .argument('<path>')
    .addOption(operatorOption())
    .addOption(jsonOption())
    .action(
      action(async (out, path: string, opts: CommonOptions) => {
        const operatorName = operatorFrom(opts.operator);
        const oldPassphrase = await askSecret(SecretEnv.passphrase, 'Current passphrase: ');
        const newPassphrase = await askNewPassphrase();
        await changePassphrase(path, {
          oldPassphrase,
          newPassphrase,
          ...(operatorName ? { operatorName } : {}),
        });
        out.result('Passphrase changed.', { changed: true });
      }),
    );

  program
    .command('recover')
    .description(`use the recovery key to set a new passphrase for an operator (created if absent)`)
    .argument('<path>')
    .requiredOption('-o, --operator <name>', 'the operator whose passphrase to set')
    .addOption(jsonOption())
    .action(
      action(async (out, path: string, opts: CommonOptions & { operator: string }) => {
        const recoveryKey = await askSecret(SecretEnv.recoveryKey, 'Recovery key: ');
        const newPassphrase = await askNewPassphrase(`New passphrase for ${opts.operator}: `);
        await recoverWithKey(path, { recoveryKey, operatorName: opts.operator, newPassphrase });
        out.result(`New passphrase set for ${opts.operator}.`, { operator: opts.operator });
      }),
    );

  unlockable(
    program
      .command('attach')
      .description('store files in the case file (hashed with SHA-256, deduplicated)')
      .argument('<path>')
      .argument('<files...>'),
  ).action(
    action(async (out, path: string, files: string[], opts: CommonOptions) => {
      const records = await withSession(path, opts, async (s) => {
        const done = [];
        for (const f of files) done.push(await ingestAttachment(s, fileSource(f)));
        return done;
      });
      out.result(
        records
          .map(
            (r) =>
              `${r.id}  ${r.sha256}  ${r.size} B  ${r.originalName}${r.deduplicated ? '  (already stored)' : ''}`,
          )
          .join('\n'),
        records,
      );
    }),
  );

  registerCaseCommands(program, { action, unlockable, withSession, jsonOption });
  registerFindingsCommand(program, { action, unlockable, withSession, jsonOption });
  registerImportPaymentsCommand(program, { action, unlockable, withSession, jsonOption });
  registerReportCommands(program, { action, unlockable, withSession, jsonOption });

  return program;
}

export async function runCli(argv: string[]): Promise<ExitCode> {
  let exit: ExitCode = ExitCode.Ok;
  const program = buildProgram((code) => {
    exit = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    throw e;
  }
  return exit;
}
