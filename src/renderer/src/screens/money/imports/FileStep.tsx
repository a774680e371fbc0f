import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFolderOpen } from '@tabler/icons-react';
import type { StatementPreview } from '../../../../../shared/domain/statement';
import { useFormat } from '../../../i18n/useFormat';
import { useStatementsText } from '../money-text';

/** Step 1: the statement file (CSV or XLSX), chosen in the system's dialog, and what it holds. */
export function FileStep(props: {
  raw: StatementPreview | null;
  choosing: boolean;
  error: string | null;
  onChoose: () => void;
}) {
  const t = useStatementsText();
  const format = useFormat();
  const { raw } = props;
  return (
    <Stack gap="md" maw={720} data-testid="statement-file-step">
      <Text size="sm" c="dimmed">
        {t('file.intro')}
      </Text>
      <Group>
        <Button
          leftSection={<IconFolderOpen size={16} />}
          loading={props.choosing}
          onClick={props.onChoose}
          variant={raw ? 'default' : 'filled'}
          data-testid="statement-choose"
        >
          {raw ? t('file.chooseOther') : t('file.choose')}
        </Button>
      </Group>
      {props.error ? (
        <Alert color="red" variant="light" data-testid="statement-file-error">
          {props.error}
        </Alert>
      ) : null}
      {raw ? (
        <Paper withBorder p="md" radius="sm" data-testid="statement-file">
          <Group gap="md" wrap="nowrap" align="flex-start">
            <IconFileSpreadsheet size={32} stroke={1.4} color="var(--mantine-color-steel-7)" />
            <Stack gap={2} miw={0}>
              <Text fw={600} truncate="end" data-testid="statement-file-name">
                {raw.file.name}
              </Text>
              <Text size="sm" c="dimmed">
                {t('file.details', {
                  kind: t(`file.kinds.${raw.file.kind}`),
                  size: format.bytes(raw.file.size),
                  columns: raw.headers.length,
                })}
              </Text>
              {raw.file.encoding ? (
                <Text size="xs" c="dimmed">
                  {t('file.read', {
                    encoding: raw.file.encoding.toUpperCase(),
                    delimiter:
                      raw.file.delimiter === '\t'
                        ? t('mapping.delimiters.tab')
                        : (raw.file.delimiter ?? ''),
                  })}
                </Text>
              ) : null}
            </Stack>
          </Group>
        </Paper>
      ) : null}
    </Stack>
  );
}
