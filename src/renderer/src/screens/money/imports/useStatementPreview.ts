import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { StatementPreview } from '../../../../../shared/domain/statement';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { useIpc } from '../../../lib/useIpc';

export interface PreviewRequest {
  path: string;
  mapping?: Record<string, unknown>;
  caseId?: string;
  accountId?: string;
}

/**
 * The statement as main reads it with the mapping chosen so far, asked again (after a short
 * pause) whenever the request changes. A failure to read the file is kept as `error` (shown in
 * the wizard, not as a toast); `stale` while a newer answer is on its way.
 */
export function useStatementPreview(request: PreviewRequest | null): {
  preview: StatementPreview | null;
  error: IpcError | null;
  stale: boolean;
} {
  const call = useIpc();
  const key = request ? JSON.stringify(request) : '';
  const [debounced] = useDebouncedValue(key, 250);
  const [answer, setAnswer] = useState<{
    key: string;
    preview: StatementPreview | null;
    error: IpcError | null;
  } | null>(null);

  useEffect(() => {
    if (!debounced) return;
    let live = true;
    const asked = JSON.parse(debounced) as PreviewRequest;
    let failure: IpcError | null = null;
    void call(api.statement.preview({ ...asked, limit: 50 }), (error) => {
      failure = error;
      return true;
    }).then((preview) => {
      if (live) setAnswer({ key: debounced, preview: preview ?? null, error: failure });
    });
    return () => {
      live = false;
    };
  }, [call, debounced]);

  return {
    preview: answer?.preview ?? null,
    error: answer?.error ?? null,
    stale: answer?.key !== key,
  };
}
