import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CaseFileError, CaseFileErrorCode, type CaseFileSession } from '../../main/core';
import { findCaseByReference } from '../../main/core/cases/cases';
import { ACCOUNT_SPEC } from '../../main/core/finance/specs';
import { importStatement, type ImportInput } from '../../main/core/finance/statement-import';
import { listMappings } from '../../main/core/finance/statement-mappings';
import { readStatementBytes } from '../../main/core/finance/statement-read';
import { listRecords } from '../../main/core/records/record-store';
import type { AccountRecord } from '../../shared/domain/finance';
import type { RowError, StatementImportResult } from '../../shared/domain/statement';
import { normalizeIban } from '../../shared/finance/iban';
import { ExitCode } from '../exit-codes';
import type { CommandKit, CommonOptions } from './cases';

type ImportOptions = CommonOptions & {
  case: string;
  mapping: string;
  account?: string;
  acceptValidRows?: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The statement's account among the case's: by id, by IBAN, or by account number. */
function findAccount(s: CaseFileSession, caseId: string, given: string): AccountRecord {
  const accounts = listRecords<AccountRecord>(s.db, ACCOUNT_SPEC, 'case_id = ?', [caseId]);
  const compact = (x: string) => x.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  const found = UUID.test(given)
    ? accounts.find((a) => a.id === given.toLowerCase())
    : (accounts.find((a) => a.iban !== '' && a.iban === normalizeIban(given)) ??
      accounts.find((a) => a.accountNumber !== '' && compact(a.accountNumber) === compact(given)));
  if (!found) {
    throw new CaseFileError(
      CaseFileErrorCode.NotFound,
      `The case has no account ${given} (give its IBAN, number or id).`,
      { entity: 'account', reference: given },
    );
  }
  return found;
}

/**
 * The mapping: a JSON file (a mapping, or a saved mapping's export with a `mapping` field), or
 * the name of a mapping saved in the case file.
 */
function mappingInput(
  s: CaseFileSession,
  given: string,
): Pick<ImportInput, 'mapping' | 'mappingId'> {
  if (fs.existsSync(given) && fs.statSync(given).isFile()) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(given, 'utf8'));
    } catch (e) {
      throw new CaseFileError(
        CaseFileErrorCode.InvalidInput,
        `${path.basename(given)} is not JSON: ${(e as Error).message}`,
      );
    }
    const inner =
      typeof json === 'object' && json !== null && 'mapping' in json
        ? (json as { mapping: unknown }).mapping
        : json;
    return { mapping: inner };
  }
  const saved = listMappings(s).find((m) => m.name.toLowerCase() === given.trim().toLowerCase());
  if (!saved) {
    throw new CaseFileError(
      CaseFileErrorCode.NotFound,
      `${given} is neither a mapping file nor the name of a mapping saved in the case file.`,
      { entity: 'statement_mapping', reference: given },
    );
  }
  return { mappingId: saved.id };
}

function formatError(e: RowError): string {
  const where = e.column ? ` (${e.column})` : '';
  const value = e.value !== '' ? `: "${e.value}"` : '';
  return `  row ${e.row}${where}: ${e.message}${value}`;
}

function summary(name: string, r: StatementImportResult): string {
  const c = r.counts;
  if (r.status === 'refused') {
    return `${name}: ${c.invalid} of ${c.rows} rows are malformed; nothing was imported. Correct the file or the mapping, or run again with --accept-valid-rows to import the ${c.valid} valid rows.`;
  }
  return [
    `${name}: ${c.created} payment${c.created === 1 ? '' : 's'} imported` +
      `, ${c.duplicates} already in the case (skipped)` +
      (c.invalid > 0 ? `, ${c.invalid} malformed row${c.invalid === 1 ? '' : 's'} left out` : '') +
      (c.accountsCreated > 0 ? `; ${c.accountsCreated} counterparty account(s) added` : '') +
      '.',
    `Import ${r.importId}; statement stored as attachment ${r.attachmentId} (SHA-256 ${r.sha256}).`,
  ].join('\n');
}

/** `custodia import-payments`: a bank statement into a case, as the app's import does it. */
export function registerImportPaymentsCommand(
  program: Command,
  { action, unlockable, withSession }: CommandKit,
): void {
  unlockable(
    program
      .command('import-payments')
      .description(
        'import a bank statement (CSV or XLSX) as payments of a case, with a column mapping: all or nothing; malformed rows are listed by row number and nothing is imported unless --accept-valid-rows; importing it again adds nothing',
      )
      .argument('<path>', 'the case file')
      .argument('<statement>', 'the statement file (.csv or .xlsx)')
      .requiredOption('-c, --case <reference>', 'reference number of the case')
      .requiredOption(
        '-m, --mapping <file|name>',
        'the column mapping: a JSON file, or the name of a mapping saved in the case file',
      )
      .option(
        '-a, --account <iban|number|id>',
        "the statement's own account in the case (else the mapping's accountId)",
      )
      .option('--accept-valid-rows', 'import the valid rows even when some rows are malformed'),
  ).action(
    action(async (out, file: string, statement: string, opts: ImportOptions) => {
      const bytes = readStatementBytes(path.resolve(statement));
      const result = await withSession(file, opts, async (s) => {
        const c = findCaseByReference(s, opts.case);
        const account = opts.account ? findAccount(s, c.id, opts.account) : null;
        return importStatement(s, bytes, {
          caseId: c.id,
          ...mappingInput(s, opts.mapping),
          ...(account ? { accountId: account.id } : {}),
          acceptValidRows: !!opts.acceptValidRows,
        });
      });
      if (result.errors.length > 0 && !out.json) {
        process.stderr.write(
          `${result.status === 'refused' ? 'Malformed rows' : 'Rows left out'} (${result.errorsTotal}):\n${result.errors.map(formatError).join('\n')}\n`,
        );
      }
      out.result(summary(bytes.name, result), result);
      return result.status === 'imported' ? ExitCode.Ok : ExitCode.Usage;
    }),
  );
}
