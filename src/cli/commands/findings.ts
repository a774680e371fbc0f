import type { Command } from 'commander';
import { CaseFileError, CaseFileErrorCode, getObjectRecord } from '../../main/core';
import { caseFindings, findObjectByExhibit, RULES, ruleInfo } from '../../main/core/analysis';
import { findCaseByReference } from '../../main/core/cases/cases';
import {
  FINDING_SEVERITIES,
  type Finding,
  type FindingsReport,
  type RuleInfo,
} from '../../shared/domain/finding';
import { indicatorCodesOf } from '../../shared/indicators/rule-indicators';
import type { CommandKit, CommonOptions } from './cases';

type FindingsOptions = CommonOptions & { case?: string; object?: string; rules?: boolean };

function formatRules(rules: readonly RuleInfo[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules
    .map(
      (r) => `${r.id.padEnd(width)}  ${r.domain.padEnd(10)}  ${r.severity.padEnd(6)}  ${r.title}`,
    )
    .join('\n');
}

/** Findings grouped by severity, highest first, each with what it rests on. */
export function formatFindings(
  reference: string,
  report: FindingsReport,
  objectName: (id: string) => string,
): string {
  const { findings } = report;
  if (findings.length === 0) return `Case ${reference}: no findings.`;
  const counts = [...FINDING_SEVERITIES]
    .reverse()
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0);
  const lines = [
    `Case ${reference}: ${findings.length} finding${findings.length === 1 ? '' : 's'} ` +
      `(${counts.map(([s, n]) => `${n} ${s}`).join(', ')})`,
  ];
  for (const [severity] of counts) {
    const group = findings.filter((f: Finding) => f.severity === severity);
    lines.push('', `${severity.toUpperCase()} (${group.length})`);
    for (const f of group) {
      const about = f.objectId === null ? 'case' : objectName(f.objectId);
      const codes = indicatorCodesOf(f);
      const indicators =
        codes.length === 0
          ? ''
          : ` · indicator${codes.length === 1 ? '' : 's'} ${codes.join(', ')}`;
      lines.push(`  ${f.ruleId} · ${about}${indicators}`, `    ${f.message}`);
      for (const e of f.evidence) lines.push(`    - ${e.kind.replace(/_/g, ' ')}: ${e.label}`);
    }
  }
  lines.push(
    '',
    'Findings point to what needs checking; they are not conclusions. The indicator codes are',
    'suggestions of the trafficking indicators catalogue, to accept or dismiss in the case.',
  );
  return lines.join('\n');
}

/** `custodia findings`: every analysis rule run over a case (or one object), or the rule list. */
export function registerFindingsCommand(
  program: Command,
  { action, unlockable, withSession }: CommandKit,
): void {
  unlockable(
    program
      .command('findings')
      .description(
        'run the analysis rules (provenance gaps, 1970, licences, forged documents…) over a case and print the findings; exit 0 whether or not there are any',
      )
      .argument('[path]', 'the case file (not needed with --rules)')
      .option('-c, --case <reference>', 'reference number of the case')
      .option('--object <exhibit>', 'only this object (its exhibit number)')
      .option('--rules', 'list the registered rules (id, domain, default severity, title)'),
  ).action(
    action(async (out, path: string | undefined, opts: FindingsOptions) => {
      if (opts.rules) {
        const rules = ruleInfo(RULES);
        out.result(formatRules(rules), rules);
        return;
      }
      if (!path || !opts.case) {
        throw new CaseFileError(
          CaseFileErrorCode.InvalidInput,
          'Name the case file and the case: custodia findings <path> --case <reference>.',
        );
      }
      const reference = opts.case;
      await withSession(path, opts, async (s) => {
        const c = findCaseByReference(s, reference);
        const objectId = opts.object ? findObjectByExhibit(s, c.id, opts.object).id : undefined;
        const report = caseFindings(s, { caseId: c.id, ...(objectId ? { objectId } : {}) });
        const names = new Map<string, string>();
        const objectName = (id: string) => {
          if (!names.has(id)) {
            const o = getObjectRecord(s, id);
            names.set(id, o.title ? `${o.exhibitNumber} ${o.title}` : o.exhibitNumber);
          }
          return names.get(id) as string;
        };
        // JSON: each finding with the indicator codes it suggests.
        const json = {
          ...report,
          findings: report.findings.map((f) => ({ ...f, indicators: indicatorCodesOf(f) })),
        };
        out.result(formatFindings(c.reference, report, objectName), json);
      });
    }),
  );
}
