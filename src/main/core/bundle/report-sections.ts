import { RequestRecord } from '../../../shared/domain/intl-request';
import type { ReportRecord } from '../../../shared/domain/report';
import { diffFields } from '../audit/audit-log';
import type { WriteTx } from '../audit/write';
import { requestPartyIds } from '../reports/request-search';
import { REQUEST_SPEC } from '../reports/request-spec';
import { getReport } from '../reports/engine/register';
import { listRecords } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import type { Section } from './import-checks';
import { inSchemaOrder, type RecordsWriter } from './provenance-sections';
import { reindexRequest } from './reindex';

/**
 * PDF reports in a bundle (issue #9): the cases' international requests (MLA and return
 * requests, with their status history, dates and the other side's references) and the report
 * register of the cases. A register entry travels whole, with its ID, SHA-256 and generation
 * count: a PDF generated in the sending case file and passed on is then verified byte for byte
 * against the receiving one (`verifyReportBytes`). The register is append-only, so an entry the
 * case file already holds is skipped when it is the same (the generation count aside: it counts
 * one case file's regenerations) and a clash otherwise (report-checks.ts).
 */
export interface ReportSections {
  intlRequests: RequestRecord[];
  reports: ReportRecord[];
}

const inList = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

/**
 * The cases' requests and register entries, sorted by identifier; plus the parties they name
 * (a request's persons, a report's disclosed parties), which travel even when they no longer
 * have a role in the case.
 */
export function collectReports(
  db: Sqlite,
  caseIds: string[],
): ReportSections & { partyIds: string[] } {
  const inCases = inList(caseIds.length);
  const intlRequests = inSchemaOrder(
    RequestRecord,
    listRecords<RequestRecord>(db, REQUEST_SPEC, `case_id IN ${inCases}`, caseIds, 'id'),
  );
  const reports = (
    db
      .prepare(`SELECT id FROM report WHERE case_id IN ${inCases} ORDER BY id`)
      .pluck()
      .all(...caseIds) as string[]
  ).flatMap((id) => getReport(db, id) ?? []);
  const partyIds = new Set([
    ...intlRequests.flatMap(requestPartyIds),
    ...reports.flatMap((r) => r.params.disclosure.partyIds ?? []),
  ]);
  return { intlRequests, reports, partyIds: [...partyIds] };
}

/** A register entry as the `report` table holds it: its data is everything but ID and count. */
export function reportData(r: ReportRecord): Omit<ReportRecord, 'id' | 'generations'> {
  const { id: _id, generations: _generations, ...data } = r;
  return data;
}

/**
 * Writes the sections inside the import's transaction, after the records they name: requests
 * (as records, audited `request.import`, indexed for search as the services index them), then
 * the register entries new to the case file (audited `report.import`), keeping their IDs.
 */
export function importReports(
  tx: WriteTx,
  reports: readonly ReportRecord[],
  records: RecordsWriter,
  count: (outcome: 'created' | 'unchanged', section: Section) => void,
): void {
  const db = tx.db;
  records<RequestRecord>('intlRequests', REQUEST_SPEC, (r) => reindexRequest(db, r));
  const exists = db.prepare('SELECT 1 FROM report WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO report (id, case_id, kind, sha256, data, generated_at, generations)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of reports) {
    if (exists.get(r.id)) {
      count('unchanged', 'reports');
      continue;
    }
    const data = reportData(r);
    insert.run(
      r.id,
      r.caseId,
      r.kind,
      r.sha256,
      JSON.stringify(data),
      r.generatedAt,
      r.generations,
    );
    tx.audit({
      action: 'report.import',
      entityType: 'report',
      entityId: r.id,
      changes: diffFields(null, { ...data, generations: r.generations }),
    });
    count('created', 'reports');
  }
}
