import {
  Checkbox,
  Grid,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import type { ObjectRecord } from '../../../../../shared/domain/object';
import type { SeizureSummary } from '../../../../../shared/domain/object-views';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { FieldErrors } from '../../../components/data/FieldErrors';
import { formKeys } from '../../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../../components/data/form-modal';
import { FormFooter } from '../../../components/data/FormFooter';
import { useDiscardGuard } from '../../../components/data/useDiscardGuard';
import { applyFieldErrors, type InputIssue } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { TypeSelects } from '../fields/TypeSelects';
import { mono } from '../object-marks';
import { useNumberSeparators } from '../fields/number-input';
import { useObjectsText } from '../useObjectsText';

interface NewObjectValues {
  exhibitNumber: string;
  typeL1: string | null;
  typeL2: string | null;
  title: string;
  seizureId: string | null;
  isLot: boolean;
  lotCount: number | string;
  description: string;
}

/**
 * A new object with what identifies it at seizure: exhibit number, type, title, seizure and, for
 * a lot (1,200 coins), the count. The full Object ID description follows on the object's page.
 */
export function NewObjectModal(props: {
  caseId: string;
  seizures: readonly SeizureSummary[];
  seizureId: string | null;
  onCreated: (record: ObjectRecord) => void;
  onClosed: () => void;
}) {
  const t = useObjectsText();
  const separators = useNumberSeparators();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const form = useForm<NewObjectValues>({
    mode: 'controlled',
    initialValues: {
      exhibitNumber: '',
      typeL1: null,
      typeL2: null,
      title: '',
      seizureId: props.seizureId,
      isLot: false,
      lotCount: '',
      description: '',
    },
  });
  const values = form.values;

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    // A taken exhibit number is ALREADY_EXISTS naming the field (checked before any UNIQUE index).
    if (error.details?.['field'] === 'exhibitNumber') {
      form.setFieldError('exhibitNumber', t('form.exhibitTaken'));
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    return outcome.claimed;
  };

  const save = async (v: NewObjectValues) => {
    if (busy) return;
    if (v.isLot && v.lotCount === '') {
      form.setFieldError('lotCount', t('form.lotCountNeeded'));
      return;
    }
    setBusy(true);
    setUnplaced([]);
    const created = await call(
      api.object.create({
        caseId: props.caseId,
        fields: {
          exhibitNumber: v.exhibitNumber,
          typeL1: v.typeL1 ?? '',
          typeL2: v.typeL2,
          title: v.title,
          seizureId: v.seizureId,
          lotCount: v.isLot ? Number(v.lotCount) : null,
          description: v.description,
        },
      }),
      claim,
    );
    setBusy(false);
    if (!created) return;
    notify.success(t('form.created', { exhibit: created.exhibitNumber }));
    setOpened(false);
    props.onCreated(created);
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
      title={t('form.newTitle')}
      data-testid="object-new-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((v) => void save(v))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
        data-testid="object-new-form"
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('form.newIntro')}
          </Text>
          <Grid gap="md">
            <Grid.Col span={4}>
              <TextInput
                label={t('fields.exhibitNumber')}
                description={t('form.exhibitHint')}
                required
                autoComplete="off"
                spellCheck={false}
                data-autofocus
                styles={{ input: mono }}
                {...form.getInputProps('exhibitNumber')}
                data-testid="object-new-exhibitNumber"
              />
            </Grid.Col>
            <Grid.Col span={8}>
              <TextInput
                label={t('fields.title')}
                description={t('form.titleHint')}
                {...form.getInputProps('title')}
                data-testid="object-new-title"
              />
            </Grid.Col>
            <TypeSelects
              typeL1={values.typeL1}
              typeL2={values.typeL2}
              onChange={(typeL1, typeL2) => form.setValues({ typeL1, typeL2 })}
              errors={{ typeL1: form.errors['typeL1'], typeL2: form.errors['typeL2'] }}
              testIdPrefix="object-new"
            />
            <Grid.Col span={6}>
              <Select
                label={t('fields.seizure')}
                placeholder={t('form.noSeizure')}
                data={props.seizures.map((s) => ({ value: s.id, label: s.reference }))}
                allowDeselect
                clearable
                searchable
                {...form.getInputProps('seizureId')}
                data-testid="object-new-seizure"
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Group gap="sm" align="flex-end" wrap="nowrap" h="100%">
                <Checkbox
                  label={t('form.isLot')}
                  mb={8}
                  {...form.getInputProps('isLot', { type: 'checkbox' })}
                  data-testid="object-new-isLot"
                />
                <NumberInput
                  aria-label={t('fields.lotCount')}
                  placeholder={t('form.lotCountPlaceholder')}
                  disabled={!values.isLot}
                  min={2}
                  allowDecimal={false}
                  allowNegative={false}
                  {...separators}
                  w={150}
                  {...form.getInputProps('lotCount')}
                  data-testid="object-new-lotCount"
                />
              </Group>
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('fields.description')}
                placeholder={t('form.descriptionPlaceholder')}
                autosize
                minRows={3}
                maxRows={8}
                {...form.getInputProps('description')}
                data-testid="object-new-description"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} testId="object-new-unplaced" />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={t('form.create')}
            saveTestId="object-new-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
