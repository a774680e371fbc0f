import type { CaseFileInfo, VerifyReport } from '../main/core';

export function formatRecoveryKeyNotice(info: {
  path: string;
  operator: string;
  recoveryKey: string;
}): string {
  return [
    `Case file created: ${info.path}`,
    `First operator: ${info.operator}`,
    '',
    'RECOVERY KEY — shown once, never stored in readable form:',
    '',
    `    ${info.recoveryKey}`,
    '',
    "Print it or write it down and keep it in a sealed envelope in the unit's safe.",
    'It opens this case file if every passphrase is lost; anyone holding it can read the case file.',
  ].join('\n');
}

export function formatInfo(info: CaseFileInfo): string {
  const width = Math.max(...Object.keys(info.counts).map((k) => k.length));
  return [
    `Case file   ${info.path}`,
    `ID          ${info.caseFileId}`,
    `Format      ${info.formatVersion} (schema ${info.schema ?? 'none'})`,
    `Cipher      ${info.cipher}`,
    `Created     ${info.createdAt}`,
    `Operators   ${info.operators.join(', ')}`,
    `Recovery    ${info.recoveryKey ? 'recovery key set' : 'no recovery key'}`,
    `On disk     ${info.bytesOnDisk} bytes`,
    'Records',
    ...Object.entries(info.counts).map(([t, n]) => `  ${t.padEnd(width)}  ${n}`),
    `Cases       ${info.cases.length === 0 ? 'none' : ''}`,
    ...info.cases.map(
      (c) =>
        `  ${c.reference}  ${c.status.replaceAll('_', ' ')}  ${c.title}  (${c.counts.objects} objects, ${c.counts.parties} parties, ${c.counts.seizures} seizures)`,
    ),
  ].join('\n');
}

export function formatVerifyReport(report: VerifyReport): string {
  const lines = report.checks.map(
    (c) => `${c.ok ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(12)}  ${c.detail}`,
  );
  lines.push(report.ok ? 'All checks hold.' : `First problem: ${report.firstProblem}`);
  return lines.join('\n');
}
