import { Alert, Button, Group, Menu, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import {
  IconAlertCircle,
  IconChevronDown,
  IconCircleCheck,
  IconFileExport,
  IconFileImport,
  IconFileSpreadsheet,
  IconReplace,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { CatalogueImportResult } from '../../../../../shared/domain/indicator';
import { api } from '../../../api';
import { localIsoDate } from '../../../components/data/dates';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { catalogueIssues, type CatalogueIssue } from './catalogue-issues';
import { useIndicatorsText } from './indicators-text';

type Outcome =
  | { kind: 'imported'; result: CatalogueImportResult }
  | { kind: 'refused'; issues: CatalogueIssue[] };

/**
 * "Import / export": load a catalogue file as a new version, replacing the current catalogue or
 * extending it (what was added, changed and unchanged; or every problem of a refused file, by row
 * and field), and write the version on screen as JSON or CSV.
 */
export function CatalogueFileMenu(props: {
  /** The version on screen (what Export writes). */
  versionId: string | null;
  onImported: (result: CatalogueImportResult) => void;
}) {
  const t = useIndicatorsText();
  const call = useIpc();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [opened, setOpened] = useState(false);

  const show = (next: Outcome) => {
    setOutcome(next);
    setOpened(true);
  };

  const runImport = async (mode: 'replace' | 'extend') => {
    if (busy) return;
    const chosen = await call(api.dialog.openIndicators({}));
    if (!chosen?.path) return;
    setBusy(true);
    const result = await call(api.indicator.import({ path: chosen.path, mode }), (error) => {
      const issues = catalogueIssues(error);
      if (!issues) return false;
      show({ kind: 'refused', issues });
      return true;
    });
    setBusy(false);
    if (!result) return;
    show({ kind: 'imported', result });
    props.onImported(result);
  };

  const runExport = async (format: 'json' | 'csv') => {
    if (busy) return;
    const chosen = await call(
      api.dialog.saveIndicators({
        suggestedName: `indicators-${localIsoDate()}.${format}`,
        format,
      }),
    );
    if (!chosen?.path) return;
    setBusy(true);
    const written = await call(
      api.indicator.export({
        path: chosen.path,
        format,
        ...(props.versionId ? { versionId: props.versionId } : {}),
      }),
    );
    setBusy(false);
    if (written) notify.success(t('file.exported', { count: written.count, path: written.path }));
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            loading={busy}
            rightSection={<IconChevronDown size={14} />}
            data-testid="indicators-file-menu"
          >
            {t('file.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconReplace size={16} />}
            onClick={() => void runImport('replace')}
            data-testid="indicators-import-replace"
          >
            <Text size="sm">{t('file.importReplace')}</Text>
            <Text size="xs" c="dimmed">
              {t('file.importReplaceHint')}
            </Text>
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileImport size={16} />}
            onClick={() => void runImport('extend')}
            data-testid="indicators-import-extend"
          >
            <Text size="sm">{t('file.importExtend')}</Text>
            <Text size="xs" c="dimmed">
              {t('file.importExtendHint')}
            </Text>
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconFileExport size={16} />}
            onClick={() => void runExport('json')}
            data-testid="indicators-export-json"
          >
            {t('file.exportJson')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void runExport('csv')}
            data-testid="indicators-export-csv"
          >
            {t('file.exportCsv')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        size="xl"
        title={outcome?.kind === 'refused' ? t('file.refusedTitle') : t('file.resultTitle')}
        data-testid="indicators-import-modal"
      >
        {outcome?.kind === 'imported' ? (
          <ImportedBody result={outcome.result} />
        ) : outcome?.kind === 'refused' ? (
          <RefusedBody issues={outcome.issues} />
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button onClick={() => setOpened(false)} data-testid="indicators-import-close">
            {t('file.close')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

function ImportedBody(props: { result: CatalogueImportResult }) {
  const t = useIndicatorsText();
  const { version, added, changed, unchanged } = props.result;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} />}
      title={t('file.newVersion', { number: version.number })}
      data-testid="indicators-import-done"
    >
      <Group gap="lg">
        <Text size="sm" data-testid="indicators-import-added">
          {t('file.added', { count: added })}
        </Text>
        <Text size="sm" data-testid="indicators-import-changed">
          {t('file.changed', { count: changed })}
        </Text>
        <Text size="sm" data-testid="indicators-import-unchanged">
          {t('file.unchanged', { count: unchanged })}
        </Text>
      </Group>
    </Alert>
  );
}

function RefusedBody(props: { issues: readonly CatalogueIssue[] }) {
  const t = useIndicatorsText();
  const where = (issue: CatalogueIssue) =>
    [
      issue.row !== null ? t('file.row', { row: issue.row }) : null,
      issue.index !== null ? t('file.item', { index: issue.index }) : null,
    ]
      .filter(Boolean)
      .join(' · ') || t('file.wholeFile');
  return (
    <Stack gap="md" data-testid="indicators-import-refused">
      <Alert
        color="red"
        variant="filled"
        icon={<IconAlertCircle size={18} />}
        title={t('file.refusedTitle')}
      >
        <Text size="sm">{t('file.refusedText')}</Text>
      </Alert>
      <ScrollArea.Autosize mah="50vh" type="auto" offsetScrollbars>
        <Table striped verticalSpacing={4} data-testid="indicators-import-issues">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="11rem">{t('file.where')}</Table.Th>
              <Table.Th w="20%">{t('file.field')}</Table.Th>
              <Table.Th>{t('file.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.issues.map((issue, i) => (
              <Table.Tr
                key={i}
                data-testid="indicators-import-issue"
                data-row={issue.row ?? undefined}
              >
                <Table.Td>
                  <Text size="sm" c="red.8" fw={600}>
                    {where(issue)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {issue.field || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{issue.message}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
