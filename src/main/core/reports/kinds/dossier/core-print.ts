import {
  fields,
  grid,
  h2,
  h3,
  INK,
  muted,
  MUTED,
  para,
  RULE,
  SHADE,
  valueOr,
  type Node,
} from '../../engine/blocks';
import type { ReportImage, ReportMeta } from '../../engine/model';
import type { ReportTexts, ReportWording } from '../../engine/print-wording';
import { objectIdSheet } from '../shared/object-sheet';
import type {
  AuditData,
  Coded,
  DocumentRow,
  ObjectEntry,
  PartiesData,
  PartyRow,
  SeizureData,
  SummaryData,
} from './core-types';

/**
 * The dossier's own sections, print side (pure): each returns the nodes under its h1 (the caller
 * prints the h1 and the handling note) and the h2 headings it printed.
 */

type D = ReportTexts['dossier'];
type Rows = Array<[string, Node | string]>;

const label = (w: ReportWording, pick: (d: D) => string) => w.both((t) => pick(t.dossier));
const enumOf = (w: ReportWording, name: string, value: string) =>
  w.joined((l) => w.enumLabel(l, name, value));
const term = (w: ReportWording, kind: string, c: Coded) => w.term(kind, c.code, c.label);
const country = (w: ReportWording, code: string | null) =>
  code === null ? '' : w.joined((l) => w.country(code, l));
const withheld = (w: ReportWording, n: number): Node[] =>
  n > 0 ? [muted(`${w.both((t) => t.frame.withheld)}: ${w.number(n)}`)] : [];

/** A data table whose header row never stays alone at the foot of a page. */
function keptGrid(...args: Parameters<typeof grid>): Node {
  const g = grid(...args);
  return { ...g, table: { ...(g['table'] as Node), keepWithHeaderRows: 1 } };
}

/**
 * A data table under its own heading: the heading is the table's first header row, so it never
 * stays alone at the foot of a page and is repeated, with the column headers, on every page the
 * table continues on.
 */
function titledGrid(
  title: string,
  headers: string[],
  rows: Array<Array<Node | string>>,
  widths: Array<number | string>,
): Node {
  const g = grid(headers, rows, widths);
  const table = g['table'] as { body: Node[][] } & Node;
  const titleRow: Node[] = [
    { text: title, style: 'h3', colSpan: headers.length, margin: [-3, 4, 0, 0] },
    ...headers.slice(1).map(() => ({})),
  ];
  const body = [titleRow, ...table.body];
  return {
    ...g,
    table: { ...table, headerRows: 2, keepWithHeaderRows: 1, body },
    layout: {
      fillColor: (i: number) => (i === 1 ? SHADE : null),
      hLineWidth: (i: number) =>
        i === 0 ? 0 : i === 1 || i === 2 || i === body.length ? 0.8 : 0.3,
      vLineWidth: () => 0,
      hLineColor: (i: number) => (i <= 2 ? INK : RULE),
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  };
}

/**
 * A heading with the block under it, moved to the next page together when it does not fit
 * (short blocks only: field tables, a note).
 */
function kept(head: Node, block: Node): Node[] {
  return [{ stack: [head, block], unbreakable: true }];
}

/** Rows with a value; `keep` rows print "not recorded" when empty. */
function rowsOf(w: ReportWording, rows: Array<[string, string, boolean?]>): Rows {
  const notRecorded = w.one((t) => t.frame.notRecorded);
  return rows
    .filter(([, v, keep]) => keep === true || v.trim() !== '')
    .map(([l, v]) => [l, valueOr(v, notRecorded)]);
}

/**
 * A date-time as recorded (local time with its offset), e.g. "21 January 2026, 03:40 (+01:00)";
 * without an offset, as written.
 */
export function localDateTime(w: ReportWording, iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    iso,
  );
  if (!m) return iso;
  const zone = m[3] === undefined ? '' : m[3] === 'Z' ? ' UTC' : ` (${m[3]})`;
  return `${w.date(m[1]!)}, ${m[2]}${zone}`;
}

