import { Badge, Tooltip, type MantineColor } from '@mantine/core';
import type { CaseStatus } from '../../../../shared/domain/case';
import { useEnumLabel, useVocabulary } from '../../hooks/useVocabulary';

const STATUS_COLOR: Record<CaseStatus, MantineColor> = {
  open: 'steel',
  under_investigation: 'teal',
  referred: 'grape',
  closed: 'gray',
  archived: 'dark',
};

export function CaseStatusBadge({ status, size }: { status: CaseStatus; size?: 'sm' | 'md' }) {
  const label = useEnumLabel();
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant={status === 'archived' ? 'outline' : 'light'}
      radius="sm"
      size={size ?? 'sm'}
      style={{ textTransform: 'none', fontWeight: 600 }}
      data-testid="case-status"
      data-status={status}
    >
      {label('caseStatus', status)}
    </Badge>
  );
}

const HANDLING_COLOR: Record<string, MantineColor> = {
  H0: 'gray',
  H1: 'yellow',
  H2: 'orange',
  H3: 'red',
};

/** The Europol handling code, its meaning in the tooltip. */
export function HandlingCodeBadge({ code }: { code: string }) {
  const label = useEnumLabel();
  return (
    <Tooltip label={label('handlingCodeHelp', code, code)} multiline w={320}>
      <Badge
        color={HANDLING_COLOR[code] ?? 'gray'}
        variant="outline"
        radius="sm"
        size="sm"
        style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}
        data-testid="case-handling-code"
      >
        {code}
      </Badge>
    </Tooltip>
  );
}

const CLASSIFICATION_COLOR: Record<string, MantineColor> = {
  unclassified: 'gray',
  restricted: 'steel',
  confidential: 'orange',
  secret: 'red',
};

/** The security classification marking, as printed on paper: upper case, coloured by level. */
export function ClassificationMark({ code }: { code: string }) {
  const { labelOf } = useVocabulary('classification');
  return (
    <Badge
      color={CLASSIFICATION_COLOR[code] ?? 'gray'}
      variant="filled"
      radius="xs"
      size="sm"
      style={{ letterSpacing: '0.06em' }}
      data-testid="case-classification"
    >
      {labelOf(code)}
    </Badge>
  );
}
