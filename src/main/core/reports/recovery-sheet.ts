import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DocDefinition } from 'pdfmake';
import { CaseFilePathSchema, OperatorNameSchema } from '../../../shared/case-file/inputs';
import { decodeRecoveryKey, encodeRecoveryKey } from '../../../shared/case-file/recovery-key';
import { fsyncDir } from '../support/durable-fs';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { renderPdf } from './pdf';
import {
  RECOVERY_SHEET_LABELS,
  RECOVERY_SHEET_LANGUAGES,
  type RecoverySheetLabels,
  type RecoverySheetLanguage,
} from './recovery-sheet.labels';

/**
 * The printable recovery sheet: one A4 page with the recovery key of a case file, to be sealed in
 * an envelope at creation time. It is rendered in memory and written only where the person
 * chooses; Custodia keeps no copy (the key is not stored anywhere in readable form).
 */
export interface RecoverySheetInput {
  caseFileId: string;
  /** The case-file folder; only its name is printed, never the rest of the path. */
  caseFilePath: string;
  operatorName: string;
  recoveryKey: string;
  createdAt: Date;
  language: RecoverySheetLanguage;
}

const InputSchema = z.object({
  caseFileId: z.string().trim().min(1, 'The case-file ID is empty.').max(64),
  caseFilePath: CaseFilePathSchema,
  operatorName: OperatorNameSchema,
  recoveryKey: z.string().max(200),
  createdAt: z.date(),
  language: z.enum(RECOVERY_SHEET_LANGUAGES),
});

/** The key's eight groups in canonical form; a key that fails its check characters is refused. */
function keyGroups(typed: string): string[] {
  const decoded = decodeRecoveryKey(typed);
  if (!decoded.ok) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      'The recovery key to print is not a valid Custodia recovery key' +
        (decoded.group ? ` (group ${decoded.group}).` : '.'),
      { reason: decoded.reason, ...(decoded.group ? { group: decoded.group } : {}) },
    );
  }
  return encodeRecoveryKey(decoded.bytes).split('-');
}

/**
 * The folder's name as printed: whole up to 64 characters, otherwise its start and end (where
 * `.custodia` is) around an ellipsis, so the sheet stays one page. The ID is what identifies it.
 */
export function printedFolderName(caseFilePath: string, max = 64): string {
  const chars = Array.from(path.basename(caseFilePath));
  if (chars.length <= max) return chars.join('');
  const tail = Math.floor((max - 1) / 3);
  return `${chars.slice(0, max - 1 - tail).join('')}…${chars.slice(-tail).join('')}`;
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => String(values[name] ?? m));

// A4 with 2 cm side margins: 595.28 − 2 × 56.7 points of content width.
const PAGE_MARGINS = [56.7, 48, 56.7, 56] as const;
const CONTENT_WIDTH = 595.28 - 2 * 56.7;
const INK = '#111827';
const MUTED = '#4b5563';
const RULE = '#9ca3af';

/** One group: its number, then five characters in boxes of equal width (monospace-like). */
function groupCell(group: string, index: number, labels: RecoverySheetLabels): unknown {
  return {
    stack: [
      { text: fill(labels.group, { n: index + 1 }), style: 'groupLabel' },
      {
        columns: [
          { width: '*', text: '' },
          {
            width: 'auto',
            table: {
              widths: Array(group.length).fill(17),
              body: [[...group].map((ch) => ({ text: ch, style: 'keyChar' }))],
            },
            layout: {
              hLineWidth: () => 0.8,
              vLineWidth: () => 0.8,
              hLineColor: () => INK,
              vLineColor: () => INK,
              paddingLeft: () => 1,
              paddingRight: () => 1,
              paddingTop: () => 5,
              paddingBottom: () => 3,
            },
          },
          { width: '*', text: '' },
        ],
      },
    ],
  };
}

function keyBlock(groups: string[], labels: RecoverySheetLabels): unknown {
  const cells = groups.map((g, i) => groupCell(g, i, labels));
  return {
    table: {
      widths: ['*', '*', '*', '*'],
      body: [cells.slice(0, 4), cells.slice(4, 8)],
    },
    layout: {
      // A frame around the whole key, nothing between the groups.
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i === 0 || i === node.table.body.length ? 1.5 : 0,
      vLineWidth: (i: number, node: { table: { widths: unknown[] } }) =>
        i === 0 || i === node.table.widths.length ? 1.5 : 0,
      hLineColor: () => INK,
      vLineColor: () => INK,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: (i: number) => (i === 0 ? 14 : 8),
      paddingBottom: (i: number, node: { table: { body: unknown[] } }) =>
        i === node.table.body.length - 1 ? 14 : 8,
    },
  };
}

/**
 * Text that wraps like prose, except that a very long unbroken run (a folder name without spaces)
 * may break anywhere instead of pushing the table off the page.
 */
function wrapping(text: string, style: string): Record<string, unknown> {
  const longRun = text.split(/\s+/).some((word) => word.length > 32);
  return { text, style, ...(longRun ? { wordBreak: 'break-all' } : {}) };
}

