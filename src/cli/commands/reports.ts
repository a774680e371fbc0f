import fs from 'node:fs';
import type { Command } from 'commander';
import { CaseFileError, CaseFileErrorCode } from '../../main/core';
import { findObjectByExhibit } from '../../main/core/analysis';
import { findCaseByReference } from '../../main/core/cases/cases';
import { generateReport, verifyReportBytes } from '../../main/core/reports';
import type { Sqlite } from '../../main/core/store/sqlite';
import { DOSSIER_SECTIONS, REPORT_KINDS, type ReportParamsInput } from '../../shared/domain/report';
import { LanguageSchema } from '../../shared/ipc/schemas';
import { ExitCode } from '../exit-codes';
import type { CommandKit, CommonOptions } from './cases';

type ReportOptions = CommonOptions & {
  case?: string;
  kind?: string;
  out?: string;
  lang?: string;
  secondLang?: string;
  sections?: string;
  object?: string;
  seizure?: string;
  request?: string;
  includeProtected?: boolean;
  excludeProtected?: boolean;
};

const usage = (message: string) => new CaseFileError(CaseFileErrorCode.InvalidInput, message);

function seizureId(db: Sqlite, caseId: string, ref: string): string {
  const id = db
    .prepare('SELECT id FROM seizure WHERE case_id = ? AND (id = ? OR reference = ?)')
    .pluck()
    .get(caseId, ref, ref) as string | undefined;
  if (!id) throw usage(`The case has no seizure ${ref} (give its record number or id).`);
  return id;
}

/**
 * `custodia report`: generates a report of a case into a new PDF and records it in the report
 * register; `custodia verify-report`: tells whether a PDF is, byte for byte, a registered
 * report (exit 0 when it is, 4 when it is not).
 */
export function registerReportCommands(
  program: Command,
  { action, unlockable, withSession }: CommandKit,
): void {
  unlockable(
    program
      .command('report')
      .description(
        'generate a PDF report of a case (dossier, MLA or return request, INTERPOL sheet, custody form, seizure receipt) and record it in the report register',
      )
      .argument('<path>', 'the case file')
      .requiredOption('-c, --case <reference>', 'reference number of the case')
      .requiredOption('-k, --kind <kind>', `one of ${REPORT_KINDS.join(', ')}`)
      .requiredOption('--out <file.pdf>', 'the PDF to write (must not exist)')
      .option('--lang <code>', `language of the report: ${LanguageSchema.options.join(', ')}`, 'en')
      .option('--second-lang <code>', 'a second language, printed side by side (requests)')
      .option(
        '--sections <list>',
        `dossier sections, comma-separated: ${DOSSIER_SECTIONS.join(',')}`,
      )
      .option('--object <exhibit>', 'interpol, custody: only this object (its exhibit number)')
      .option('--seizure <record>', 'seizure-receipt: the seizure (record number or id)')
      .option('--request <id>', 'mla, return: the request (its id)')
      .option('--include-protected', 'print witnesses and informants (default: dossier only)')
      .option('--exclude-protected', 'leave witnesses and informants out'),
  ).action(
    action(async (out, path: string, opts: ReportOptions) => {
      const target = opts.out as string;
      if (fs.existsSync(target)) {
        throw new CaseFileError(
          CaseFileErrorCode.AlreadyExists,
          `${target} already exists; Custodia never overwrites a file. Choose a new path.`,
        );
      }
      const result = await withSession(path, opts, async (s) => {
        const c = findCaseByReference(s, opts.case as string);
        const params: ReportParamsInput = {
          caseId: c.id,
          kind: opts.kind as ReportParamsInput['kind'],
          language: opts.lang as ReportParamsInput['language'],
          ...(opts.secondLang
            ? { secondLanguage: opts.secondLang as ReportParamsInput['language'] }
            : {}),
          ...(opts.sections
            ? {
                sections: opts.sections
                  .split(',')
                  .map((x) => x.trim())
                  .filter((x) => x !== '') as ReportParamsInput['sections'],
              }
            : {}),
          ...(opts.object ? { objectId: findObjectByExhibit(s, c.id, opts.object).id } : {}),
          ...(opts.seizure ? { seizureId: seizureId(s.db, c.id, opts.seizure) } : {}),
          ...(opts.request ? { requestId: opts.request } : {}),
          ...(opts.includeProtected || opts.excludeProtected
            ? { disclosure: { includeProtected: !!opts.includeProtected } }
            : {}),
        };
        return generateReport(s, params, target, {
          onProgress: (p) => {
            if (!out.json && p.step !== 'done') {
              process.stderr.write(`\r${p.step} ${p.done}/${p.total}        `);
            }
          },
        });
      });
      if (!out.json) process.stderr.write('\r');
      if (result.status !== 'generated') return ExitCode.Failure;
      const r = result.report;
      out.result(
        [
          `Report ${r.id} written to ${result.path}`,
          `  ${r.title}, case ${r.caseReference}, ${r.pages} pages, ${r.bytes} bytes`,
          `  SHA-256 ${r.sha256}`,
          `  recorded in the report register by ${r.generatedBy} at ${r.generatedAt}`,
        ].join('\n'),
        r,
      );
      return ExitCode.Ok;
    }),
  );

  unlockable(
    program
      .command('verify-report')
      .description(
        'tell whether a PDF is, byte for byte, a report in the register (exit 0 when it is, 4 when it is not)',
      )
      .argument('<path>', 'the case file')
      .argument('<file>', 'the PDF to check'),
  ).action(
    action(async (out, path: string, file: string, opts: CommonOptions) => {
      if (!fs.existsSync(file)) throw usage(`${file} does not exist.`);
      const bytes = fs.readFileSync(file);
      const v = await withSession(path, opts, async (s) => verifyReportBytes(s.db, bytes));
      if (v.match && v.report) {
        const r = v.report;
        out.result(
          [
            `MATCH: ${file} is report ${r.id}, unaltered.`,
            `  ${r.title}, case ${r.caseReference}, generated ${r.generatedAt} by ${r.generatedBy}`,
            `  SHA-256 ${v.sha256}`,
          ].join('\n'),
          v,
        );
        return ExitCode.Ok;
      }
      const claim = v.claimed
        ? `It claims to be report ${v.claimed.id} (${v.claimed.title}, case ${v.claimed.caseReference}), but its bytes differ from the registered ones: it has been altered.`
        : v.claimedId
          ? `It claims to be report ${v.claimedId}, which this case file's register does not hold.`
          : 'It is not a report registered in this case file.';
      out.result([`NO MATCH: ${file} (SHA-256 ${v.sha256}).`, `  ${claim}`].join('\n'), v);
      return ExitCode.Integrity;
    }),
  );
}
