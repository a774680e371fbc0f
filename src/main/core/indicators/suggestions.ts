import type { ObservationView, Suggestion } from '../../../shared/domain/indicator';
import type { CaseFileSession } from '../case-file/session';

/** Suggestions from the findings registry, accepted or dismissed. (Foundation stub.) */
export function listSuggestions(
  _session: CaseFileSession,
  _query: { caseId: string; objectId?: string | undefined },
): Suggestion[] {
  throw new Error('listSuggestions: not built yet');
}
export function acceptSuggestion(
  _session: CaseFileSession,
  _input: {
    caseId: string;
    key: string;
    status?: 'suspected' | 'confirmed' | undefined;
    note?: string | undefined;
    evidence?: unknown[] | undefined;
  },
): ObservationView {
  throw new Error('acceptSuggestion: not built yet');
}
export function dismissSuggestion(
  _session: CaseFileSession,
  _input: { caseId: string; key: string; reason: string },
): Suggestion {
  throw new Error('dismissSuggestion: not built yet');
}
