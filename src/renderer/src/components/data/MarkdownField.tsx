import { Box, Group, Input, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useDataText } from './data-text';
import { MarkdownView } from './MarkdownView';

/** A Markdown text with a Write / Preview switch; the preview renders exactly as the record will. */
export function MarkdownField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  placeholder?: string;
  minRows?: number;
  maxRows?: number;
  required?: boolean;
  autoFocus?: boolean;
  testId?: string;
}) {
  const t = useDataText();
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const id = useId();
  const minRows = props.minRows ?? 6;

  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Input.Label htmlFor={id} required={props.required}>
          {props.label}
        </Input.Label>
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setMode(v === 'preview' ? 'preview' : 'write')}
          data={[
            { value: 'write', label: t('markdown.write') },
            { value: 'preview', label: t('markdown.preview') },
          ]}
          data-testid={props.testId ? `${props.testId}-mode` : undefined}
        />
      </Group>
      {mode === 'write' ? (
        <Textarea
          id={id}
          value={props.value}
          onChange={(e) => props.onChange(e.currentTarget.value)}
          placeholder={props.placeholder}
          autosize
          minRows={minRows}
          maxRows={props.maxRows ?? 18}
          error={props.error ? true : undefined}
          autoFocus={props.autoFocus}
          data-autofocus={props.autoFocus || undefined}
          aria-describedby={`${id}-hint`}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          data-testid={props.testId}
        />
      ) : (
        <Box
          px="sm"
          py={6}
          mih={minRows * 21 + 14}
          mah={480}
          style={{
            overflow: 'auto',
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 'var(--mantine-radius-sm)',
            background: 'var(--mantine-color-gray-0)',
          }}
          data-testid={props.testId ? `${props.testId}-preview` : undefined}
        >
          <MarkdownView>{props.value}</MarkdownView>
        </Box>
      )}
      {props.error ? <Input.Error>{props.error}</Input.Error> : null}
      <Input.Description id={`${id}-hint`}>{t('markdown.hint')}</Input.Description>
    </Stack>
  );
}
