import {
  Alert,
  Grid,
  Input,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { CUSTODY_ACTIONS, SEAL_CHECKS } from '../../../../../shared/domain/object';
import type { CustodyCurrent, CustodyEntryView } from '../../../../../shared/domain/object-views';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { localIsoDateTime } from '../../../components/data/dates';
import { FieldErrors } from '../../../components/data/FieldErrors';
import { formKeys } from '../../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../../components/data/form-modal';
import { FormFooter } from '../../../components/data/FormFooter';
import { useDiscardGuard } from '../../../components/data/useDiscardGuard';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { applyFieldErrors, type InputIssue } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { useObjectsText } from '../useObjectsText';
import { REQUIRES_LOCATION, REQUIRES_TO } from './custody-format';

interface CustodyValues {
  action: string;
  at: string;
  from: string;
  to: string;
  location: string;
  purpose: string;
  authority: string;
  condition: string;
  sealCheck: string;
  newSealNumber: string;
  note: string;
}

/**
 * A new entry of the custody log, or the correction of one (prefilled with it): entries are
 * never changed, the correction is appended and counts instead. The fields an action needs are
 * marked required as the action is chosen; main holds the rule and names the field it misses.
 */
export function CustodyFormModal(props: {
  objectId: string;
  exhibit: string;
  current: CustodyCurrent | null;
  correcting: CustodyEntryView | null;
  onSaved: () => void;
  onClosed: () => void;
}) {
  const { correcting } = props;
  const t = useObjectsText();
  const label = useEnumLabel();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  // After the render that shows main's answer: the first field it refused.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [focusRequest]);
  const form = useForm<CustodyValues>({
    mode: 'controlled',
    initialValues: correcting
      ? {
          action: correcting.action,
          at: correcting.at,
          from: correcting.from,
          to: correcting.to,
          location: correcting.location,
          purpose: correcting.purpose,
          authority: correcting.authority,
          condition: correcting.condition,
          sealCheck: correcting.sealCheck,
          newSealNumber: correcting.newSealNumber,
          note: correcting.note,
        }
      : {
          action: props.current ? 'transfer' : 'collect',
          at: localIsoDateTime(),
          from: props.current?.custodian ?? '',
          to: '',
          location: '',
          purpose: '',
          authority: '',
          condition: '',
          sealCheck: props.current?.sealNumber ? 'intact' : 'not_applicable',
          newSealNumber: '',
          note: '',
        },
  });
  const v = form.values;
  const needsTo = REQUIRES_TO.includes(v.action);
  const needsLocation = REQUIRES_LOCATION.includes(v.action);
  const needsSeal = v.sealCheck === 'broken' && v.note.trim() === '';

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) setFocusRequest((n) => n + 1);
    return outcome.claimed;
  };

  const save = async (values: CustodyValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const result = await call(
      api.object.addCustody({
        objectId: props.objectId,
        fields: { ...values, correctsEntryId: correcting?.id ?? null },
      }),
      claim,
    );
    setBusy(false);
    if (!result) return;
    notify.success(
      correcting
        ? t('custody.corrected', { seq: correcting.seq, newSeq: result.entry.seq })
        : t('custody.added', { seq: result.entry.seq }),
    );
    setOpened(false);
    props.onSaved();
  };

  const text = (
    field: keyof CustodyValues,
    extra: { required?: boolean; placeholder?: string } = {},
  ) => ({
    label: t(`custody.${field}`),
    ...extra,
    ...form.getInputProps(field),
    'data-testid': `custody-form-${field}`,
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="48rem"
      title={
        correcting
          ? t('custody.correctTitle', { seq: correcting.seq, exhibit: props.exhibit })
          : t('custody.addTitle', { exhibit: props.exhibit })
      }
      data-testid="custody-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {correcting ? (
            <Alert
              color="steel"
              variant="light"
              icon={<IconInfoCircle size={18} />}
              data-testid="custody-correct-notice"
            >
              {t('custody.correctNotice', { seq: correcting.seq })}
            </Alert>
          ) : null}
          <Grid gap="sm">
            <Grid.Col span={6}>
              <Select
                label={t('custody.action')}
                required
                data={CUSTODY_ACTIONS.map((a) => ({ value: a, label: label('custodyAction', a) }))}
                data-autofocus
                {...form.getInputProps('action')}
                data-testid="custody-form-action"
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                type="datetime-local"
                label={t('custody.at')}
                description={t('custody.atHint')}
                required
                {...form.getInputProps('at')}
                data-testid="custody-form-at"
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput {...text('from', { placeholder: t('custody.fromPlaceholder') })} />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                {...text('to', { required: needsTo, placeholder: t('custody.toPlaceholder') })}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                {...text('location', {
                  required: needsLocation,
                  placeholder: t('custody.locationPlaceholder'),
                })}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput {...text('purpose', { placeholder: t('custody.purposePlaceholder') })} />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                {...text('authority', { placeholder: t('custody.authorityPlaceholder') })}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                {...text('condition', { placeholder: t('custody.conditionPlaceholder') })}
              />
            </Grid.Col>
            <Grid.Col span={7}>
              <Input.Wrapper label={t('custody.sealCheck')}>
                <div>
                  <SegmentedControl
                    size="xs"
                    data={SEAL_CHECKS.map((s) => ({ value: s, label: label('sealCheck', s) }))}
                    color={
                      v.sealCheck === 'broken' ? 'red' : v.sealCheck === 'intact' ? 'teal' : 'gray'
                    }
                    value={v.sealCheck}
                    onChange={(s) => form.setFieldValue('sealCheck', s)}
                    data-testid="custody-form-sealCheck"
                  />
                </div>
              </Input.Wrapper>
            </Grid.Col>
            <Grid.Col span={5}>
              <TextInput
                label={t('custody.newSealNumber')}
                required={needsSeal}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                {...form.getInputProps('newSealNumber')}
                data-testid="custody-form-newSealNumber"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('custody.note')}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps('note')}
                data-testid="custody-form-note"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={correcting ? t('custody.saveCorrection') : t('custody.addConfirm')}
            saveTestId="custody-form-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
