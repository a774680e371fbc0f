import { fields, MUTED, muted, photoRows, type Node } from '../../engine/blocks';
import type { ReportImage } from '../../engine/model';
import type { ReportTexts, ReportWording } from '../../engine/print-wording';
import type { ObjectIdField, ObjectSheetData, ObjectSheetDetail } from './object-data';

/**
 * An object's Object ID sheet (pure): the fields table in the standard's order (REFERENCE §1.1),
 * coded values worded in the report's language(s), then its photos two per row with their
 * captions, and how many more the case file keeps. The caller prints the heading.
 */

function measurements(d: ObjectSheetDetail, w: ReportWording): string {
  return d.measurements
    .map((m) => {
      const dimension = w.joined((l) => w.enumLabel(l, 'dimension', m.dimension));
      return `${dimension}: ${w.number(m.value)} ${m.unit}`;
    })
    .join('; ');
}

function inscriptions(d: ObjectSheetDetail, w: ReportWording): Node | string {
  if (d.inscriptions.length === 0) return '';
  return {
    stack: d.inscriptions.map((ins) => {
      const kind = w.joined((l) => w.enumLabel(l, 'inscriptionKind', ins.kind));
      const where = [ins.position, ins.script].filter((s) => s !== '').join('; ');
      return {
        text: [
          { text: `${kind}: `, color: MUTED },
          { text: ins.text },
          ...(where !== '' ? [{ text: ` (${where})`, color: MUTED }] : []),
        ],
        margin: [0, 0, 0, 2],
      };
    }),
  };
}

/** The coded fields worded per language; others print as recorded. */
function worded(
  key: ObjectIdField,
  recorded: string,
  d: ObjectSheetDetail | undefined,
  w: ReportWording,
): Node | string {
  if (d === undefined) return recorded;
  switch (key) {
    case 'type':
      return w.term('object_type', d.typeCode, d.typeLabel);
    case 'lotCount':
      return d.lotCount === null ? '' : w.number(d.lotCount);
    case 'measurements':
      return measurements(d, w);
    case 'inscriptions':
      return inscriptions(d, w);
    case 'dating': {
      const years = w.joined((l) => w.years(d.dating.earliest, d.dating.latest, l));
      return [years, d.dating.text].filter((s) => s !== '').join(' — ');
    }
    case 'placeOfOrigin': {
      const country = d.placeOfOrigin.country;
      const name = country === null ? '' : w.joined((l) => w.country(country, l));
      return [d.placeOfOrigin.text, name].filter((s) => s !== '').join(', ');
    }
    default:
      return recorded;
  }
}

export function objectIdSheet(
  data: ObjectSheetData,
  images: Record<string, ReportImage>,
  w: ReportWording,
): Node[] {
  const notRecorded = w.one((t) => t.frame.notRecorded);
  const rows: Array<[string, Node | string]> = data.fields.map(([key, recorded]) => {
    const label = w.both((t) => t.objectId[key as keyof ReportTexts['objectId']] ?? key);
    const v = worded(key as ObjectIdField, recorded, data.detail, w);
    const empty = typeof v === 'string' && v.trim() === '';
    if (empty) return [label, { text: notRecorded, color: MUTED, italics: true }];
    if (key === 'exhibitNumber') return [label, { text: v as string, bold: true }];
    return [label, v];
  });
  const out: Node[] = [fields(rows, 150)];
  const shown = data.photos.filter((p) => images[p.key] !== undefined);
  if (shown.length === 0) {
    out.push(muted(w.both((t) => t.objectId.noPhotos)));
  } else {
    const items = data.photos.map((p, i) => {
      const role = p.role ? w.joined((l) => w.enumLabel(l, 'photoRole', p.role!)) : '';
      const head = [data.exhibitNumber, String(i + 1), role].filter((s) => s !== '').join(' · ');
      return { key: p.key, caption: p.caption !== '' ? `${head} — ${p.caption}` : head };
    });
    out.push(...photoRows(items, images, 2, 190));
  }
  if (data.morePhotos > 0) {
    out.push(muted(w.both((t) => t.objectId.morePhotos, { count: data.morePhotos })));
  }
  return out;
}
