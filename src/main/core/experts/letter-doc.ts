import type { DocDefinition } from 'pdfmake';
import { INK, MARGIN_X, MUTED, PAGE_MARGINS, parallel, SECOND } from './letter-blocks';
import {
  addressee,
  closing,
  letterhead,
  mandate,
  objectList,
  questions,
  subject,
} from './letter-body';
import type { LetterData, LetterDocument } from './letter-data';
import { objectSheet, photoKey } from './letter-object-sheet';
import { fill, TEXTS, Wording } from './letter-wording';

export type {
  LetterData,
  LetterDocument,
  LetterObject,
  LetterObjectFields,
  LetterPhoto,
} from './letter-data';

/**
 * The request letter of a consultation as a pdfmake document definition: a pure function of the
 * data given (no database, no clock, no file), so it can be tested without rendering and the same
 * data always gives the same document (and, rendered, the same bytes).
 *
 * Page 1 is the letter: letterhead, addressee, subject, mandate, the objects concerned, the
 * numbered questions, how to answer, deadline, confidentiality and the signature block. Each
 * object then gets an Object ID sheet of its own with its photos, downscaled for print. The
 * letter names the case only by its reference: nothing about suspects, seizures or values
 * already recorded goes to the expert, so as not to steer the opinion.
 *
 * Bilingual (a second language that differs from the first): every heading and template text is
 * printed in two columns, language 1 | language 2; labels of fields carry the second language
 * under the first. What was typed (names, descriptions, custom questions) is printed once, as
 * typed.
 *
 * This module assembles the document (metadata, styles, images, marking header, page footer);
 * the parts are built in letter-body.ts (the letter) and letter-object-sheet.ts (the sheets),
 * from the blocks of letter-blocks.ts, in the words of letter-wording.ts.
 */

/** The request letter of a consultation, ready for `renderPdf`. */
export function letterDocument(d: LetterData): LetterDocument {
  const w = new Wording(d.language, d.secondLanguage);
  const first = w.languages[0]!;
  let pageCount = 0;
  const images: Record<string, string> = {};
  d.objects.forEach((o, i) =>
    o.photos.forEach((p, j) => {
      images[photoKey(i, j)] = `data:image/jpeg;base64,${p.jpeg.toString('base64')}`;
    }),
  );
  const marking =
    d.classification !== null && d.classification !== 'unclassified'
      ? w.joined((l) => w.vocab(l, 'classification', d.classification!) ?? d.classification!)
      : '';
  const footerLeft = [d.reportId ?? '', d.caseReference, d.reference]
    .filter((s) => s !== '')
    .join(' · ');

  const doc: DocDefinition = {
    pageSize: 'A4',
    pageMargins: [...PAGE_MARGINS],
    language: first,
    info: {
      title: TEXTS[first].documentTitle,
      subject: `${d.caseReference}${d.reference !== '' ? ` · ${d.reference}` : ''}`,
      author: d.unit !== '' ? d.unit : 'Custodia',
      creator: 'Custodia',
      producer: 'Custodia (pdfmake)',
      // From the injected clock, never "now": the same data and clock give the same bytes.
      creationDate: d.generatedAt,
      ...(d.reportId ? { keywords: d.reportId, ReportID: d.reportId } : {}),
    },
    images,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: INK },
    styles: {
      unit: { fontSize: 11.5, bold: true, margin: [0, 0, 0, 4] },
      title: { fontSize: 14, bold: true },
      titleSecond: { fontSize: 12, bold: true, color: SECOND },
      heading: { fontSize: 11, bold: true },
      label: { color: MUTED, fontSize: 9 },
      small: { fontSize: 8.5 },
      sheetHeading: { fontSize: 13, bold: true },
      sheetTitle: { fontSize: 11, bold: true, color: MUTED },
      marking: { fontSize: 8.5, bold: true, characterSpacing: 1 },
      footer: { fontSize: 8, color: MUTED },
    },
    header: () =>
      marking === ''
        ? null
        : {
            text: marking.toUpperCase(),
            style: 'marking',
            alignment: 'right',
            margin: [MARGIN_X, 24, MARGIN_X, 0],
          },
    content: [
      letterhead(w, d),
      addressee(w, d),
      subject(w),
      parallel(
        w,
        w.all((t) => t.intro, { caseReference: d.caseReference }),
        {},
        [0, 0, 0, 0],
      ),
      ...mandate(w, d),
      ...objectList(w, d),
      ...questions(w, d),
      ...closing(w, d),
      ...d.objects.flatMap((o, i) => objectSheet(w, d, o, i)),
    ],
    footer: (page: number, pages: number) => {
      pageCount = pages;
      return {
        margin: [MARGIN_X, 16, MARGIN_X, 0],
        columns: [
          { text: footerLeft, style: 'footer', width: '*' },
          {
            text: w.joined((l) => fill(TEXTS[l].page, { page, pages })),
            style: 'footer',
            alignment: 'right',
            width: 'auto',
          },
        ],
      };
    },
  };
  return { doc, pages: () => pageCount };
}
