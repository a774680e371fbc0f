import { Badge, Table, Text } from '@mantine/core';
import type { ReportRecord } from '../../../../shared/domain/report';
import { useFormat } from '../../i18n/useFormat';
import { CopyValue } from './CopyValue';
import { useReportsText } from './reports-text';

/**
 * The report register as a table: ID, title and kind, (case), when and by whom, pages, size,
 * SHA-256 shortened with a copy button, and how many times these exact bytes were generated.
 */
export function ReportRegisterTable(props: {
  reports: readonly ReportRecord[];
  showCase?: boolean;
  testId?: string;
}) {
  const t = useReportsText();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing={6} data-testid={props.testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('register.id')}</Table.Th>
            <Table.Th>{t('register.title')}</Table.Th>
            {props.showCase ? <Table.Th>{t('register.case')}</Table.Th> : null}
            <Table.Th>{t('register.generatedAt')}</Table.Th>
            <Table.Th>{t('register.by')}</Table.Th>
            <Table.Th ta="end">{t('register.pages')}</Table.Th>
            <Table.Th ta="end">{t('register.size')}</Table.Th>
            <Table.Th>{t('register.sha256')}</Table.Th>
            <Table.Th ta="end">{t('register.generations')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.reports.map((r) => (
            <Table.Tr key={r.id} data-testid="report-row" data-report-id={r.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <CopyValue value={r.id} mono size="xs" />
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {r.title}
                </Text>
                {r.title === t(`kind.${r.kind}`) ? null : (
                  <Badge size="xs" variant="light" color="gray">
                    {t(`kindShort.${r.kind}`)}
                  </Badge>
                )}
              </Table.Td>
              {props.showCase ? (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.caseReference}</Table.Td>
              ) : null}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(r.generatedAt)}</Table.Td>
              <Table.Td>{r.generatedBy}</Table.Td>
              <Table.Td ta="end">{format.number(r.pages)}</Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {format.bytes(r.bytes)}
              </Table.Td>
              <Table.Td>
                <CopyValue
                  value={r.sha256}
                  shown={`${r.sha256.slice(0, 12)}…`}
                  mono
                  size="xs"
                  label={t('register.copySha')}
                />
              </Table.Td>
              <Table.Td ta="end">{format.number(r.generations)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
