import { fields, grid, h2, h3, muted, MUTED, para, type Node } from '../../engine/blocks';
import type { ReportMeta } from '../../engine/model';
import type { ReportWording } from '../../engine/print-wording';
import {
  country,
  enumOf,
  kept,
  keptGrid,
  label,
  localDateTime,
  markdownParagraphs,
  rowsOf,
  term,
  withheld,
  type D,
  type Rows,
} from './core-print-common';
import type {
  AuditData,
  DocumentRow,
  PartiesData,
  PartyRow,
  SeizureData,
  SummaryData,
} from './core-types';

export { localDateTime, markdownParagraphs } from './core-print-common';
export { objectsContent } from './core-print-objects';

/**
 * The dossier's own sections, print side (pure): each returns the nodes under its h1 (the caller
 * prints the h1 and the handling note) and the h2 headings it printed.
 */

export function summaryContent(s: SummaryData, meta: ReportMeta, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const offences = s.offences.map((o) => term(w, 'offence_type', o)).join('\n');
  const prosecutor = [s.prosecutor, s.prosecutionReference].filter((x) => x !== '').join(' — ');
  const out: Node[] = [
    fields(
      rowsOf(w, [
        [w.both((t) => t.frame.case), `${meta.caseReference} — ${meta.caseTitle}`, true],
        [L((d) => d.summary.offences), offences, true],
        [L((d) => d.summary.status), enumOf(w, 'caseStatus', s.status), true],
        [L((d) => d.summary.opened), w.date(s.openedOn), true],
        [L((d) => d.summary.closed), s.closedOn === null ? '' : w.date(s.closedOn)],
        [L((d) => d.summary.jurisdiction), s.jurisdiction, true],
        [w.both((t) => t.frame.unit), s.unit, true],
        [L((d) => d.summary.leadInvestigator), s.leadInvestigator, true],
        [w.both((t) => t.frame.prosecutor), prosecutor, true],
      ]),
    ),
    h3(L((d) => d.summary.facts)),
  ];
  const paragraphs = markdownParagraphs(s.summary);
  if (paragraphs.length === 0) out.push(muted(L((d) => d.summary.noSummary)));
  else out.push(...paragraphs.map((p) => para(p)));
  const count = (c: { shown: number; withheld: number }) =>
    c.withheld > 0
      ? w.one((t) => t.dossier.summary.countWithheld, {
          shown: w.number(c.shown),
          withheld: w.number(c.withheld),
        })
      : w.number(c.shown);
  out.push(
    h3(L((d) => d.summary.counts)),
    fields([
      [L((d) => d.summary.objects), count(s.counts.objects)],
      [L((d) => d.summary.parties), count(s.counts.parties)],
      [L((d) => d.summary.seizures), count(s.counts.seizures)],
      [L((d) => d.summary.documents), count(s.counts.documents)],
    ]),
  );
  return out;
}

function particulars(p: PartyRow, w: ReportWording): Node {
  const L = (pick: (d: D) => string) => w.one((t) => pick(t.dossier));
  const lines: Array<[string, string]> = [];
  if (p.nationalities.length > 0)
    lines.push([
      L((d) => d.parties.nationality),
      p.nationalities.map((c) => country(w, c)).join(', '),
    ]);
  if (p.dateOfBirth !== null) lines.push([L((d) => d.parties.born), w.partialDate(p.dateOfBirth)]);
  if (p.placeOfBirth !== '') lines.push([L((d) => d.parties.placeOfBirth), p.placeOfBirth]);
  for (const doc of p.identityDocuments) {
    const where = doc.country === null ? '' : ` (${country(w, doc.country)})`;
    lines.push([
      L((d) => d.parties.identityDocument),
      `${term(w, 'identity_document', doc.type)} ${doc.number}${where}`,
    ]);
  }
  if (p.registrationNumber !== '')
    lines.push([L((d) => d.parties.registrationNumber), p.registrationNumber]);
  if (p.jurisdiction !== null)
    lines.push([L((d) => d.parties.registeredIn), country(w, p.jurisdiction)]);
  if (p.aliases.length > 0) lines.push([L((d) => d.parties.aliases), p.aliases.join('; ')]);
  if (lines.length === 0) return { text: '—', color: MUTED };
  return {
    stack: lines.map(([k, v]) => ({ text: [{ text: `${k}: `, color: MUTED }, { text: v }] })),
  };
}

export function partiesContent(p: PartiesData, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const out: Node[] = [];
  if (p.rows.length === 0) out.push(muted(L((d) => d.parties.noParties)));
  else {
    out.push(
      keptGrid(
        [
          L((d) => d.parties.name),
          L((d) => d.parties.kind),
          L((d) => d.parties.roles),
          L((d) => d.parties.particulars),
        ],
        p.rows.map((r) => [
          { text: r.name, bold: true },
          [
            enumOf(w, 'partyKind', r.kind),
            ...(r.organisationType ? [term(w, 'organisation_type', r.organisationType)] : []),
          ].join('\n'),
          {
            stack: r.roles.map((role) => ({
              text: [
                { text: term(w, 'party_role', role) },
                ...(role.note !== '' ? [{ text: ` — ${role.note}`, color: MUTED }] : []),
              ],
            })),
          },
          particulars(r, w),
        ]),
        [110, 62, 130, '*'],
      ),
    );
  }
  if (p.protectedLeftOut > 0) {
    out.push(
      muted(w.both((t) => t.dossier.parties.protectedLeftOut, { count: p.protectedLeftOut })),
    );
  }
  out.push(...withheld(w, p.withheld));
  return out;
}

