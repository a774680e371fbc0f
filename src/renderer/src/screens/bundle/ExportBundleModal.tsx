import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconCircleCheck, IconFileExport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/domain/case';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { PathLine } from '../../components/PathLine';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { useBundleText } from './useBundleText';

type Exported = ChannelOutput<'bundle:export'>;
type Attachments = 'inline' | 'files';

/** A file name from case references: "ITCG-2025-0044.json", slashes and the like replaced. */
export function bundleFileName(references: readonly string[]): string {
  const base =
    references.length === 1 ? references[0] : `${references[0]} +${references.length - 1}`;
  return `${(base ?? 'cases').replace(/[\\/:*?"<>|]+/g, '-')}.json`;
}

/**
 * Exports cases as a bundle for another unit: which cases, files inside the JSON or beside it,
 * then where (the save dialog). Shows what was written; an existing file is never overwritten.
 */
export function ExportBundleModal(props: { caseIds: readonly string[]; onClosed: () => void }) {
  const t = useBundleText();
  const { t: common } = useTranslation();
  const call = useIpc();
  const format = useFormat();
  const [opened, setOpened] = useState(true);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [chosen, setChosen] = useState<string[]>([...props.caseIds]);
  const [attachments, setAttachments] = useState<Attachments>('inline');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Exported | null>(null);

  useEffect(() => {
    void call(api.case.list({ sort: 'reference', direction: 'asc' })).then((list) => {
      if (list) setCases(list);
    });
  }, [call]);

  const close = () => setOpened(false);

  const exportTo = async () => {
    if (busy || chosen.length === 0) return;
    setBusy(true);
    const references = chosen.map((id) => cases.find((c) => c.id === id)?.reference ?? id);
    const target = await call(api.dialog.saveBundle({ suggestedName: bundleFileName(references) }));
    if (!target?.path) {
      setBusy(false);
      return;
    }
    const written = await call(
      api.bundle.export({ caseIds: chosen, path: target.path, attachments }),
    );
    setBusy(false);
    if (written) setDone(written);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      zIndex={FORM_MODAL_Z_INDEX}
      size="lg"
      title={t('export.title')}
      data-testid="bundle-export-modal"
    >
      {done ? (
        <Stack gap="md" data-testid="bundle-export-done">
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck size={18} />}
            title={t('export.doneTitle')}
          >
            <Text size="sm">
              {t('export.doneText', {
                cases: format.number(done.cases),
                objects: format.number(done.objects),
                attachments: format.number(done.attachments),
                size: format.bytes(done.bytes),
              })}
            </Text>
          </Alert>
          <PathLine path={done.file} testId="bundle-export-file" />
          {attachments === 'files' && done.attachments > 0 ? (
            <Text size="sm" c="dimmed">
              {t('export.sideFiles')}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button onClick={close} data-testid="bundle-export-close">
              {t('close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="gray.7">
            {t('export.intro')}
          </Text>
          <MultiSelect
            label={t('export.cases')}
            data={cases.map((c) => ({ value: c.id, label: `${c.reference} — ${c.title}` }))}
            value={chosen}
            onChange={setChosen}
            searchable
            hidePickedOptions
            comboboxProps={{ withinPortal: true }}
            error={chosen.length === 0 ? t('export.pickCase') : undefined}
            data-testid="bundle-export-cases"
          />
          <Radio.Group
            label={t('export.files')}
            value={attachments}
            onChange={(v) => setAttachments(v === 'files' ? 'files' : 'inline')}
          >
            <SimpleGrid cols={2} mt={6} spacing="sm">
              <Radio.Card value="inline" p="sm" radius="sm" data-testid="bundle-export-inline">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator />
                  <div>
                    <Text size="sm" fw={600}>
                      {t('export.inline')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('export.inlineHint')}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
              <Radio.Card value="files" p="sm" radius="sm" data-testid="bundle-export-files">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator />
                  <div>
                    <Text size="sm" fw={600}>
                      {t('export.sideFilesOption')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('export.sideFilesHint')}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            </SimpleGrid>
          </Radio.Group>
          <Text size="xs" c="dimmed">
            {t('export.sensitive')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {common('common.cancel')}
            </Button>
            <Button
              leftSection={<IconFileExport size={16} />}
              onClick={() => void exportTo()}
              loading={busy}
              disabled={chosen.length === 0}
              data-testid="bundle-export-save"
            >
              {t('export.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
