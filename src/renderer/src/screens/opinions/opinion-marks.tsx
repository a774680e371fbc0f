import { Badge, type MantineColor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { AuthenticityFinding, ConfidenceLevel } from '../../../../shared/domain/expert';
import type { AspectSummary, OpinionView } from '../../../../shared/domain/expert-views';
import { useCalendarDate } from '../../components/data/dates';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { useOpinionsText } from './useOpinionsText';

export type AspectState = AspectSummary['state'];

/** Disputed in orange-red (the one state that asks for attention), agreed green, others quiet. */
const STATE_COLOR: Record<AspectState, MantineColor> = {
  none: 'gray',
  single: 'steel',
  agreed: 'teal',
  disputed: 'orange.8',
};

export function AspectStateBadge({ state }: { state: AspectState }) {
  const t = useOpinionsText();
  return (
    <Badge
      color={STATE_COLOR[state]}
      variant={state === 'disputed' ? 'filled' : state === 'none' ? 'outline' : 'light'}
      radius="sm"
      size="sm"
      tt="none"
      leftSection={state === 'disputed' ? <IconAlertTriangle size={12} /> : undefined}
      data-testid="opinion-aspect-state"
      data-state={state}
    >
      {t(`summary.state.${state}`)}
    </Badge>
  );
}

const AUTHENTICITY_COLOR: Record<AuthenticityFinding, MantineColor> = {
  authentic: 'teal',
  not_authentic: 'red',
  inconclusive: 'gray',
};

export function AuthenticityBadge({ finding }: { finding: AuthenticityFinding }) {
  const label = useEnumLabel();
  return (
    <Badge
      color={AUTHENTICITY_COLOR[finding]}
      variant={finding === 'not_authentic' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      data-testid="opinion-authenticity"
      data-finding={finding}
    >
      {label('authenticityFinding', finding)}
    </Badge>
  );
}

const CONFIDENCE_COLOR: Record<ConfidenceLevel, MantineColor> = {
  high: 'teal',
  medium: 'yellow',
  low: 'gray',
};

export function ConfidenceBadge({ level }: { level: ConfidenceLevel }) {
  const label = useEnumLabel();
  return (
    <Badge color={CONFIDENCE_COLOR[level]} variant="dot" radius="sm" tt="none">
      {label('confidenceLevel', level)}
    </Badge>
  );
}

/** "Dr Ana Petrović": the expert as an opinion names them. */
export const expertOf = (o: OpinionView) => [o.expertTitle, o.expertName].filter(Boolean).join(' ');

/** "Dr Ana Petrović · 12 Mar 2026": one opinion named in a line. */
export function useOpinionName(): (o: OpinionView) => string {
  const date = useCalendarDate();
  return (o) => `${expertOf(o)} · ${date(o.date)}`;
}
