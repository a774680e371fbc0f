import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  ScrollArea,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconAlertCircle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type {
  CatalogueImportResult,
  CatalogueVersion,
  Indicator,
} from '../../../../../shared/domain/indicator';
import type { IpcResult } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { RecordFormModal, useRecordForm } from '../../../components/data/RecordFormModal';
import { useDialog } from '../../../components/data/useDialog';
import { useIpc } from '../../../lib/useIpc';
import { enumLabel } from '../../../lib/vocab-label';
import {
  definitionOf,
  draftState,
  newDraft,
  toDraft,
  type DraftIndicator,
} from './catalogue-draft';
import { WeightDots } from './CatalogueView';
import { IndicatorFormModal } from './IndicatorFormModal';
import { useIndicatorsText } from './indicators-text';

interface EditorValues {
  /** The version the edit starts from; a newer one meanwhile is an EDIT_CONFLICT. */
  baseVersionId: string;
  name: string;
  indicators: DraftIndicator[];
}

/** The catalogue as the editor's record: a version (number as its "version") and its indicators. */
interface EditorRecord {
  id: string;
  version: number;
  catalogue: { version: CatalogueVersion; indicators: readonly Indicator[] };
  result: CatalogueImportResult | null;
}

const toValues = (r: EditorRecord): EditorValues => ({
  baseVersionId: r.catalogue.version.id,
  name: r.catalogue.version.name,
  indicators: r.catalogue.indicators.map(toDraft),
});

const recordOf = (catalogue: EditorRecord['catalogue']): EditorRecord => ({
  id: catalogue.version.id,
  version: catalogue.version.number,
  catalogue,
  result: null,
});

/** The errors of row `i` (form keys `indicators.<i>.<field>`), keyed by field. */
function rowErrors(errors: Record<string, unknown>, i: number): Record<string, string> {
  const prefix = `indicators.${i}.`;
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    if (key.startsWith(prefix) && message) out[key.slice(prefix.length)] = String(message);
  }
  return out;
}

/**
 * "Edit catalogue": the current version's indicators to add to, change or remove, saved together
 * as a new version (indicator:save-version). Main checks the whole list; each refusal is shown on
 * its row (and on its field when the row is opened). If someone made a newer version meanwhile,
 * nothing is saved and the editor offers to reload.
 */
