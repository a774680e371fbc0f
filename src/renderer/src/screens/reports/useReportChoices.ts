import { useEffect, useState } from 'react';
import type { DocumentView } from '../../../../shared/domain/document';
import type { ObjectSummary, SeizureSummary } from '../../../../shared/domain/object-views';
import { OBJECT_LIST_MAX } from '../../../../shared/domain/object-views';
import type { CasePartyRow, PartySummary } from '../../../../shared/domain/party-views';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';

/** A party of the case once, with every role it has in the case. */
export interface PartyChoice {
  party: PartySummary;
  roles: string[];
}

export interface ReportChoices {
  reference: string;
  parties: PartyChoice[];
  objects: ObjectSummary[];
  documents: DocumentView[];
  seizures: SeizureSummary[];
}

function groupParties(rows: readonly CasePartyRow[]): PartyChoice[] {
  const byId = new Map<string, PartyChoice>();
  for (const r of rows) {
    const known = byId.get(r.party.id);
    if (known) {
      if (!known.roles.includes(r.caseParty.role)) known.roles.push(r.caseParty.role);
    } else byId.set(r.party.id, { party: r.party, roles: [r.caseParty.role] });
  }
  return [...byId.values()].sort((a, b) => a.party.name.localeCompare(b.party.name));
}

/**
 * What a report of the case can disclose or be made for: the case reference (for the file
 * name), its parties, objects (every page of object:list), documents and seizures.
 */
export function useReportChoices(caseId: string, enabled: boolean): ReportChoices | null {
  const call = useIpc();
  const [choices, setChoices] = useState<{ caseId: string; value: ReportChoices } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void (async () => {
      const objects: ObjectSummary[] = [];
      for (let offset = 0; ; offset += OBJECT_LIST_MAX) {
        const page = await call(api.object.list({ caseId, offset, limit: OBJECT_LIST_MAX }));
        if (!page) return;
        objects.push(...page.rows);
        if (objects.length >= page.total || page.rows.length === 0) break;
      }
      const [view, parties, documents, seizures] = await Promise.all([
        call(api.case.get({ id: caseId })),
        call(api.party.ofCase({ caseId })),
        call(api.document.list({ caseId })),
        call(api.seizure.list({ caseId })),
      ]);
      if (!live || !view || !parties || !documents || !seizures) return;
      setChoices({
        caseId,
        value: {
          reference: view.record.reference,
          parties: groupParties(parties),
          objects,
          documents,
          seizures,
        },
      });
    })();
    return () => {
      live = false;
    };
  }, [call, caseId, enabled]);

  return choices && choices.caseId === caseId ? choices.value : null;
}
