import { Badge } from '@mantine/core';
import type { ConsultationState } from '../../../../../shared/domain/expert';
import { useExpertsText } from './experts-text';

const COLOR: Record<ConsultationState, string> = {
  drafted: 'gray',
  sent: 'blue',
  received: 'teal',
  withdrawn: 'gray',
  overdue: 'red',
};

/** A consultation's state as the directory shows it; an overdue one says by how many days. */
export function ConsultationStateBadge(props: {
  state: ConsultationState;
  overdueDays: number | null;
}) {
  const t = useExpertsText();
  const { state } = props;
  return (
    <Badge
      color={COLOR[state]}
      variant={state === 'withdrawn' ? 'outline' : state === 'overdue' ? 'filled' : 'light'}
      tt="none"
      data-testid="consultation-state"
      data-state={state}
    >
      {state === 'overdue' && props.overdueDays
        ? t('state.overdueBy', { count: props.overdueDays })
        : t(`state.${state}`)}
    </Badge>
  );
}
