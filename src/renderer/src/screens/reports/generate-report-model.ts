/**
 * The report dialog's shared pieces: the kinds it offers, its props, the run's states and the
 * suggested file name.
 */
import type { ReportKind, ReportRecord } from '../../../../shared/domain/report';

/** The kinds chosen in this dialog; MLA and return requests come preset from their request. */
export const DIALOG_KINDS = ['dossier', 'interpol', 'custody', 'seizure-receipt'] as const;

export interface GenerateReportModalProps {
  caseId: string;
  /** Preset kind ('mla' and 'return' need `requestId`); the person may change the others. */
  kind?: ReportKind;
  requestId?: string;
  objectId?: string;
  seizureId?: string;
  opened: boolean;
  onClose: () => void;
  onGenerated?: (report: ReportRecord) => void;
}

/** A name safe for a file system from a case reference and the kind. */
export function reportFileName(reference: string, kind: string): string {
  const base = `${reference} ${kind}`.replace(/[\\/:*?"<>|]+/g, '-').trim();
  return `${base || 'report'}.pdf`;
}

/** Where a run stands: the form, running, or its outcome. */
export type RunState =
  | { phase: 'form' }
  | { phase: 'running'; jobId: string; cancelling: boolean }
  | { phase: 'done'; report: ReportRecord }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string; detail: string | null };
