import { Badge, type MantineColor } from '@mantine/core';
import { LEGAL_STATUSES, type LegalStatus } from '../../../../shared/domain/object';
import { useEnumLabel } from '../../hooks/useVocabulary';

const STATUS_COLOR: Record<LegalStatus, MantineColor> = {
  seized: 'steel',
  frozen: 'cyan',
  confiscated: 'grape',
  returned: 'teal',
  restituted: 'green',
  released: 'gray',
};

/** An object's legal status, coloured so held objects and those that left read apart. */
export function LegalStatusBadge(props: { status: LegalStatus; size?: 'xs' | 'sm' | 'md' }) {
  const label = useEnumLabel();
  return (
    <Badge
      color={STATUS_COLOR[props.status]}
      variant={props.status === 'released' ? 'outline' : 'light'}
      radius="sm"
      size={props.size ?? 'sm'}
      style={{ textTransform: 'none', fontWeight: 600, maxWidth: '100%' }}
      data-testid="object-legal-status"
      data-status={props.status}
    >
      {label('legalStatus', props.status)}
    </Badge>
  );
}

export const mono = { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 };

export const isLegalStatus = (s: string | null): s is LegalStatus =>
  (LEGAL_STATUSES as readonly (string | null)[]).includes(s);
