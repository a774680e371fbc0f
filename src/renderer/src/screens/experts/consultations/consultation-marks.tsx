import { Badge, type MantineColor } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConsultationState, QuestionKind } from '../../../../../shared/domain/expert';
import { enumLabel } from '../../../lib/vocab-label';
import type { TemplateKind } from './consultation-form';
import { useConsultationsText } from './consultations-text';

const STATE_COLORS: Record<ConsultationState, MantineColor> = {
  drafted: 'gray',
  sent: 'blue',
  received: 'teal',
  withdrawn: 'dark',
  overdue: 'red',
};

/**
 * A consultation's state: drafted, sent, received, withdrawn, or (derived from the deadline and
 * today) overdue, named with the days it is late, in red.
 */
export function ConsultationStateBadge(props: {
  state: ConsultationState;
  overdueDays: number | null;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
}) {
  const t = useConsultationsText();
  const { t: base } = useTranslation();
  const overdue = props.state === 'overdue';
  return (
    <Badge
      color={STATE_COLORS[props.state]}
      variant={overdue ? 'filled' : 'light'}
      size={props.size ?? 'sm'}
      tt="none"
      leftSection={overdue ? <IconAlarm size={12} aria-hidden /> : undefined}
      data-testid={props.testId ?? 'consultation-state'}
      data-state={props.state}
    >
      {overdue && props.overdueDays !== null
        ? t('state.overdue', { count: props.overdueDays })
        : enumLabel(base, 'consultationState', props.state)}
    </Badge>
  );
}

type LooseT = (key: string) => string;

/**
 * A question kind's name (vocab enum `questionKind`) and, for a template, its standard wording:
 * the very words the request letter prints (feature `expertLetter`, `question.<kind>`), so the
 * form and the screen show what the expert will read.
 */
export function useQuestionText(): {
  kindLabel: (kind: QuestionKind) => string;
  standard: (kind: TemplateKind) => string;
} {
  const { t } = useTranslation();
  return {
    kindLabel: (kind) => enumLabel(t, 'questionKind', kind),
    standard: (kind) => (t as unknown as LooseT)(`expertLetter.question.${kind}`),
  };
}
