import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useReportsText } from './reports-text';

/** A value with a copy button (report IDs, SHA-256); `shown` may shorten what is displayed. */
export function CopyValue(props: {
  value: string;
  shown?: string;
  mono?: boolean;
  size?: 'xs' | 'sm' | 'md';
  label?: string;
  testId?: string;
}) {
  const t = useReportsText();
  return (
    <Group gap={4} wrap="nowrap">
      <Text
        size={props.size ?? 'sm'}
        ff={props.mono ? 'monospace' : undefined}
        style={{ wordBreak: 'break-all' }}
        title={props.shown ? props.value : undefined}
        data-testid={props.testId}
        data-value={props.value}
      >
        {props.shown ?? props.value}
      </Text>
      <CopyButton value={props.value} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip
            label={copied ? t('result.copied') : (props.label ?? t('result.copy'))}
            withArrow
          >
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={props.label ?? t('result.copy')}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