/** Markdown source as plain paragraphs: markup stripped simply, list items kept as bullets. */
export function markdownParagraphs(source: string): string[] {
  const clean = (line: string) =>
    line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*[-*+]\s+/, '• ')
      .replace(/^\s*>\s?/, '')
      .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]*)`/g, '$1')
      .trim();
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) out.push(current.join(' '));
    current = [];
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const line = clean(raw);
    if (line.startsWith('• ')) flush();
    current.push(line);
    if (line.startsWith('• ')) flush();
  }
  flush();
  return out;
}

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

function legalBlock(o: ObjectEntry, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const g = o.legal;
  const yesNo = (b: boolean) => L((d) => (b ? d.objects.yes : d.objects.no));
  const origin =
    g.countryOfOrigin === null
      ? ''
      : `${country(w, g.countryOfOrigin)} (${enumOf(w, 'certainty', g.countryOfOriginCertainty)})`;
  const condition = [enumOf(w, 'conditionGrade', g.condition.grade), g.condition.note]
    .filter((x) => x !== '')
    .join(' — ');
  const out: Node[] = kept(
    h3(L((d) => d.objects.legal)),
    fields(
      rowsOf(w, [
        [L((d) => d.objects.status), enumOf(w, 'legalStatus', g.status), true],
        [
          L((d) => d.objects.unesco),
          g.unesco1970.map((c) => enumOf(w, 'unesco1970', c)).join('\n'),
        ],
        [
          L((d) => d.objects.eu2019880),
          g.eu2019880Part === null ? '' : enumOf(w, 'eu2019880Part', g.eu2019880Part),
        ],
        [
          L((d) => d.objects.reg116),
          g.reg116Category === null ? '' : term(w, 'reg116_category', g.reg116Category),
        ],
        [L((d) => d.objects.nationalTreasure), yesNo(g.nationalTreasure), true],
        [L((d) => d.objects.countryOfOrigin), origin, true],
        [L((d) => d.objects.authenticity), enumOf(w, 'authenticity', g.authenticity), true],
        [L((d) => d.objects.condition), condition],
      ]),
    ),
  );
  if (g.history.length > 0) {
    out.push(
      titledGrid(
        L((d) => d.objects.history),
        [L((d) => d.objects.date), L((d) => d.objects.change), L((d) => d.objects.reference)],
        g.history.map((h) => [
          w.date(h.on),
          [h.from === null ? '' : enumOf(w, 'legalStatus', h.from), enumOf(w, 'legalStatus', h.to)]
            .filter((x) => x !== '')
            .join(' → '),
          [h.reference, h.note].filter((x) => x !== '').join(' — '),
        ]),
        [80, 150, '*'],
      ),
    );
  }
  return out;
}

function valuationBlock(o: ObjectEntry, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const v = o.valuation;
  if (v === null)
    return kept(h3(L((d) => d.objects.valuation)), muted(L((d) => d.objects.notValued)));
  return kept(
    h3(L((d) => d.objects.valuation)),
    fields(
      rowsOf(w, [
        [L((d) => d.objects.value), w.amount(v.amount, v.currency), true],
        [L((d) => d.objects.basis), enumOf(w, 'valuationBasis', v.basis), true],
        [L((d) => d.objects.valuer), v.valuer],
        [L((d) => d.objects.valuedOn), v.on === null ? '' : w.partialDate(v.on)],
      ]),
    ),
  );
}

function custodyBlock(o: ObjectEntry, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const head = h3(L((d) => d.objects.custody));
  if (o.custody.length === 0) return kept(head, muted(L((d) => d.objects.noCustody)));
  return [
    titledGrid(
      L((d) => d.objects.custody),
      [
        L((d) => d.objects.at),
        L((d) => d.objects.action),
        L((d) => d.objects.fromTo),
        L((d) => d.objects.place),
        L((d) => d.objects.seal),
        L((d) => d.objects.by),
      ],
      o.custody.map((e) => {
        const struck = e.correctedBySeq !== null;
        const action: Node = {
          stack: [
            {
              text: `${e.seq}. ${enumOf(w, 'custodyAction', e.action)}`,
              ...(struck ? { decoration: 'lineThrough' } : {}),
            },
            ...(struck
              ? [
                  {
                    text: w.one((t) => t.dossier.objects.corrected, { seq: e.correctedBySeq! }),
                    color: MUTED,
                    italics: true,
                  },
                ]
              : []),
          ],
        };
        const seal = [
          e.sealCheck === 'not_applicable' ? '' : enumOf(w, 'sealCheck', e.sealCheck),
          e.newSealNumber,
        ]
          .filter((x) => x !== '')
          .join(' · ');
        return [
          localDateTime(w, e.at),
          action,
          [e.from, e.to].filter((x) => x !== '').join(' → '),
          e.location,
          seal,
          e.recordedBy,
        ];
      }),
      [72, 70, '*', 80, 56, 58],
    ),
  ];
}

function checksBlock(o: ObjectEntry, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const head = h3(L((d) => d.objects.checks));
  if (o.checks.length === 0) return kept(head, muted(L((d) => d.objects.noChecks)));
  return [
    titledGrid(
      L((d) => d.objects.checks),
      [
        L((d) => d.objects.database),
        L((d) => d.objects.date),
        L((d) => d.objects.result),
        L((d) => d.objects.reference),
      ],
      o.checks.map((c) => [
        term(w, 'check_database', c.database),
        w.date(c.checkedOn),
        enumOf(w, 'checkResult', c.result),
        c.reference,
      ]),
      ['*', 80, 80, 130],
    ),
  ];
}

export function objectsContent(
  objects: { entries: ObjectEntry[]; withheld: number },
  images: Record<string, ReportImage>,
  w: ReportWording,
): { content: Node[]; headings: string[] } {
  const content: Node[] = [];
  const headings: string[] = [];
  if (objects.entries.length === 0) content.push(muted(label(w, (d) => d.objects.noObjects)));
  content.push(...withheld(w, objects.withheld));
  objects.entries.forEach((o, i) => {
    const heading = `${o.exhibitNumber} · ${o.displayTitle}`;
    headings.push(heading);
    content.push(
      h2(heading, { pageBreak: i > 0 }),
      ...objectIdSheet(o.sheet, images, w),
      ...legalBlock(o, w),
      ...valuationBlock(o, w),
      ...custodyBlock(o, w),
      ...checksBlock(o, w),
    );
  });
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
