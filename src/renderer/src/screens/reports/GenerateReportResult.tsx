/** The report dialog's outcome: report ID, pages, size, SHA-256 and file name, each to copy. */
import { Alert, Button, Group, Stack, Table } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReportRecord } from '../../../../shared/domain/report';
import { useFormat } from '../../i18n/useFormat';
import { CopyValue } from './CopyValue';
import { useReportsText } from './reports-text';

/** The generated report in place of the form; "another" returns to the form. */
export function GenerateReportResult(props: {
  report: ReportRecord;
  onAnother: () => void;
  onClose: () => void;
}) {
  const t = useReportsText();
  const format = useFormat();
  const r = props.report;
  return (
    <Stack gap="md" data-testid="report-result">
      <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('generate.done')}>
        {r.title}
      </Alert>
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>{t('result.id')}</Table.Th>
            <Table.Td>
              <CopyValue value={r.id} mono testId="report-result-id" />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('result.pages')}</Table.Th>
            <Table.Td data-testid="report-result-pages">{format.number(r.pages)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('result.size')}</Table.Th>
            <Table.Td>{format.bytes(r.bytes)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('result.sha256')}</Table.Th>
            <Table.Td>
              <CopyValue value={r.sha256} mono size="xs" testId="report-result-sha" />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('result.file')}</Table.Th>
            <Table.Td>
              <CopyValue value={r.fileName} testId="report-result-file" />
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onAnother} data-testid="report-another">
          {t('generate.another')}
        </Button>
        <Button onClick={props.onClose} data-testid="report-close" data-autofocus>
          {t('generate.close')}
        </Button>
      </Group>
    </Stack>
  );
}
