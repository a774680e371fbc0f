import {
  Alert,
  Grid,
  Group,
  Modal,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFileImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import { PAYMENT_METHODS } from '../../../../../shared/domain/finance';
import type { AccountView, PaymentView } from '../../../../../shared/domain/finance-views';
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
import { DocumentSourcesField } from '../../documents/DocumentSourcesField';
import { errorsUnder } from '../../provenance/form-support';
import { CURRENCIES } from '../../seizures/money';
import { PartyRefField } from '../../seizures/PartyRefField';
import { claimFieldErrors } from '../form-values';
import { GradingField } from '../GradingField';
import { useMoneyText } from '../money-text';
import { accountOptions } from '../useCaseAccounts';
import {
  newPaymentValues,
  paymentFields,
  paymentValues,
  type PaymentFormValues,
} from './payment-form';

const PARTY_PATHS = ['payer', 'beneficiary'];

/**
 * A payment typed in from a document (a receipt, a contract, a witness), or one brought in from
 * a statement and corrected: who paid whom, from and to which account, how much in which
 * currency, how, for what, and what shows it.
 */
export function PaymentFormModal(props: {
  caseId: string;
  payment: PaymentView | null;
  accounts: readonly AccountView[] | null;
  onSaved: () => void;
  onClosed: () => void;
}) {
  const { payment } = props;
  const t = useMoneyText();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(payment?.version ?? 0);
  const [stored, setStored] = useState(payment);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const form = useForm<PaymentFormValues>({
    mode: 'controlled',
    initialValues: payment ? paymentValues(payment) : newPaymentValues(localIsoDate()),
  });
  const v = form.values;
  const accounts = accountOptions(props.accounts);

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = claimFieldErrors(form, error, PARTY_PATHS);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: PaymentFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const fields = paymentFields(values, stored);
    const saved = stored
      ? await call(api.payment.update({ id: stored.id, version, fields }), claim)
      : await call(api.payment.add({ caseId: props.caseId, fields }), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(t(stored ? 'payments.saved' : 'payments.added'));
    setOpened(false);
    props.onSaved();
  };

  const reload = async () => {
    if (!stored) return;
    setReloading(true);
    const fresh = await call(api.payment.get({ id: stored.id }));
    setReloading(false);
    if (!fresh) return;
    const values = paymentValues(fresh);
    form.setInitialValues(values);
    form.setValues(values);
    setVersion(fresh.version);
    setStored(fresh);
    setConflict(false);
  };

  const accountSelect = (path: 'payerAccountId' | 'beneficiaryAccountId', label: string) => (
    <Select
      label={label}
      placeholder={t('payments.form.noAccount')}
      data={accounts}
      searchable
      clearable
      comboboxProps={{ withinPortal: true }}
      {...form.getInputProps(path)}
      data-testid={`payment-form-${path}`}
    />
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="54rem"
      title={payment ? t('payments.form.editTitle') : t('payments.form.addTitle')}
      data-testid="payment-modal"
    >
      <form
        ref={formRef}
        noValidate
        data-testid="payment-form"
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          {stored?.importId && stored.row !== null ? (
            <Alert color="steel" variant="light" icon={<IconFileImport size={18} />} p="xs">
              {t('payments.form.importedFrom', { row: stored.row })}
            </Alert>
          ) : null}
          <Grid gap="sm">
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput
                type="date"
                label={t('payments.fields.date')}
                required
                data-autofocus
                {...form.getInputProps('date')}
                data-testid="payment-form-date"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput
                type="date"
                label={t('payments.fields.valueDate')}
                {...form.getInputProps('valueDate')}
                data-testid="payment-form-valueDate"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <TextInput
                  label={t('payments.fields.amount')}
                  description={t('payments.form.amountHint')}
                  required
                  inputMode="decimal"
                  style={{ flex: 1 }}
                  styles={{ input: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' } }}
                  {...form.getInputProps('amount.amount')}
                  data-testid="payment-form-amount"
                />
                <Select
                  label={t('payments.fields.currency')}
                  description=" "
                  w={96}
                  data={[...CURRENCIES]}
                  searchable
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                  {...form.getInputProps('amount.currency')}
                  data-testid="payment-form-currency"
                />
              </Group>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <PartyRefField
                form={form}
                path="payer"
                value={v.payer}
                label={t('payments.fields.payer')}
                testId="payment-form-payer"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              {accountSelect('payerAccountId', t('payments.fields.payerAccount'))}
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <PartyRefField
                form={form}
                path="beneficiary"
                value={v.beneficiary}
                label={t('payments.fields.beneficiary')}
                testId="payment-form-beneficiary"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              {accountSelect('beneficiaryAccountId', t('payments.fields.beneficiaryAccount'))}
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('payments.fields.method')}
                data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('method')}
                data-testid="payment-form-method"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label={t('payments.fields.reference')}
                {...form.getInputProps('reference')}
                data-testid="payment-form-reference"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label={t('payments.fields.purpose')}
                {...form.getInputProps('purpose')}
                data-testid="payment-form-purpose"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TagsInput
                label={t('payments.fields.intermediaries')}
                description={t('payments.form.intermediariesHint')}
                {...form.getInputProps('intermediaries')}
                data-testid="payment-form-intermediaries"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <DocumentSourcesField
                caseId={props.caseId}
                label={t('common.sources')}
                value={v.sources}
                onChange={(sources) => form.setFieldValue('sources', sources)}
                error={form.errors['sources']}
                errors={errorsUnder(form.errors, 'sources')}
                testId="payment-form-sources"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <GradingField
                value={v.grading}
                onChange={(grading) => form.setFieldValue('grading', grading)}
                errors={form.errors}
                testId="payment-form-grading"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('common.notes')}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps('notes')}
                data-testid="payment-form-notes"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={payment ? t('common.save') : t('payments.form.addConfirm')}
            saveTestId="payment-form-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
