import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_LIST_MAX } from '../../../../../shared/domain/finance-views';
import { OBJECT_LIST_MAX } from '../../../../../shared/domain/object-views';
import { api } from '../../../api';
import { vocabLabel } from '../../../lib/vocab-label';
import { useIpc } from '../../../lib/useIpc';
import { partyName } from '../../provenance/party-name';
import { useProvenanceText } from '../../provenance/useProvenanceText';
import { useEvidenceKindLabel } from './evidence';
import { optionValue } from './observation-form';

/** A record of the case that can be observed on or cited: `<kind>:<id>` with how it reads. */
export interface CaseRecordOption {
  value: string;
  kind: string;
  id: string;
  label: string;
}

/** Objects with more than this many are not asked for their provenance (one call per object). */
const CHAIN_LIMIT = 60;

export { optionValue, splitOptionValue } from './observation-form';

/**
 * The records of a case an observation can be made on or rest on: its objects, documents,
 * provenance events (of each object), payments and parties, each with a readable label. Loaded
 * once when `enabled`; null until then.
 */
export function useCaseRecords(caseId: string, enabled = true): CaseRecordOption[] | null {
  const call = useIpc();
  const tp = useProvenanceText();
  const { t } = useTranslation();
  const [rows, setRows] = useState<{ caseId: string; options: CaseRecordOption[] } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void (async () => {
      const [objects, documents, payments, parties] = await Promise.all([
        call(api.object.list({ caseId, limit: OBJECT_LIST_MAX })),
        call(api.document.list({ caseId })),
        call(api.payment.list({ caseId, limit: PAYMENT_LIST_MAX })),
        call(api.party.ofCase({ caseId })),
      ]);
      const objectRows = objects?.rows ?? [];
      const chains = await Promise.all(
        objectRows.slice(0, CHAIN_LIMIT).map((o) => call(api.provenance.chain({ objectId: o.id }))),
      );
      const options: CaseRecordOption[] = [];
      const push = (kind: string, id: string, label: string) =>
        options.push({ value: optionValue(kind, id), kind, id, label });
      for (const o of objectRows) push('object', o.id, `${o.exhibitNumber} — ${o.title}`);
      for (const d of documents ?? []) {
        const what = d.title || vocabLabel(t, 'document_type', d.type);
        push('document', d.id, [what, d.number].filter(Boolean).join(' '));
      }
      chains.forEach((chain, i) => {
        const object = objectRows[i];
        if (!chain || !object) return;
        for (const e of chain.events) {
          const who = partyName(e.toParty, chain.parties);
          const what = [tp(`eventTypes.${e.type}`), e.date, who].filter(Boolean).join(', ');
          push('provenance_event', e.id, `${object.exhibitNumber} #${e.position}: ${what}`);
        }
      });
      for (const p of payments?.rows ?? []) {
        const parties = [p.payerName, p.beneficiaryName].filter(Boolean).join(' → ');
        push(
          'payment',
          p.id,
          `${p.date} · ${p.amount.amount} ${p.amount.currency}${parties ? ` · ${parties}` : ''}`,
        );
      }
      const seen = new Set<string>();
      for (const row of parties ?? []) {
        if (seen.has(row.party.id)) continue;
        seen.add(row.party.id);
        push('party', row.party.id, row.party.name);
      }
      if (live) setRows({ caseId, options });
    })();
    return () => {
      live = false;
    };
    // The labels are read once per loading; a language change does not reload the records.
  }, [call, caseId, enabled]);

  return rows?.caseId === caseId ? rows.options : null;
}

/** Options grouped by kind, as Mantine's Select and MultiSelect take them. */
export function useGroupedOptions(
  options: readonly CaseRecordOption[] | null,
  kinds: readonly string[],
): { group: string; items: { value: string; label: string }[] }[] {
  const kindLabel = useEvidenceKindLabel();
  return useMemo(
    () =>
      kinds
        .map((kind) => ({
          group: kindLabel(kind),
          items: (options ?? [])
            .filter((o) => o.kind === kind)
            .map((o) => ({ value: o.value, label: o.label })),
        }))
        .filter((g) => g.items.length > 0),
    [options, kinds.join(',')],
  );
}
