import { VisuallyHidden } from '@mantine/core';
import {
  CASE_STATUSES,
  type CaseStatus,
  type CaseStatusChange,
} from '../../../../shared/domain/case';
import { useCalendarDate } from '../../components/data/dates';
import { useEnumLabel } from '../../hooks/useVocabulary';
import classes from './StatusTrack.module.css';
import { useCasesText } from './useCasesText';

/**
 * The workflow as a track: every status, the ones the case has been in marked with the date it
 * last entered them, the current one filled. A case may skip steps (open → closed) or go back
 * (closed → under investigation), so "reached" comes from the history, not from the position.
 */
export function StatusTrack(props: { status: CaseStatus; history: readonly CaseStatusChange[] }) {
  const t = useCasesText();
  const label = useEnumLabel();
  const date = useCalendarDate();
  const lastEntered = new Map<CaseStatus, string>();
  for (const change of props.history) lastEntered.set(change.to, change.on);

  return (
    <ol
      className={classes.track}
      aria-label={t('workflow.label')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {CASE_STATUSES.map((status) => {
        const on = lastEntered.get(status);
        const current = status === props.status;
        const name = label('caseStatus', status);
        return (
          <li
            key={status}
            className={classes.step}
            data-reached={on !== undefined || current || undefined}
            data-current={current || undefined}
            aria-current={current ? 'step' : undefined}
            data-testid={`workflow-step-${status}`}
          >
            <span className={classes.line} aria-hidden />
            <span className={classes.dot} aria-hidden />
            <span className={classes.label} title={name}>
              {name}
            </span>
            <span
              className={classes.date}
              title={on ? t('workflow.reached', { date: date(on) }) : undefined}
            >
              {on ? date(on) : null}
            </span>
            {current ? <VisuallyHidden>{t('workflow.current')}</VisuallyHidden> : null}
          </li>
        );
      })}
    </ol>
  );
}
