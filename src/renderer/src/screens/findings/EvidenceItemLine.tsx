import { Anchor, Group, Text, Tooltip } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { Link } from 'react-router';

/**
 * One record a finding or an observation rests on, as a list item: the kind's icon (named in
 * its tooltip), then the record's label, a link when the record has a page of its own.
 */
export function EvidenceItemLine(props: {
  icon: Icon;
  /** The evidence kind's code (data-kind) and its translated name. */
  kindCode: string;
  kind: string;
  label: string;
  route: string | null;
  testId: string;
}) {
  const { icon: KindIcon, kind, label, route } = props;
  return (
    <Group component="li" gap={4} wrap="nowrap" miw={0} data-kind={props.kindCode}>
      <Tooltip label={kind} withArrow openDelay={300}>
        <KindIcon
          size={14}
          stroke={1.7}
          color="var(--mantine-color-gray-6)"
          aria-label={kind}
          style={{ flex: 'none' }}
        />
      </Tooltip>
      {route ? (
        <Anchor
          component={Link}
          to={route}
          size="sm"
          truncate="end"
          title={`${kind}: ${label}`}
          data-testid={props.testId}
          data-kind={props.kindCode}
        >
          {label}
        </Anchor>
      ) : (
        <Text size="sm" truncate="end" title={`${kind}: ${label}`}>
          {label}
        </Text>
      )}
    </Group>
  );
}
