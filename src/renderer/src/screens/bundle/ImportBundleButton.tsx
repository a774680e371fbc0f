import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { sectionCounts } from './bundle-sections';
import { useBundleText } from './useBundleText';

type Imported = ChannelOutput<'bundle:import'>;
interface Issue {
  path: string;
  message: string;
}
type Outcome =
  | { kind: 'imported'; report: Imported }
  | { kind: 'refused'; issues: Issue[]; total: number; message: string };

/** The problems of a refused bundle, by JSON path (`objects[3].typeL1`); main lists every one. */
export function refusalIssues(error: IpcError): Issue[] {
  const raw = error.details?.['issues'];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((i: unknown) => {
    if (typeof i !== 'object' || i === null) return [];
    const { path, message } = i as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    const where = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
    return [{ path: where, message }];
  });
}

/**
 * "Import case bundle…": pick the file, import it all or nothing. A refused bundle shows every
 * problem with its place in the file; an accepted one what was added and what was already here.
 */
export function ImportBundleButton(props: { onImported: () => void }) {
  const t = useBundleText();
  const call = useIpc();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [opened, setOpened] = useState(false);

  const run = async () => {
    if (busy) return;
    const chosen = await call(api.dialog.openBundle({}));
    if (!chosen?.path) return;
    setBusy(true);
    const report = await call(api.bundle.import({ path: chosen.path }), (error) => {
      if (error.code !== CaseFileErrorCode.InvalidInput) return false;
      const issues = refusalIssues(error);
      const total = Number(error.details?.['total']);
      setOutcome({
        kind: 'refused',
        issues,
        total: Number.isFinite(total) && total > 0 ? total : issues.length,
        message: error.message,
      });
      setOpened(true);
      return true;
    });
    setBusy(false);
    if (!report) return;
    setOutcome({ kind: 'imported', report });
    setOpened(true);
    props.onImported();
  };

  const counts = (title: string, values: Record<string, number>, testId: string) => {
    const rows = sectionCounts(t, values);
    return (
      <Stack gap={4} data-testid={testId}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('import.none')}
          </Text>
        ) : (
          <Table withRowBorders={false} verticalSpacing={2}>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    <Text size="sm">{r.label}</Text>
                  </Table.Td>
                  <Table.Td ta="end" w="6rem">
                    <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.number(r.count)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    );
  };

  return (
    <>
      <Tooltip label={t('import.tooltip')}>
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} />}
          onClick={() => void run()}
          loading={busy}
          data-testid="bundle-import"
        >
          {t('import.button')}
        </Button>
      </Tooltip>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        size="xl"
        title={t('import.title')}
        data-testid="bundle-import-modal"
      >
        {outcome?.kind === 'imported' ? (
          <Stack gap="md" data-testid="bundle-import-done">
            <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
              <Text size="sm">{t('import.doneText')}</Text>
            </Alert>
            <Group align="flex-start" grow>
              {counts(t('import.created'), outcome.report.created, 'bundle-import-created')}
              {counts(t('import.unchanged'), outcome.report.unchanged, 'bundle-import-unchanged')}
            </Group>
          </Stack>
        ) : outcome?.kind === 'refused' ? (
          <Stack gap="md" data-testid="bundle-import-refused">
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              title={t('import.refusedTitle')}
            >
              <Text size="sm">{t('import.refusedText', { count: outcome.total })}</Text>
            </Alert>
            {outcome.issues.length === 0 ? (
              <Text size="sm">{outcome.message}</Text>
            ) : (
              <ScrollArea.Autosize mah="50vh" type="auto" offsetScrollbars>
                <Table striped verticalSpacing={4} data-testid="bundle-import-issues">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w="40%">{t('import.where')}</Table.Th>
                      <Table.Th>{t('import.problem')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {outcome.issues.map((issue, i) => (
                      <Table.Tr key={i} data-testid="bundle-import-issue">
                        <Table.Td>
                          <Code style={{ wordBreak: 'break-all' }}>
                            {issue.path || t('import.top')}
                          </Code>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{issue.message}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}
            {outcome.total > outcome.issues.length ? (
              <Text size="xs" c="dimmed">
                {t('import.moreIssues', { count: outcome.total - outcome.issues.length })}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button onClick={() => setOpened(false)} data-testid="bundle-import-close">
            {t('close')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
