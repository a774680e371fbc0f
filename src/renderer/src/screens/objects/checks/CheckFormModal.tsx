import {
  Grid,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Input,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import { CHECK_RESULTS } from '../../../../../shared/domain/object';
import type { ExternalCheckView } from '../../../../../shared/domain/object-views';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { localIsoDate } from '../../../components/data/dates';
import { EditConflictAlert } from '../../../components/data/EditConflictAlert';
import { FieldErrors } from '../../../components/data/FieldErrors';
import { formKeys } from '../../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../../components/data/form-modal';
import { FormFooter } from '../../../components/data/FormFooter';
import { useDiscardGuard } from '../../../components/data/useDiscardGuard';
import { useEnumLabel, useVocabulary } from '../../../hooks/useVocabulary';
import { applyFieldErrors, type InputIssue } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { useObjectsText } from '../useObjectsText';
import { NoHitNotice } from './NoHitNotice';

interface CheckValues {
  database: string | null;
  checkedOn: string;
  checkedBy: string;
  queryKind: string;
  query: string;
  result: string;
  reference: string;
  note: string;
}

const QUERY_KINDS = ['text', 'image', 'text_and_image'];

/** Records a check against a database, or corrects one (version-aware like every record). */
export function CheckFormModal(props: {
  objectId: string;
  check: ExternalCheckView | null;
  onSaved: () => void;
  onClosed: () => void;
}) {
  const { check } = props;
  const t = useObjectsText();
  const label = useEnumLabel();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(check?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const valuesOf = (c: ExternalCheckView | null): CheckValues => ({
    database: c?.database ?? null,
    checkedOn: c?.checkedOn ?? localIsoDate(),
    checkedBy: c?.checkedBy ?? '',
    queryKind: c?.queryKind ?? 'text',
    query: c?.query ?? '',
    result: c?.result ?? 'no_hit',
    reference: c?.reference ?? '',
    note: c?.note ?? '',
  });
  const form = useForm<CheckValues>({ mode: 'controlled', initialValues: valuesOf(check) });
  const databases = useVocabulary(
    'check_database',
    form.values.database ? [form.values.database] : [],
  );

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    return outcome.claimed;
  };

  const save = async (v: CheckValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const fields = {
      ...v,
      database: v.database ?? '',
      certificateAttachmentId: check?.certificateAttachmentId ?? null,
    };
    const saved = check
      ? await call(api.object.updateCheck({ id: check.id, version, fields }), claim)
      : await call(api.object.addCheck({ objectId: props.objectId, fields }), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(t(check ? 'checks.saved' : 'checks.added'));
    setOpened(false);
    props.onSaved();
  };

  const reload = async () => {
    if (!check) return;
    setReloading(true);
    const view = await call(api.object.get({ id: props.objectId }));
    setReloading(false);
    const fresh = view?.checks.find((c) => c.id === check.id);
    if (!fresh) return;
    form.setInitialValues(valuesOf(fresh));
    form.setValues(valuesOf(fresh));
    setVersion(fresh.version);
    setConflict(false);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="44rem"
      title={check ? t('checks.editTitle') : t('checks.addTitle')}
      data-testid="check-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((v) => void save(v))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <NoHitNotice compact />
          <Grid gap="sm">
            <Grid.Col span={6}>
              <Select
                label={t('checks.database')}
                required
                data={databases.options}
                data-autofocus
                {...form.getInputProps('database')}
                data-testid="check-form-database"
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput
                type="date"
                label={t('checks.checkedOn')}
                required
                {...form.getInputProps('checkedOn')}
                data-testid="check-form-checkedOn"
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput
                label={t('checks.checkedBy')}
                required
                {...form.getInputProps('checkedBy')}
                data-testid="check-form-checkedBy"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Input.Wrapper label={t('checks.queryKind')}>
                <div>
                  <SegmentedControl
                    size="xs"
                    data={QUERY_KINDS.map((k) => ({ value: k, label: label('queryKind', k) }))}
                    {...form.getInputProps('queryKind')}
                    data-testid="check-form-queryKind"
                  />
                </div>
              </Input.Wrapper>
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('checks.query')}
                placeholder={t('checks.queryPlaceholder')}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps('query')}
                data-testid="check-form-query"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Input.Wrapper label={t('checks.result')} required error={form.errors['result']}>
                <div>
                  <SegmentedControl
                    data={CHECK_RESULTS.map((r) => ({ value: r, label: label('checkResult', r) }))}
                    color={
                      form.values.result === 'hit'
                        ? 'red'
                        : form.values.result === 'possible_match'
                          ? 'orange'
                          : 'gray'
                    }
                    value={form.values.result}
                    onChange={(r) => form.setFieldValue('result', r)}
                    data-testid="check-form-result"
                  />
                </div>
              </Input.Wrapper>
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                label={t('checks.reference')}
                placeholder={t('checks.referencePlaceholder')}
                {...form.getInputProps('reference')}
                data-testid="check-form-reference"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('checks.note')}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps('note')}
                data-testid="check-form-note"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={check ? t('checks.save') : t('checks.addConfirm')}
            saveTestId="check-form-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
