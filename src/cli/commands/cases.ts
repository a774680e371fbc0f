import { existsSync } from 'node:fs';
import type { Command, Option } from 'commander';
import {
  CaseFileError,
  CaseFileErrorCode,
  createCaseFile,
  type CaseFileSession,
} from '../../main/core';
import { bundleText, exportBundle, exportBundleToFile } from '../../main/core/bundle/export';
import { importBundleFile } from '../../main/core/bundle/import';
import { findCaseByReference } from '../../main/core/cases/cases';
import { populateDemo } from '../../main/core/demo';
import { searchAll } from '../../main/core/search/search';
import type { ExitCode } from '../exit-codes';
import { formatRecoveryKeyNotice } from '../format';
import type { Output } from '../output';
import { askNewPassphrase } from '../secrets';

export interface CommonOptions {
  operator?: string;
  recovery?: boolean;
  json?: boolean;
}

/** What the case commands share with the rest of the program (see program.ts). */
export interface CommandKit {
  action: <A extends unknown[]>(
    fn: (out: Output, ...args: A) => Promise<ExitCode | void>,
  ) => (...args: A) => Promise<void>;
  unlockable: (command: Command) => Command;
  withSession: <T>(
    path: string,
    opts: CommonOptions,
    fn: (s: CaseFileSession) => Promise<T>,
  ) => Promise<T>;
  jsonOption: () => Option;
}

/** The commands over a case file's content: bundles in and out, search, and the demo. */
export function registerCaseCommands(
  program: Command,
  { action, unlockable, withSession, jsonOption }: CommandKit,
): void {
  unlockable(
    program
      .command('import')
      .description(
        'import a case bundle (JSON): all or nothing, every problem reported with its JSON path; importing it again changes nothing',
      )
      .argument('<path>')
      .argument('<bundle>', 'the bundle file; side files are looked up beside it'),
  ).action(
    action(async (out, path: string, bundle: string, opts: CommonOptions) => {
      const report = await withSession(path, opts, (s) => importBundleFile(s, bundle));
      const created = Object.entries(report.created);
      const unchanged = Object.values(report.unchanged).reduce((a, b) => a + b, 0);
      out.result(
        [
          created.length === 0
            ? 'Nothing new: every record of the bundle is already in the case file.'
            : `Imported: ${created.map(([k, n]) => `${n} ${k}`).join(', ')}.`,
          ...(unchanged > 0 ? [`Already present and identical: ${unchanged} records.`] : []),
        ].join('\n'),
        report,
      );
    }),
  );

  unlockable(
    program
      .command('export')
      .description('export cases as a case bundle (JSON), to --out or to standard output')
      .argument('<path>')
      .requiredOption('-c, --case <reference...>', 'reference number(s) of the case(s) to export')
      .option('--out <file>', 'write the bundle to this new file instead of standard output')
      .option('--files', 'with --out: write photos and files beside the bundle, not inline'),
  ).action(
    action(
      async (
        out,
        path: string,
        opts: CommonOptions & { case: string[]; out?: string; files?: boolean },
      ) => {
        await withSession(path, opts, async (s) => {
          const ids = opts.case.map((ref) => findCaseByReference(s, ref).id);
          if (!opts.out) {
            process.stdout.write(bundleText(exportBundle(s, ids)));
            return;
          }
          const written = exportBundleToFile(s, ids, opts.out, {
            attachments: opts.files ? 'files' : 'inline',
          });
          out.result(
            `Bundle written to ${written.file}: ${written.cases} case(s), ${written.objects} object(s), ${written.attachments} file(s).`,
            written,
          );
        });
      },
    ),
  );

  unlockable(
    program
      .command('search')
      .description(
        'search cases, parties, seizures, objects and notes: case, diacritics and Cyrillic/Latin insensitive',
      )
      .argument('<path>')
      .argument('<query>')
      .option('-c, --case <reference>', 'only within this case')
      .option('-n, --limit <n>', 'results per kind (1–50)', '10'),
  ).action(
    action(
      async (
        out,
        path: string,
        query: string,
        opts: CommonOptions & { case?: string; limit: string },
      ) => {
        const results = await withSession(path, opts, async (s) =>
          searchAll(s, {
            query,
            limitPerKind: Number(opts.limit),
            ...(opts.case ? { caseId: findCaseByReference(s, opts.case).id } : {}),
          }),
        );
        const mark = (segments: Array<{ text: string; hit: boolean }>) =>
          segments.map((x) => (x.hit ? `[${x.text}]` : x.text)).join('');
        const human =
          results.groups.length === 0
            ? `Nothing found for "${results.query}".`
            : results.groups
                .map((g) =>
                  [
                    `${g.kind} (${g.total}${g.capped ? '+' : ''})`,
                    ...g.hits.map(
                      (h) =>
                        `  ${mark(h.titleSegments)}${h.caseReference ? `  [${h.caseReference}]` : ''}${h.snippet.length > 0 ? `\n      ${mark(h.snippet)}` : ''}`,
                    ),
                  ].join('\n'),
                )
                .join('\n');
        out.result(human, results);
      },
    ),
  );

  program
    .command('demo')
    .description(
      'create a new case file filled with realistic demo cases (coin hoard, stolen icon, transit shipment…)',
    )
    .argument('<path>', 'the case-file folder to create')
    .requiredOption('-o, --operator <name>', 'name of the first operator')
    .option('--no-photos', 'skip generating object photos (faster)')
    .addOption(jsonOption())
    .action(
      action(
        async (out, path: string, opts: CommonOptions & { operator: string; photos: boolean }) => {
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
          try {
            const summary = await populateDemo(session, { photos: opts.photos });
            const info = { path: session.layout.dir, recoveryKey, ...summary };
            out.result(
              [
                formatRecoveryKeyNotice({
                  path: session.layout.dir,
                  operator: session.actor.operatorName,
                  recoveryKey,
                }),
                '',
                'Demo cases:',
                ...summary.cases.map((c) => `  ${c.reference}  ${c.title}`),
              ].join('\n'),
              info,
            );
          } finally {
            session.lock();
          }
        },
      ),
    );
}
