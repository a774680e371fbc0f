import { Grid, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import {
  DEFAULT_BASE_CURRENCY,
  type ExchangeRateRecord,
} from '../../../../../shared/domain/finance';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { localIsoDate } from '../../../components/data/dates';
import { EditConflictAlert } from '../../../components/data/EditConflictAlert';
import { FieldErrors } from '../../../components/data/FieldErrors';
import { formKeys } from '../../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../../components/data/form-modal';
import { FormFooter } from '../../../components/data/FormFooter';
import { useDiscardGuard } from '../../../components/data/useDiscardGuard';
import { useFocusFirstError } from '../../../components/data/useFocusFirstError';
import type { InputIssue } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { CURRENCIES } from '../../seizures/money';
import { claimFieldErrors } from '../form-values';
import { typedDecimal } from '../money-format';
import { useMoneyText } from '../money-text';

interface RateValues {
  date: string;
  currency: string | null;
  base: string;
  rate: string;
  source: string;
}

const valuesOf = (r: ExchangeRateRecord | null): RateValues => ({
  date: r?.date ?? localIsoDate(),
  currency: r?.currency ?? null,
  base: r?.base ?? DEFAULT_BASE_CURRENCY,
  rate: r?.rate ?? '',
  source: r?.source ?? '',
});

/** One rate of the table: 1 unit of a currency in the base currency (EUR) on a day, and whose. */
export function RateFormModal(props: {
  rate: ExchangeRateRecord | null;
  onSaved: () => void;
  onClosed: () => void;
}) {
  const { rate } = props;
  const t = useMoneyText();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(rate?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const form = useForm<RateValues>({ mode: 'controlled', initialValues: valuesOf(rate) });
  const v = form.values;

  const close = () => void guard(form.isDirty(), () => setOpened(false));
  const claim = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = claimFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: RateValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const typed = values.rate.trim();
    const fields = {
      date: values.date.trim(),
      currency: values.currency ?? '',
      base: values.base,
      rate: typedDecimal(typed) ?? typed,
      source: values.source.trim(),
    };
    const saved = rate
      ? await call(api.rate.update({ id: rate.id, version, fields }), claim)
      : await call(api.rate.add({ fields }), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(t(rate ? 'rates.saved' : 'rates.added'));
    setOpened(false);
    props.onSaved();
  };

  const reload = async () => {
    if (!rate) return;
    setReloading(true);
    const list = await call(api.rate.list({ currency: rate.currency, base: rate.base }));
    setReloading(false);
    const fresh = list?.find((r) => r.id === rate.id);
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
      size="34rem"
      title={rate ? t('rates.editTitle') : t('rates.addTitle')}
      data-testid="rate-modal"
    >
      <form
        ref={formRef}
        noValidate
        data-testid="rate-form"
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <Grid gap="sm">
            <Grid.Col span={6}>
              <TextInput
                type="date"
                label={t('rates.fields.date')}
                required
                data-autofocus
                {...form.getInputProps('date')}
                data-testid="rate-form-date"
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Select
                label={t('rates.fields.currency')}
                required
                data={CURRENCIES.filter((c) => c !== v.base)}
                searchable
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('currency')}
                data-testid="rate-form-currency"
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                label={t('rates.fields.rate', { base: v.base })}
                required
                inputMode="decimal"
                styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
                {...form.getInputProps('rate')}
                data-testid="rate-form-rate"
              />
              <Text size="xs" c="dimmed" mt={4}>
                {t('rates.rateHint', { currency: v.currency ?? '…', base: v.base })}
              </Text>
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                label={t('rates.fields.source')}
                placeholder={t('rates.sourcePlaceholder')}
                {...form.getInputProps('source')}
                data-testid="rate-form-source"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={rate ? t('common.save') : t('rates.addConfirm')}
            saveTestId="rate-form-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
