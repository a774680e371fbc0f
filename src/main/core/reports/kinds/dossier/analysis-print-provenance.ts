import type { HandlingCode } from '../../../../../shared/domain/common';
import type { ProvenanceEventRecord } from '../../../../../shared/domain/provenance';
import type { PartyRef } from '../../../../../shared/domain/seizure';
import { h2, h3, muted, para, type Node } from '../../engine/blocks';
import type { ReportWording } from '../../engine/print-wording';
import {
  findingsBlock,
  headedGrid,
  objectTitle,
  opening,
  sub,
  type PrintedSection,
} from './analysis-print-common';
import type { ProvenanceData, ProvenanceObject } from './analysis-types';
import type { AnalysisWords } from './analysis-words';

/**
 * Provenance per object (print side, pure): the AAM line in the report's language, the chain
 * table (No. | date or period | event | from → to | place | documents | certainty) and the
 * object's findings.
 */

function partyText(ref: PartyRef, aw: AnalysisWords): string {
  if (ref.partyId !== null) return aw.withheld;
  return aw.unmask(ref.name);
}

function chainRow(
  e: ProvenanceEventRecord,
  o: ProvenanceObject,
  aw: AnalysisWords,
  w: ReportWording,
): Array<Node | string> {
  const from = partyText(e.fromParty, aw);
  const to = partyText(e.toParty, aw);
  const agent = partyText(e.agent, aw);
  const parties = from !== '' && to !== '' ? `${from} → ${to}` : to !== '' ? `→ ${to}` : from;
  const place =
    e.place.address.trim() !== ''
      ? e.place.address
      : e.place.country !== null
        ? w.country(e.place.country)
        : '';
  const docs: string[] = [];
  let withheld = 0;
  for (const s of e.sources) {
    const label = o.documents[s.documentId];
    if (label === undefined) withheld += 1;
    else {
      const page =
        s.page.trim() !== '' ? `, ${w.one((t) => t.analysis.page, { page: s.page })}` : '';
      docs.push(`${aw.unmask(label)}${page}`);
    }
  }
  if (withheld > 0) docs.push(w.one((t) => t.analysis.documentsWithheld, { count: withheld }));
  const typed = e.date.trim() !== '' ? e.date.trim() : e.span.text;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(typed) ? w.date(typed) : typed;
  return [
    String(e.position),
    date,
    {
      stack: [
        { text: aw.eventType(e.type) },
        ...(agent !== ''
          ? [{ text: w.one((t) => t.analysis.provenance.agent, { name: agent }), color: '#4b5563' }]
          : []),
      ],
    },
    parties,
    place,
    docs.join('\n'),
    aw.certainty(e.certainty),
  ];
}

function objectBlock(o: ProvenanceObject, aw: AnalysisWords, w: ReportWording): Node[] {
  const out: Node[] = [];
  if (o.events.length === 0) {
    out.push(muted(w.one((t) => t.analysis.provenance.noEvents)));
  } else {
    out.push(
      ...sub(
        w.both((t) => t.analysis.provenance.line),
        para(aw.aamLine(o.events), { italics: true }),
      ),
    );
    const table = headedGrid(
      h3(w.both((t) => t.analysis.provenance.chain)),
      [
        w.both((t) => t.analysis.provenance.col.n),
        w.both((t) => t.analysis.provenance.col.date),
        w.both((t) => t.analysis.provenance.col.event),
        w.both((t) => t.analysis.provenance.col.parties),
        w.both((t) => t.analysis.provenance.col.place),
        w.both((t) => t.analysis.provenance.col.documents),
        w.both((t) => t.analysis.provenance.col.certainty),
      ],
      o.events.map((e) => chainRow(e, o, aw, w)),
      [16, 56, 64, '*', 62, 86, 50],
    );
    out.push(...table);
  }
  out.push(...findingsBlock(h3(w.both((t) => t.analysis.findings.title)), o.findings, aw, w));
  return out;
}

export function provenanceSection(
  data: ProvenanceData,
  handling: HandlingCode,
  aw: AnalysisWords,
  w: ReportWording,
): PrintedSection {
  const title = w.both((t) => t.analysis.provenance.title);
  const section = opening(
    title,
    handling,
    w.one((t) => t.analysis.provenance.intro),
    w,
  );
  if (data.objects.length === 0) {
    section.content.push(muted(w.one((t) => t.analysis.provenance.none)));
    return section;
  }
  data.objects.forEach((o, i) => {
    const heading = objectTitle(o, w);
    section.headings.push(heading);
    section.content.push(h2(heading, { pageBreak: i > 0 }), ...objectBlock(o, aw, w));
  });
  section.content.push(
    muted(
      w.one((t) => t.analysis.findings.note),
      { margin: [0, 8, 0, 0] },
    ),
  );
  return section;
}
