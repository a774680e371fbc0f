import type { ConsultationView } from '../../../shared/domain/expert-views';
import type { CaseFileSession } from '../case-file/session';

export interface LetterResult {
  path: string;
  sha256: string;
  bytes: number;
  pages: number;
  consultation: ConsultationView;
}

/** The consultation's request letter as PDF. (Foundation stub.) */
export async function writeConsultationLetter(
  _session: CaseFileSession,
  _input: { id: string; path: string },
): Promise<LetterResult> {
  throw new Error('writeConsultationLetter: not built yet');
}
