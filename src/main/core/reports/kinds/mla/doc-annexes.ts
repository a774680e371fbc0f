import { MUTED, type Node } from '../../engine/blocks';
import type { ReportImage } from '../../engine/model';
import type { ReportWording } from '../../engine/print-wording';
import { dataTable, label, parallel, sentence } from '../request-blocks';
import type { RequestPick, RequestWording } from '../request-wording';
import { objectIdSheet } from '../shared/object-sheet';
import type { AnnexDocument, AnnexObject } from './body';

/**
 * Annexes of the MLA and return requests (pure): the documents and objects tables, the annexes
 * section and the annexed objects' Object ID sheets, one per page.
 */

export function documentsTable(w: RequestWording, docs: AnnexDocument[]): Node {
  const th = (pick: RequestPick): Node => ({ text: w.both(pick), style: 'th' });
  return dataTable(
    [{ text: '#', style: 'th' }, th((t) => t.text.title), th((t) => t.text.file)],
    docs.map((d) => {
      const annex = { text: w.one((t) => t.text.annex, { n: d.annex }), bold: true };
      if (d.withheld) {
        return [
          annex,
          { text: w.both((t) => t.text.documentWithheld), italics: true, color: MUTED, colSpan: 2 },
          {},
        ];
      }
      const what = [
        w.term('document_type', d.typeCode, d.typeLabel),
        d.number,
        d.issuedOn === null ? '' : w.partialDate(d.issuedOn),
      ]
        .filter((s) => s !== '')
        .join(' · ');
      return [
        annex,
        {
          stack: [
            { text: d.title !== '' ? d.title : what },
            d.title !== '' ? { text: what, style: 'caption' } : { text: '' },
          ],
        },
        d.sha256 === null
          ? { text: w.both((t) => t.text.noFile), italics: true, color: MUTED }
          : {
              stack: [
                { text: d.fileName ?? '' },
                { text: `SHA-256: ${d.sha256}`, fontSize: 6.5, color: MUTED },
              ],
            },
      ];
    }),
    [44, '*', 260],
  );
}

export function objectsTable(w: RequestWording, objects: AnnexObject[]): Node {
  const th = (pick: RequestPick): Node => ({ text: w.both(pick), style: 'th' });
  return dataTable(
    [{ text: '#', style: 'th' }, th((t) => t.measure.exhibit), th((t) => t.measure.object)],
    objects.map((o) => [
      { text: w.one((t) => t.text.annex, { n: o.annex }), bold: true },
      o.withheld ? { text: '—' } : { text: o.exhibitNumber, bold: true },
      o.withheld
        ? { text: w.both((t) => t.text.objectWithheld), italics: true, color: MUTED }
        : { text: o.title },
    ]),
    [44, 60, '*'],
  );
}

/** The annexed objects' Object ID sheets, one per page. */
export function objectSheets(
  w: RequestWording,
  rw: ReportWording,
  objects: AnnexObject[],
  images: Record<string, ReportImage>,
): { content: Node[]; headings: string[] } {
  const content: Node[] = [];
  const headings: string[] = [];
  for (const o of objects) {
    if (o.withheld || o.sheet === null) continue;
    const values = { n: o.annex, object: `${o.exhibitNumber} — ${o.title}` };
    headings.push(w.one((t) => t.text.annexObjectTitle, values));
    content.push(
      {
        ...parallel(
          w,
          w.all((t) => t.text.annexObjectTitle, values),
          { fontSize: 11, bold: true, color: '#1e3a5f' },
          [0, 0, 0, 6],
        ),
        pageBreak: 'before',
      },
      ...objectIdSheet(o.sheet, images, rw),
    );
  }
  return { content, headings };
}

export function annexesSection(
  w: RequestWording,
  docs: AnnexDocument[],
  objects: AnnexObject[],
): Node[] {
  if (docs.length === 0 && objects.length === 0) return [sentence(w, (t) => t.text.noAnnexes)];
  const out: Node[] = [];
  if (docs.length > 0) {
    out.push(
      { ...label(w, (t) => t.text.annexDocuments), margin: [0, 2, 0, 0] },
      documentsTable(w, docs),
      { text: w.both((t) => t.text.hashNote), style: 'caption', margin: [0, -4, 0, 8] },
    );
  }
  if (objects.length > 0) {
    out.push(
      { ...label(w, (t) => t.text.annexObjects), margin: [0, 2, 0, 0] },
      objectsTable(w, objects),
    );
  }
  return out;
}