export function seizuresContent(
  seizures: SeizureData[],
  w: ReportWording,
): { content: Node[]; headings: string[] } {
  const L = (pick: (d: D) => string) => label(w, pick);
  if (seizures.length === 0)
    return { content: [muted(L((d) => d.seizures.noSeizures))], headings: [] };
  const content: Node[] = [];
  const headings: string[] = [];
  const withheldText = w.one((t) => t.frame.withheld);
  for (const s of seizures) {
    const heading = `${s.reference} · ${w.date(s.seizedAt.slice(0, 10))}`;
    headings.push(heading);
    const holder =
      s.holder === null
        ? withheldText
        : s.holder +
          (s.holderPresent ? ` (${w.one((t) => t.dossier.seizures.holderPresent)})` : '');
    const objects = s.objects.map((o) => `${o.exhibitNumber} — ${o.displayTitle}`).join('\n');
    content.push(
      ...kept(
        h2(heading),
        fields(
          rowsOf(w, [
            [L((d) => d.seizures.reference), s.reference, true],
            [L((d) => d.seizures.seizedAt), localDateTime(w, s.seizedAt), true],
            [
              L((d) => d.seizures.place),
              [s.place.address, country(w, s.place.country)].filter((x) => x !== '').join(', '),
              true,
            ],
            [
              L((d) => d.seizures.legalBasis),
              [term(w, 'legal_basis', s.legalBasis), s.legalBasisReference]
                .filter((x) => x !== '')
                .join(' — '),
              true,
            ],
            [L((d) => d.seizures.authority), s.authority, true],
            [L((d) => d.seizures.officers), s.officers.join(', '), true],
            [L((d) => d.seizures.witnesses), s.witnesses.join(', ')],
            [L((d) => d.seizures.holder), holder, true],
            [L((d) => d.seizures.seals), s.sealNumbers.join(', ')],
            [L((d) => d.seizures.receipt), s.receiptNumber],
            [L((d) => d.seizures.carrier), s.carrier],
            [L((d) => d.seizures.borderCrossing), s.borderCrossing],
            [L((d) => d.seizures.declaration), s.declaration],
            [L((d) => d.seizures.objects), objects, true],
            [L((d) => d.seizures.notes), s.notes],
          ]),
        ),
      ),
    );
    if (s.objectsWithheld > 0) {
      content.push(
        muted(w.both((t) => t.dossier.seizures.objectsLeftOut, { count: s.objectsWithheld })),
      );
    }
  }
  return { content, headings };
}

/** A SHA-256 in two lines of 32 hex digits, so the column stays narrow. */
const digest = (sha: string): Node => ({
  text: `${sha.slice(0, 32)}\n${sha.slice(32)}`,
  fontSize: 6.5,
  lineHeight: 1.1,
});

export function documentsContent(
  docs: { rows: DocumentRow[]; withheld: number },
  w: ReportWording,
): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  if (docs.rows.length === 0)
    return [muted(L((d) => d.documents.noDocuments)), ...withheld(w, docs.withheld)];
  const noFile = w.one((t) => t.dossier.documents.noFile);
  return [
    para(L((d) => d.documents.intro)),
    grid(
      [
        L((d) => d.documents.number),
        L((d) => d.documents.type),
        L((d) => d.documents.title),
        L((d) => d.documents.date),
        L((d) => d.documents.file),
        L((d) => d.documents.sha256),
      ],
      docs.rows.map((r, i) => [
        String(i + 1),
        term(w, 'document_type', r.type),
        r.number !== '' && !r.title.includes(r.number)
          ? [r.title, r.number].filter((x) => x !== '').join('\n')
          : r.title,
        r.issuedOn === null ? '' : w.partialDate(r.issuedOn),
        r.file === null ? { text: noFile, color: MUTED, italics: true } : { text: r.file.name },
        r.file === null ? '' : digest(r.file.sha256),
      ]),
      [16, 58, '*', 50, 92, 122],
    ),
    ...withheld(w, docs.withheld),
  ];
}

export function auditContent(a: AuditData, meta: ReportMeta, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const one = (pick: (d: D) => string, v?: Record<string, string | number>) =>
    w.one((t) => pick(t.dossier), v);
  const chain = a.chain.ok
    ? one((d) => d.audit.chainOk, { entries: w.number(a.chain.entries) })
    : one((d) => d.audit.chainBroken, { at: a.chain.brokenAt, reason: a.chain.reason });
  const files =
    a.files.total === 0
      ? one((d) => d.audit.noFiles)
      : [
          one((d) => d.audit.filesChecked, { ok: a.files.ok, total: a.files.total }),
          ...(a.files.mismatched.length > 0
            ? [one((d) => d.audit.filesMismatch, { names: a.files.mismatched.join(', ') })]
            : []),
        ].join('\n');
  const rows: Rows = [
    [L((d) => d.audit.caseFileId), a.caseFileId],
    [L((d) => d.audit.chain), a.chain.ok ? chain : { text: chain, bold: true, color: '#991b1b' }],
  ];
  if (a.chain.ok && a.chain.headHash !== null)
    rows.push([L((d) => d.audit.head), { text: a.chain.headHash, fontSize: 7 }]);
  rows.push(
    [L((d) => d.audit.files), files],
    [L((d) => d.audit.operator), meta.operator],
    [L((d) => d.audit.generated), w.dateTime(meta.generatedAt)],
    [L((d) => d.audit.reportId), { text: meta.reportId, bold: true }],
  );
  return [para(L((d) => d.audit.intro)), fields(rows, 150)];
}
