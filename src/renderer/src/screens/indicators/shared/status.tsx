import { Badge, type MantineColor } from '@mantine/core';
import type { ObservationStatus } from '../../../../../shared/domain/indicator';
import { useEnumLabel } from '../../../hooks/useVocabulary';

export const STATUS_COLOR: Record<ObservationStatus, MantineColor> = {
  suspected: 'orange',
  confirmed: 'red',
  dismissed: 'gray',
};

/** Suspected, confirmed or dismissed, in the interface language. */
export function ObservationStatusBadge({ status }: { status: ObservationStatus }) {
  const label = useEnumLabel();
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant={status === 'confirmed' ? 'filled' : 'light'}
      radius="sm"
      size="sm"
      data-testid="observation-status"
      data-status={status}
    >
      {label('observationStatus', status)}
    </Badge>
  );
}
