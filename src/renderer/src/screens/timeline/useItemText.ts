import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeSpan } from '../../../../shared/domain/time-span';
import type { TimelineItem, TimelineKind } from '../../../../shared/domain/timeline';
import { formatSpan } from '../../../../shared/provenance/span-compare';
import { useCalendarDate } from '../../components/data/dates';
import { enumLabel, vocabLabel } from '../../lib/vocab-label';
import { useTimelineText } from './useTimelineText';

type LooseT = (key: string, options?: { defaultValue?: string }) => string;

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const knownDay = (s: TimeSpan): string | null =>
  s.botb !== null && s.botb === s.eotb && s.eotb === s.bote && s.bote === s.eote ? s.botb : null;

export interface ItemText {
  /** The item's `type` code in words: the event type, document type, custody action… */
  type: (item: Pick<TimelineItem, 'kind' | 'type'>) => string;
  /** "Provenance event · Sale" */
  title: (item: Pick<TimelineItem, 'kind' | 'type'>) => string;
  /** The date as recorded ("c. 1965"), a known day or month as the language writes it. */
  date: (span: TimeSpan) => string;
  /**
   * The date as recorded and, for a phrase Custodia read ("oko 1960."), what it read from it:
   * "oko 1960. → 1960 (±5)".
   */
  dateRead: (span: TimeSpan) => string;
  /** When a period began or ended, from two of its four points. */
  window: (from: string | null, to: string | null) => string;
}

/**
 * How a timeline item reads. The core sends codes (`type`) and the date as typed; the words come
 * from the features that own them: provenance event types and claim statuses (`provenance`),
 * document types and legal bases (vocabularies), custody actions and case statuses (enums).
 */
export function useItemText(): ItemText {
  const t = useTimelineText();
  const { t: translate, i18n } = useTranslation();
  const language = i18n.language;
  const day = useCalendarDate();
  const loose = translate as unknown as LooseT;

  const type = useCallback(
    ({ kind, type: code }: Pick<TimelineItem, 'kind' | 'type'>): string => {
      const words = code.replaceAll('_', ' ');
      const fallback = words.charAt(0).toUpperCase() + words.slice(1);
      const byKind: Record<TimelineKind, () => string> = {
        provenance: () => loose(`provenance.eventTypes.${code}`, { defaultValue: fallback }),
        claim: () => loose(`provenance.claimStatuses.${code}`, { defaultValue: fallback }),
        document: () => vocabLabel(translate, 'document_type', code, fallback),
        seizure: () => vocabLabel(translate, 'legal_basis', code, fallback),
        custody: () => enumLabel(translate, 'custodyAction', code),
        case_status: () => enumLabel(translate, 'caseStatus', code),
        payment: () => fallback,
      };
      return code ? byKind[kind]() : '';
    },
    [loose, translate],
  );

  const title = useCallback(
    (item: Pick<TimelineItem, 'kind' | 'type'>) =>
      [t(`kind.${item.kind}`), type(item)].filter(Boolean).join(' · '),
    [t, type],
  );

  const window = useCallback(
    (from: string | null, to: string | null): string => {
      if (from !== null && to !== null) {
        return from === to
          ? t('details.on', { day: day(from) })
          : t('details.window', { from: day(from), to: day(to) });
      }
      if (from !== null) return t('details.notBefore', { day: day(from) });
      if (to !== null) return t('details.notAfter', { day: day(to) });
      return t('details.unknown');
    },
    [t, day],
  );

  const date = useCallback(
    (span: TimeSpan): string => {
      const known = knownDay(span);
      if (known) return day(known);
      const text = span.text.trim();
      if (PARTIAL_DATE.test(text)) return day(text);
      if (text) return text;
      return formatSpan(span, language) || t('noDate');
    },
    [day, t, language],
  );

  const dateRead = useCallback(
    (span: TimeSpan): string => {
      const shown = date(span);
      const text = span.text.trim();
      if (!text || knownDay(span) || PARTIAL_DATE.test(text)) return shown;
      const read = formatSpan(span, language);
      return read && read !== text ? `${shown} → ${read}` : shown;
    },
    [date, language],
  );

  return { type, title, date, dateRead, window };
}
