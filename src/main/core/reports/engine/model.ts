import type { HandlingCode } from '../../../../shared/domain/common';
import type { ReportKind } from '../../../../shared/domain/report';
import type { Language } from '../../../../shared/ipc/schemas';

/**
 * What a report is laid out from: plain data only (no functions, no database handles), so it
 * crosses into the render worker by structured clone, and its SHA-256 (over canonical JSON)
 * names exactly the data a PDF was made from.
 */

/** A photo as printed: a print-size JPEG made from the stored preview, never the original. */
export interface ReportImage {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

/** A photo a collector wants printed; the run prepares it (with progress) before layout. */
export interface PhotoRequest {
  /** The key the document refers to it by (`{ image: key }`). */
  key: string;
  attachmentId: string;
  /** Longer side in pixels, for the size it is printed at (≈ 250 dpi). */
  maxPx: number;
}

export interface ReportMeta {
  reportId: string;
  kind: ReportKind;
  language: Language;
  secondLanguage: Language | null;
  caseFileId: string;
  caseReference: string;
  caseTitle: string;
  /** The case's classification code, and its label as stored (printed when no translation). */
  classification: string;
  classificationLabel: string;
  handlingCode: HandlingCode;
  unit: string;
  prosecutor: string;
  prosecutionReference: string;
  /** Who generated it (the operator unlocked), and when (the injected clock, ISO instant). */
  operator: string;
  generatedAt: string;
}

/** A collected report, before images are prepared: `body` is the kind's own data. */
export interface CollectedReport<B = unknown> {
  kind: ReportKind;
  body: B;
  photos: PhotoRequest[];
}

/** Everything the worker needs to lay out and render one report. */
export interface ReportModel<B = unknown> {
  meta: ReportMeta;
  body: B;
  images: Record<string, ReportImage>;
}
