import {
  ActionIcon,
  Button,
  Card,
  EmptyState,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconFileImport, IconListSearch } from '@tabler/icons-react';
import type { AccountView } from '../../../../../shared/domain/finance-views';
import type { StatementImportSummary } from '../../../../../shared/domain/statement';
import { useCalendarDate } from '../../../components/data/dates';
import { useFormat } from '../../../i18n/useFormat';
import { shortAccount } from '../money-format';
import { useMoneyText } from '../money-text';

const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The case's statement imports, newest first: when, which file (and its SHA-256, the file being
 * kept as an attachment), into which account, and what each created, skipped as already
 * imported, and refused. "Show payments" lists the payments one import brought in.
 */
export function ImportsView(props: {
  imports: readonly StatementImportSummary[] | null;
  accounts: readonly AccountView[] | null;
  onImport: () => void;
  onShowPayments: (imported: StatementImportSummary) => void;
}) {
  const t = useMoneyText();
  const format = useFormat();
  const date = useCalendarDate();
  const labels = new Map((props.accounts ?? []).map((a) => [a.id, a.label]));
  const imports = props.imports ?? [];

  return (
    <Stack gap="sm" data-testid="money-imports">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed" maw={760}>
          {t('imports.intro')}
        </Text>
        <Button
          leftSection={<IconFileImport size={16} />}
          onClick={props.onImport}
          data-testid="imports-start"
        >
          {t('imports.import')}
        </Button>
      </Group>
      <Card padding={0}>
        {props.imports !== null && imports.length === 0 ? (
          <EmptyState
            py="lg"
            size="sm"
            icon={<IconFileImport size={24} stroke={1.5} />}
            title={t('imports.emptyTitle')}
            description={t('imports.emptyText')}
            data-testid="imports-empty"
          />
        ) : (
          <Table.ScrollContainer minWidth={1000}>
            <Table verticalSpacing={8} highlightOnHover data-testid="imports-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('imports.columns.date')}</Table.Th>
                  <Table.Th>{t('imports.columns.file')}</Table.Th>
                  <Table.Th>{t('imports.columns.account')}</Table.Th>
                  <Table.Th>{t('imports.columns.period')}</Table.Th>
                  <Table.Th ta="right">{t('imports.columns.created')}</Table.Th>
                  <Table.Th ta="right">{t('imports.columns.duplicates')}</Table.Th>
                  <Table.Th ta="right">{t('imports.columns.refused')}</Table.Th>
                  <Table.Th w={44} aria-label={t('imports.showPayments')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {imports.map((i) => (
                  <Table.Tr key={i.id} data-testid="import-row" data-created={i.counts.created}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {format.dateTime(i.createdAt)}
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Text size="sm" truncate="end" title={i.fileName}>
                        {i.fileName}
                      </Text>
                      <Tooltip label={t('imports.sha', { sha256: i.sha256 })} multiline w={360}>
                        <Text size="xs" c="dimmed" ff="monospace" w="fit-content">
                          SHA-256 {i.sha256.slice(0, 12)}…
                        </Text>
                      </Tooltip>
                      {i.mappingName ? (
                        <Text size="xs" c="dimmed">
                          {t('imports.withMapping', { name: i.mappingName })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {shortAccount(labels.get(i.accountId) ?? '')}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {i.firstDate && i.lastDate
                        ? `${date(i.firstDate)} – ${date(i.lastDate)}`
                        : ''}
                    </Table.Td>
                    <Table.Td ta="right" style={NUMBERS} fw={600}>
                      {format.number(i.counts.created)}
                    </Table.Td>
                    <Table.Td ta="right" style={NUMBERS}>
                      {format.number(i.counts.duplicates)}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      style={NUMBERS}
                      c={i.counts.invalid > 0 ? 'red.8' : undefined}
                    >
                      {format.number(i.counts.invalid)}
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('imports.showPayments')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('imports.showPayments')}
                          onClick={() => props.onShowPayments(i)}
                          data-testid="import-show-payments"
                        >
                          <IconListSearch size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