export function CatalogueEditor(props: {
  catalogue: { version: CatalogueVersion; indicators: readonly Indicator[] };
  onSaved: (result: CatalogueImportResult) => void;
  onClosed: () => void;
}) {
  const t = useIndicatorsText();
  const { t: tAll } = useTranslation();
  const call = useIpc();
  const rowDialog = useDialog<{ index: number | null; draft: DraftIndicator }>();
  const state = useRecordForm<EditorValues, EditorRecord>({
    record: recordOf(props.catalogue),
    initialValues: () => toValues(recordOf(props.catalogue)),
    toValues,
    submit: async (values) => {
      const answer = await api.indicator.saveVersion({
        baseVersionId: values.baseVersionId,
        name: values.name,
        indicators: values.indicators.map(definitionOf),
      });
      return answer.ok
        ? ({
            ok: true,
            value: {
              id: answer.value.version.id,
              version: answer.value.version.number,
              catalogue: props.catalogue,
              result: answer.value,
            },
          } satisfies IpcResult<EditorRecord>)
        : answer;
    },
    fetchCurrent: async () => {
      const fresh = await call(api.indicator.catalogue({}));
      return fresh ? recordOf(fresh) : null;
    },
    savedMessage: t('editor.saved'),
    onSaved: (saved) => {
      if (saved.result) props.onSaved(saved.result);
    },
  });
  const { form } = state;
  const rows = form.values.indicators;
  const listError = form.errors['indicators'];

  const applied = (index: number | null, draft: DraftIndicator) => {
    if (index === null) {
      form.insertListItem('indicators', draft);
      return;
    }
    form.setFieldValue(`indicators.${index}`, draft);
    for (const key of Object.keys(rowErrors(form.errors, index))) {
      form.clearFieldError(`indicators.${index}.${key}`);
    }
  };

  const remove = (index: number) => {
    form.removeListItem('indicators', index);
    // Main's refusals named rows by position; after a removal they no longer fit.
    form.clearErrors();
  };

  return (
    <>
      <RecordFormModal
        state={state}
        title={t('editor.title', { number: props.catalogue.version.number })}
        saveLabel={t('editor.save')}
        testId="catalogue-editor"
        size="84rem"
        onClosed={props.onClosed}
      >
        <Text size="sm" c="dimmed">
          {t('editor.intro')}
        </Text>
        <Group align="flex-end" justify="space-between" gap="md">
          <TextInput
            label={t('editor.name')}
            required
            w={{ base: '100%', sm: 480 }}
            {...form.getInputProps('name')}
            data-testid="catalogue-editor-name"
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => rowDialog.open({ index: null, draft: newDraft() })}
            data-testid="catalogue-editor-add"
          >
            {t('editor.add')}
          </Button>
        </Group>
        {listError ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
            {String(listError)}
          </Alert>
        ) : null}
        <ScrollArea.Autosize mah="55vh" type="auto" offsetScrollbars>
          <Table verticalSpacing={6} layout="fixed" data-testid="catalogue-editor-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="5.5rem">{t('catalogue.code')}</Table.Th>
                <Table.Th w="11rem">{t('form.theme')}</Table.Th>
                <Table.Th>{t('catalogue.indicator')}</Table.Th>
                <Table.Th w="6.5rem">{t('catalogue.weight')}</Table.Th>
                <Table.Th w="5.5rem" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      {t('editor.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {rows.map((row, i) => {
                const errors = rowErrors(form.errors, i);
                const problems = Object.entries(errors);
                const status = draftState(row);
                return (
                  <Table.Tr
                    key={row.key}
                    data-testid="catalogue-editor-row"
                    data-code={row.code}
                    data-invalid={problems.length > 0 || undefined}
                    bg={problems.length > 0 ? 'var(--mantine-color-red-light)' : undefined}
                  >
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Group gap={4}>
                        <Text size="sm" fw={700} ff="monospace">
                          {row.code || '—'}
                        </Text>
                        {status !== 'same' ? (
                          <Badge
                            size="xs"
                            variant="light"
                            color={status === 'new' ? 'teal' : 'blue'}
                          >
                            {t(status === 'new' ? 'editor.newBadge' : 'editor.changedBadge')}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm">
                        {row.theme ? enumLabel(tAll, 'indicatorTheme', row.theme) : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm" lineClamp={2}>
                        {row.text}
                      </Text>
                      {problems.length > 0 ? (
                        <Text
                          size="xs"
                          c="red.8"
                          fw={600}
                          mt={4}
                          data-testid="catalogue-editor-row-error"
                        >
                          {t('editor.rowProblems')}{' '}
                          {problems.map(([field, message]) => `${field}: ${message}`).join('; ')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top', paddingTop: 10 }}>
                      {Number(row.weight) >= 1 ? <WeightDots weight={Number(row.weight)} /> : null}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Tooltip label={t('editor.editRow')} withinPortal>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${t('editor.editRow')} ${row.code}`}
                            onClick={() => rowDialog.open({ index: i, draft: row })}
                            data-testid="catalogue-editor-edit"
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('editor.remove')} withinPortal>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`${t('editor.remove')} ${row.code}`}
                            onClick={() => remove(i)}
                            data-testid="catalogue-editor-remove"
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </RecordFormModal>
      {rowDialog.state ? (
        <IndicatorFormModal
          key={rowDialog.state.key}
          draft={rowDialog.state.value.draft}
          isNew={rowDialog.state.value.index === null}
          others={rows}
          errors={
            rowDialog.state.value.index === null
              ? {}
              : rowErrors(form.errors, rowDialog.state.value.index)
          }
          onApplied={(draft) => applied(rowDialog.state?.value.index ?? null, draft)}
          onClosed={rowDialog.closed(rowDialog.state.key)}
        />
      ) : null}
    </>
  );
}
