import {
  Checkbox,
  Grid,
  Group,
  Modal,
  SegmentedControl,
  Input,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import { CERTAINTY } from '../../../../shared/domain/common';
import type { DocumentView } from '../../../../shared/domain/document';
import {
  AGENT_ROLES,
  EVENT_ASSESSMENTS,
  PROVENANCE_EVENT_GROUPS,
  type CitedPayment,
  type ProvenanceEventRecord,
} from '../../../../shared/domain/provenance';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { EditConflictAlert } from '../../components/data/EditConflictAlert';
import { FieldErrors } from '../../components/data/FieldErrors';
import { formKeys } from '../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { FormFooter } from '../../components/data/FormFooter';
import { useDiscardGuard } from '../../components/data/useDiscardGuard';
import { useFocusFirstError } from '../../components/data/useFocusFirstError';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { DocumentSourcesField } from '../documents/DocumentSourcesField';
import { useCountries } from '../objects/fields/countries';
import { CURRENCIES } from '../seizures/money';
import { PartyRefField } from '../seizures/PartyRefField';
import { DatePreview } from './DatePreview';
import {
  eventFields,
  eventValues,
  newEventValues,
  typedPrice,
  type EventFormValues,
} from './event-form';
import { errorsUnder, partyAwareTarget } from './form-support';
import { offersPayments, priceCheck } from './payment-links';
import { PriceCheckBadge } from './payment-marks';
import { PaymentCitationsField } from './PaymentCitationsField';
import { useProvenanceText } from './useProvenanceText';

const PARTY_PATHS = ['fromParty', 'toParty', 'agent'];
const ASSESSMENT_COLOR: Record<string, string> = {
  verified: 'teal',
  contradicted: 'orange',
  forged: 'red',
  unverified: 'gray',
};

/**
 * A provenance event, new (added at the end of the chain) or edited. The date is typed as the
 * source gives it; what Custodia reads from it is shown live underneath, before saving. A sale
 * (or another paid event) can cite the payments of the case that paid for it. Main checks
 * everything and names the field it refuses.
 */
export function EventFormModal(props: {
  objectId: string;
  caseId: string;
  event: ProvenanceEventRecord | null;
  parties: Readonly<Record<string, string>>;
  /** The payments the chain's events cite, by id (names resolved). */
  payments: Readonly<Record<string, CitedPayment>>;
  documents: readonly DocumentView[] | null;
  /** The event as stored now, for a reload after an edit conflict. */
  fetchCurrent: () => Promise<{
    event: ProvenanceEventRecord;
    parties: Record<string, string>;
    payments: Record<string, CitedPayment>;
  } | null>;
  onSaved: () => void;
  onClosed: () => void;
}) {
  const { event } = props;
  const t = useProvenanceText();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const countries = useCountries();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(event?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const [knownPayments, setKnownPayments] = useState(props.payments);
  const form = useForm<EventFormValues>({
    mode: 'controlled',
    initialValues: event ? eventValues(event, props.parties) : newEventValues(),
  });
  const v = form.values;
  const hasAgent = v.agent.partyId !== null || v.agent.name.trim() !== '';

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = applyFieldErrors(partyAwareTarget(form, PARTY_PATHS), error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: EventFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const fields = eventFields(values, event);
    const saved = event
      ? await call(api.provenance.updateEvent({ id: event.id, version, fields }), claim)
      : await call(api.provenance.addEvent({ objectId: props.objectId, fields }), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(t(event ? 'form.saved' : 'form.added'));
    setOpened(false);
    props.onSaved();
  };

  const reload = async () => {
    setReloading(true);
    const fresh = await props.fetchCurrent();
    setReloading(false);
    if (!fresh) return;
    const values = eventValues(fresh.event, fresh.parties);
    form.setInitialValues(values);
    form.setValues(values);
    setKnownPayments(fresh.payments);
    setVersion(fresh.event.version);
    setConflict(false);
  };

  const typeOptions = Object.entries(PROVENANCE_EVENT_GROUPS).map(([group, types]) => ({
    group: t(`groups.${group as keyof typeof PROVENANCE_EVENT_GROUPS}`),
    items: types.map((type) => ({ value: type, label: t(`eventTypes.${type}`) })),
  }));

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="54rem"
      title={event ? t('form.editTitle', { position: event.position }) : t('form.addTitle')}
      data-testid="event-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <Select
                label={t('fields.type')}
                placeholder={t('form.typePlaceholder')}
                required
                searchable
                data={typeOptions}
                maxDropdownHeight={360}
                comboboxProps={{ withinPortal: true }}
                // A new event starts with what happened; an edited one with its date (a focused
                // searchable select would open its list over the form).
                data-autofocus={event ? undefined : true}
                {...form.getInputProps('type')}
                data-testid="event-form-type"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <TextInput
                label={t('fields.date')}
                description={t('form.dateHint')}
                placeholder={t('form.datePlaceholder')}
                data-autofocus={event ? true : undefined}
                {...form.getInputProps('date')}
                data-testid="event-form-date"
              />
              <DatePreview text={v.date} testId="event-form-date-preview" />
            </Grid.Col>
            <Grid.Col span={12}>
              <PartyRefField
                form={form}
                path="fromParty"
                value={v.fromParty}
                label={t('fields.fromParty')}
                testId="event-form-fromParty"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <PartyRefField
                form={form}
                path="toParty"
                value={v.toParty}
                label={t('fields.toParty')}
                testId="event-form-toParty"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 9 }}>
              <PartyRefField
                form={form}
                path="agent"
                value={v.agent}
                label={t('fields.agent')}
                testId="event-form-agent"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                label={t('fields.agentRole')}
                placeholder={t('form.agentRolePlaceholder')}
                data={AGENT_ROLES.map((r) => ({ value: r, label: t(`agentRoles.${r}`) }))}
                clearable
                disabled={!hasAgent}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('agentRole')}
                data-testid="event-form-agentRole"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label={t('fields.placeAddress')}
                placeholder={t('form.placePlaceholder')}
                {...form.getInputProps('place.address')}
                data-testid="event-form-place-address"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('fields.placeCountry')}
                data={countries.options}
                searchable
                clearable
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('place.country')}
                data-testid="event-form-place-country"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <Select
                label={t('fields.certainty')}
                data={CERTAINTY.map((c) => ({ value: c, label: t(`certainty.${c}`) }))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('certainty')}
                data-testid="event-form-certainty"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <Checkbox
                mt={{ base: 0, sm: 30 }}
                label={t('fields.directTransfer')}
                description={t('fields.directTransferHint')}
                {...form.getInputProps('directTransfer', { type: 'checkbox' })}
                data-testid="event-form-directTransfer"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <TextInput
                  label={t('fields.amount')}
                  inputMode="decimal"
                  style={{ flex: 1 }}
                  {...form.getInputProps('price.amount')}
                  data-testid="event-form-price-amount"
                />
                <Select
                  label={t('fields.currency')}
                  w={96}
                  data={[...CURRENCIES]}
                  searchable
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                  {...form.getInputProps('price.currency')}
                  data-testid="event-form-price-currency"
                />
              </Group>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput
                label={t('fields.lotNumber')}
                {...form.getInputProps('lotNumber')}
                data-testid="event-form-lotNumber"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                label={t('fields.saleReference')}
                placeholder={t('form.saleReferencePlaceholder')}
                {...form.getInputProps('saleReference')}
                data-testid="event-form-saleReference"
              />
            </Grid.Col>
            {offersPayments(v.type, v.payments.length) ? (
              <Grid.Col span={12}>
                <PaymentCitationsField
                  caseId={props.caseId}
                  value={v.payments}
                  onChange={(payments, added) => {
                    if (added) setKnownPayments((known) => ({ ...known, [added.id]: added }));
                    form.setFieldValue('payments', payments);
                  }}
                  known={knownPayments}
                  error={form.errors['payments']}
                  footer={
                    <Group gap={6}>
                      <PriceCheckBadge
                        check={priceCheck(
                          typedPrice(v.price),
                          v.payments.flatMap((id) => knownPayments[id] ?? []),
                        )}
                        testId="event-form-price-check"
                      />
                    </Group>
                  }
                  testId="event-form-payments"
                />
              </Grid.Col>
            ) : null}
            <Grid.Col span={12}>
              <DocumentSourcesField
                caseId={props.caseId}
                documents={props.documents}
                label={t('fields.sources')}
                value={v.sources}
                onChange={(sources) => form.setFieldValue('sources', sources)}
                error={form.errors['sources']}
                errors={errorsUnder(form.errors, 'sources')}
                testId="event-form-sources"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Input.Wrapper label={t('fields.assessment')} error={form.errors['assessment']}>
                <div>
                  <SegmentedControl
                    size="xs"
                    data={EVENT_ASSESSMENTS.map((a) => ({
                      value: a,
                      label: t(`assessment.${a}`),
                    }))}
                    color={ASSESSMENT_COLOR[v.assessment] ?? 'gray'}
                    value={v.assessment}
                    onChange={(a) => form.setFieldValue('assessment', a)}
                    data-testid="event-form-assessment"
                  />
                </div>
              </Input.Wrapper>
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('fields.notes')}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps('notes')}
                data-testid="event-form-notes"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={event ? t('form.save') : t('form.addConfirm')}
            saveTestId="event-form-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
