import { Grid, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import { ACCOUNT_KINDS, CRYPTO_CHAINS } from '../../../../../shared/domain/finance';
import type { AccountView } from '../../../../../shared/domain/finance-views';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
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
import { useCountries } from '../../objects/fields/countries';
import { errorsUnder } from '../../provenance/form-support';
import { CURRENCIES } from '../../seizures/money';
import { PartyRefField } from '../../seizures/PartyRefField';
import { claimFieldErrors } from '../form-values';
import { GradingField } from '../GradingField';
import { chainName } from '../money-format';
import { useMoneyText } from '../money-text';
import {
  accountFields,
  accountValues,
  ibanCountry,
  newAccountValues,
  type AccountFormValues,
} from './account-form';
import { IbanInput } from './IbanInput';

const PARTY_PATHS = ['holder', 'institution'];

/**
 * An account of the case, new or corrected: a bank account (IBAN checked as it is typed, the
 * country read from it), a card, an e-wallet or a crypto wallet (chain and address), its holder
 * and bank, the documents that show it and the grade of that information.
 */
export function AccountFormModal(props: {
  caseId: string;
  account: AccountView | null;
  onSaved: (account: AccountView) => void;
  onClosed: () => void;
}) {
  const { account } = props;
  const t = useMoneyText();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const countries = useCountries();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(account?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const form = useForm<AccountFormValues>({
    mode: 'controlled',
    initialValues: account ? accountValues(account) : newAccountValues(),
  });
  const v = form.values;
  const crypto = v.kind === 'crypto';
  const derivedCountry = ibanCountry(v.iban);

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

  const save = async (values: AccountFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const fields = accountFields(values);
    const saved = account
      ? await call(api.account.update({ id: account.id, version, fields }), claim)
      : await call(api.account.add({ caseId: props.caseId, fields }), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(t(account ? 'accounts.saved' : 'accounts.added'));
    setOpened(false);
    props.onSaved(saved);
  };

  const reload = async () => {
    if (!account) return;
    setReloading(true);
    const fresh = await call(api.account.get({ id: account.id }));
    setReloading(false);
    if (!fresh) return;
    const values = accountValues(fresh);
    form.setInitialValues(values);
    form.setValues(values);
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
      size="52rem"
      title={account ? t('accounts.editTitle', { label: account.label }) : t('accounts.addTitle')}
      data-testid="account-modal"
    >
      <form
        ref={formRef}
        noValidate
        data-testid="account-form"
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('accounts.fields.kind')}
                data={ACCOUNT_KINDS.map((k) => ({ value: k, label: t(`accountKinds.${k}`) }))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('kind')}
                data-testid="account-form-kind"
              />
            </Grid.Col>
            {crypto ? (
              <>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <Select
                    label={t('accounts.fields.chain')}
                    required
                    data={CRYPTO_CHAINS.map((c) => ({
                      value: c,
                      label: chainName(c) ?? t('accounts.otherChain'),
                    }))}
                    comboboxProps={{ withinPortal: true }}
                    {...form.getInputProps('chain')}
                    data-testid="account-form-chain"
                  />
                </Grid.Col>
                <Grid.Col span={12}>
                  <TextInput
                    label={t('accounts.fields.address')}
                    required
                    styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                    spellCheck={false}
                    {...form.getInputProps('address')}
                    data-testid="account-form-address"
                  />
                </Grid.Col>
              </>
            ) : (
              <>
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <IbanInput
                    value={v.iban}
                    onChange={(iban) => form.setFieldValue('iban', iban)}
                    error={form.errors['iban']}
                    autoFocus
                    testId="account-form-iban"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <TextInput
                    label={t('accounts.fields.bic')}
                    placeholder="BKCHRSBG"
                    styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                    spellCheck={false}
                    {...form.getInputProps('bic')}
                    data-testid="account-form-bic"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 5 }}>
                  <TextInput
                    label={t('accounts.fields.accountNumber')}
                    placeholder={t('accounts.accountNumberHint')}
                    {...form.getInputProps('accountNumber')}
                    data-testid="account-form-accountNumber"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <Select
                    label={t('accounts.fields.country')}
                    data={countries.options}
                    searchable
                    clearable
                    disabled={derivedCountry !== null}
                    comboboxProps={{ withinPortal: true }}
                    {...form.getInputProps('country')}
                    value={derivedCountry ?? v.country}
                    data-testid="account-form-country"
                  />
                </Grid.Col>
              </>
            )}
            <Grid.Col span={12}>
              <PartyRefField
                form={form}
                path="holder"
                value={v.holder}
                label={t('accounts.fields.holder')}
                testId="account-form-holder"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <PartyRefField
                form={form}
                path="institution"
                value={v.institution}
                label={crypto ? t('accounts.fields.exchange') : t('accounts.fields.institution')}
                testId="account-form-institution"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('accounts.fields.currency')}
                data={[...CURRENCIES]}
                searchable
                clearable
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('currency')}
                data-testid="account-form-currency"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                label={t('accounts.fields.openedOn')}
                placeholder={t('common.partialDatePlaceholder')}
                {...form.getInputProps('openedOn')}
                data-testid="account-form-openedOn"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                label={t('accounts.fields.closedOn')}
                placeholder={t('common.partialDatePlaceholder')}
                {...form.getInputProps('closedOn')}
                data-testid="account-form-closedOn"
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
                testId="account-form-sources"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <GradingField
                value={v.grading}
                onChange={(grading) => form.setFieldValue('grading', grading)}
                errors={form.errors}
                testId="account-form-grading"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('common.notes')}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps('notes')}
                data-testid="account-form-notes"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={account ? t('common.save') : t('accounts.addConfirm')}
            saveTestId="account-form-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
