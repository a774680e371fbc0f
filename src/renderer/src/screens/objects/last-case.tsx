import { useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { useSession } from '../../hooks/useSession';

/**
 * The case last opened in each case file, so the sidebar's Objects area starts with its objects.
 * Kept in memory only: it is a convenience of this window, and case ids say nothing on their own.
 */
const lastCase = new Map<string, string>();

export function lastOpenedCase(caseFileId: string | undefined): string | null {
  return caseFileId ? (lastCase.get(caseFileId) ?? null) : null;
}

export function rememberCase(caseFileId: string | undefined, caseId: string): void {
  if (caseFileId && caseId) lastCase.set(caseFileId, caseId);
}

/** A layout route around the case page: notes each case opened, renders the page unchanged. */
export function RememberCase() {
  const { summary } = useSession();
  const caseId = useParams()['caseId'] ?? '';
  const caseFileId = summary?.caseFileId;
  useEffect(() => rememberCase(caseFileId, caseId), [caseFileId, caseId]);
  return <Outlet />;
}
