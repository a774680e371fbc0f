import { useEffect, useState } from 'react';
import type { Finding } from '../../../../shared/domain/finding';
import type { LocatedEvidence } from '../../../../shared/ipc/linkchart.contract';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';

export type FindingOnChart =
  | { key: string; status: 'loading' }
  | { key: string; status: 'missing' }
  | {
      key: string;
      status: 'ready';
      finding: Finding;
      englishTitle: string;
      located: LocatedEvidence;
    };

/**
 * The finding named in the address (`links?finding=<key>`, from the findings list): the case's
 * findings are run, the one with that key taken, and its evidence located on the chart
 * (payments → their links, accounts and parties → their nodes).
 */
export function useFindingHighlight(caseId: string, key: string | null): FindingOnChart | null {
  const call = useIpc();
  const [state, setState] = useState<FindingOnChart | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    void (async () => {
      const report = await call(api.findings.list({ caseId }));
      if (!live || !report) return;
      const finding = report.findings.find((f) => f.key === key);
      if (!finding) {
        setState({ key, status: 'missing' });
        return;
      }
      const located = await call(
        api.linkchart.locate({
          caseId,
          refs: finding.evidence.map(({ kind, id }) => ({ kind, id })),
        }),
      );
      if (!live || !located) return;
      setState({
        key,
        status: 'ready',
        finding,
        englishTitle: report.rules.find((r) => r.id === finding.ruleId)?.title ?? finding.ruleId,
        located,
      });
    })();
    return () => {
      live = false;
    };
  }, [call, caseId, key]);
  if (!key) return null;
  return state?.key === key ? state : { key, status: 'loading' };
}
