import { Badge, Group } from '@mantine/core';
import { IconBuilding, IconUser, type Icon } from '@tabler/icons-react';
import type { PartySummary } from '../../../../shared/domain/party-views';
import { useEnumLabel } from '../../hooks/useVocabulary';

export const KIND_ICON: Record<PartySummary['kind'], Icon> = {
  person: IconUser,
  organisation: IconBuilding,
};

/** PEP and sanctions marks, orange and red: what an investigator must not miss. */
export function PartyFlags({
  flags,
  size = 'xs',
}: {
  flags: PartySummary['flags'];
  size?: 'xs' | 'sm';
}) {
  const label = useEnumLabel();
  if (flags.length === 0) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {flags.map((f) => (
        <Badge
          key={f}
          size={size}
          radius="sm"
          variant="light"
          tt="none"
          color={f === 'sanctioned' ? 'red' : 'orange'}
          data-testid={`party-flag-${f}`}
        >
          {label('partyFlag', f)}
        </Badge>
      ))}
    </Group>
  );
}