function detailsTable(rows: [string, string][]): unknown {
  return {
    table: {
      widths: [130, '*'],
      body: rows.map(([label, value]) => [
        { text: label, style: 'label' },
        wrapping(value, 'value'),
      ]),
    },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i === 0 || i === node.table.body.length ? 0 : 0.5,
      vLineWidth: () => 0,
      hLineColor: () => RULE,
      paddingLeft: () => 0,
      paddingRight: () => 8,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
  };
}

/** Blank lines to write on, each with its caption underneath: name, signature, date. */
function signatureLines(labels: RecoverySheetLabels): unknown {
  const gap = 18;
  const dateWidth = 110;
  const nameWidth = (CONTENT_WIDTH - dateWidth - 2 * gap) / 2;
  const line = (caption: string, width: number): unknown => ({
    width,
    stack: [
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.8, lineColor: INK }],
        margin: [0, 30, 0, 0],
      },
      { text: caption, style: 'caption' },
    ],
  });
  return {
    columnGap: gap,
    columns: [
      line(labels.sealedName, nameWidth),
      line(labels.signature, nameWidth),
      line(labels.date, dateWidth),
    ],
  };
}

function sheetDefinition(
  input: z.output<typeof InputSchema>,
  groups: string[],
  labels: RecoverySheetLabels,
): DocDefinition {
  const created = new Intl.DateTimeFormat(labels.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(input.createdAt);
  const folder = printedFolderName(input.caseFilePath);

  return {
    pageSize: 'A4',
    pageMargins: [...PAGE_MARGINS],
    language: input.language,
    info: {
      title: labels.title,
      author: 'Custodia',
      creator: 'Custodia',
      producer: 'Custodia (pdfmake)',
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25, color: INK },
    styles: {
      title: { fontSize: 22, bold: true },
      subtitle: { fontSize: 10.5, color: MUTED, margin: [0, 4, 0, 0] },
      heading: { fontSize: 13, bold: true, margin: [0, 18, 0, 8] },
      label: { color: MUTED },
      value: { bold: true },
      groupLabel: { fontSize: 8, color: MUTED, alignment: 'center', margin: [0, 0, 0, 3] },
      keyChar: { fontSize: 19, bold: true, alignment: 'center', lineHeight: 1 },
      hint: { fontSize: 9, color: MUTED, margin: [0, 8, 0, 0] },
      caption: { fontSize: 8.5, color: MUTED, margin: [0, 3, 0, 0] },
      footer: { fontSize: 8, color: MUTED },
    },
    content: [
      { text: labels.title, style: 'title' },
      { text: labels.subtitle, style: 'subtitle' },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.2, lineColor: INK },
        ],
        margin: [0, 10, 0, 10],
      },
      detailsTable([
        [labels.caseFileId, input.caseFileId],
        [labels.caseFileFolder, folder],
        [labels.createdAt, created],
        [labels.firstOperator, input.operatorName],
      ]),
      { text: labels.keyHeading, style: 'heading' },
      keyBlock(groups, labels),
      { text: labels.keyHint, style: 'hint' },
      { text: labels.instructionsHeading, style: 'heading' },
      {
        ol: labels.instructions.map((text) => ({ text, margin: [0, 0, 0, 5] })),
        markerColor: INK,
      },
      {
        // The heading never ends a page without its lines.
        unbreakable: true,
        stack: [
          { text: labels.sealedHeading, style: 'heading', margin: [0, 18, 0, 0] },
          signatureLines(labels),
        ],
      },
    ],
    footer: (page: number, pages: number) => ({
      margin: [PAGE_MARGINS[0], 16, PAGE_MARGINS[2], 0],
      columns: [
        { ...wrapping(`${labels.footer} · ${input.caseFileId}`, 'footer'), width: '*' },
        {
          text: fill(labels.page, { page, pages }),
          style: 'footer',
          alignment: 'right',
          width: 90,
        },
      ],
    }),
  };
}

/** Renders the recovery sheet as a one-page PDF, in memory. */
export async function renderRecoverySheet(input: RecoverySheetInput): Promise<Buffer> {
  const parsed = parseInput(InputSchema, input, 'recovery sheet');
  const groups = keyGroups(parsed.recoveryKey);
  return renderPdf(sheetDefinition(parsed, groups, RECOVERY_SHEET_LABELS[parsed.language]));
}

/**
 * Renders the sheet and writes it to `dest`, which must not exist: an existing file is never
 * overwritten (ALREADY_EXISTS). The file is created owner-only and flushed to disk.
 */
export async function saveRecoverySheet(dest: string, input: RecoverySheetInput): Promise<void> {
  const target = path.resolve(parseInput(CaseFilePathSchema, dest, 'destination'));
  const pdf = await renderRecoverySheet(input);
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(target, 'wx', 0o600);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new CaseFileError(
        CaseFileErrorCode.AlreadyExists,
        `${target} already exists; Custodia never overwrites a file. Choose a new name.`,
      );
    }
    if (code === 'ENOENT') {
      throw new CaseFileError(
        CaseFileErrorCode.InvalidInput,
        `The folder ${path.dirname(target)} does not exist.`,
      );
    }
    throw e;
  }
  try {
    await handle.writeFile(pdf);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => {});
    await fs.promises.rm(target, { force: true });
    throw e;
  }
  await handle.close();
  fsyncDir(path.dirname(target));
}
