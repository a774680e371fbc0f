import { Grid, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { PartySummary } from '../../../../shared/domain/party-views';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { FieldErrors } from '../../components/data/FieldErrors';
import { formKeys } from '../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { FormFooter } from '../../components/data/FormFooter';
import { useDiscardGuard } from '../../components/data/useDiscardGuard';
import { useEnumLabel, useVocabulary } from '../../hooks/useVocabulary';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { newPartyValues, partyFields, type PartyKind } from './party-form';
import { PartyPicker } from './PartyPicker';
import { usePartiesText } from './usePartiesText';

interface AddRoleValues {
  mode: 'existing' | 'new';
  kind: PartyKind;
  familyName: string;
  givenNames: string;
  name: string;
  organisationType: string;
  role: string;
  note: string;
}

/**
 * Gives a party a role in the case: an existing party, found by name in any script, or a new one
 * created here with just its name (the rest is filled in on the party's page).
 */
export function AddRoleModal(props: {
  caseId: string;
  onSaved: (party: PartySummary) => void;
  onClosed: () => void;
}) {
  const t = usePartiesText();
  const label = useEnumLabel();
  const call = useIpc();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const [opened, setOpened] = useState(true);
  const [party, setParty] = useState<PartySummary | null>(null);
  const [partyError, setPartyError] = useState<string | null>(null);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useForm<AddRoleValues>({
    mode: 'controlled',
    initialValues: {
      mode: 'existing',
      kind: 'person',
      familyName: '',
      givenNames: '',
      name: '',
      organisationType: 'company',
      role: '',
      note: '',
    },
  });
  const roles = useVocabulary('party_role');
  const organisationTypes = useVocabulary('organisation_type');
  const v = form.values;

  const close = () => void guard(form.isDirty() || party !== null, () => setOpened(false));

  const claim = (error: IpcError): boolean => {
    if (error.code === CaseFileErrorCode.AlreadyExists) {
      form.setFieldError('role', t('addRole.already'));
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    return outcome.claimed;
  };

  const createParty = async (): Promise<PartySummary | undefined> => {
    const fields = partyFields({
      ...newPartyValues(v.kind),
      familyName: v.familyName,
      givenNames: v.givenNames,
      name: v.name,
      organisationType: v.organisationType,
    });
    const created = await call(api.party.create({ fields }), claim);
    if (!created) return undefined;
    const summary: PartySummary = {
      id: created.id,
      kind: created.kind,
      name:
        created.kind === 'organisation'
          ? created.name
          : [created.familyName, created.givenNames].filter(Boolean).join(', '),
      flags: created.flags,
    };
    // Saved: a second try (after a refused role) gives the role to this party, not a new copy.
    setParty(summary);
    form.setFieldValue('mode', 'existing');
    return summary;
  };

  const save = async (values: AddRoleValues) => {
    if (busy) return;
    setUnplaced([]);
    setPartyError(null);
    if (values.mode === 'existing' && !party) {
      setPartyError(t('addRole.pickParty'));
      return;
    }
    if (!values.role) {
      form.setFieldError('role', t('addRole.pickRole'));
      return;
    }
    setBusy(true);
    const target = values.mode === 'new' ? await createParty() : party;
    if (!target) {
      setBusy(false);
      return;
    }
    const assigned = await call(
      api.party.assignRole({
        caseId: props.caseId,
        partyId: target.id,
        role: values.role,
        note: values.note,
      }),
      claim,
    );
    setBusy(false);
    if (!assigned) return;
    setOpened(false);
    props.onSaved(target);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="xl"
      title={t('addRole.title')}
      data-testid="add-role-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
        data-testid="add-role-form"
      >
        <Stack gap="md">
          <SegmentedControl
            value={v.mode}
            onChange={(m) => form.setFieldValue('mode', m === 'new' ? 'new' : 'existing')}
            data={[
              { value: 'existing', label: t('addRole.existing') },
              { value: 'new', label: t('addRole.new') },
            ]}
            style={{ alignSelf: 'flex-start' }}
            data-testid="add-role-mode"
          />
          {v.mode === 'existing' ? (
            <PartyPicker
              label={t('addRole.party')}
              description={t('addRole.partyHint')}
              value={party}
              onChange={(p) => {
                setParty(p);
                setPartyError(null);
              }}
              required
              autoFocus
              error={partyError}
              testId="add-role-party"
            />
          ) : (
            <Grid gap="md">
              <Grid.Col span={12}>
                <SegmentedControl
                  size="xs"
                  value={v.kind}
                  onChange={(k) =>
                    form.setFieldValue('kind', k === 'organisation' ? 'organisation' : 'person')
                  }
                  data={(['person', 'organisation'] as const).map((k) => ({
                    value: k,
                    label: label('partyKind', k),
                  }))}
                  data-testid="add-role-kind"
                />
              </Grid.Col>
              {v.kind === 'person' ? (
                <>
                  <Grid.Col span={6}>
                    <TextInput
                      label={t('fields.familyName')}
                      data-autofocus
                      autoComplete="off"
                      {...form.getInputProps('familyName')}
                      data-testid="add-role-familyName"
                    />
                  </Grid.Col>
                  <Grid.Col span={6}>
                    <TextInput
                      label={t('fields.givenNames')}
                      autoComplete="off"
                      {...form.getInputProps('givenNames')}
                      data-testid="add-role-givenNames"
                    />
                  </Grid.Col>
                </>
              ) : (
                <>
                  <Grid.Col span={8}>
                    <TextInput
                      label={t('fields.name')}
                      data-autofocus
                      required
                      autoComplete="off"
                      {...form.getInputProps('name')}
                      data-testid="add-role-name"
                    />
                  </Grid.Col>
                  <Grid.Col span={4}>
                    <Select
                      label={t('fields.organisationType')}
                      data={organisationTypes.options}
                      searchable
                      comboboxProps={{ withinPortal: true }}
                      {...form.getInputProps('organisationType')}
                      data-testid="add-role-organisationType"
                    />
                  </Grid.Col>
                </>
              )}
            </Grid>
          )}
          <Grid gap="md">
            <Grid.Col span={5}>
              <Select
                label={t('fields.role')}
                placeholder={t('addRole.rolePlaceholder')}
                data={roles.options}
                searchable
                required
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('role')}
                data-testid="add-role-role"
              />
            </Grid.Col>
            <Grid.Col span={7}>
              <TextInput
                label={t('fields.roleNote')}
                placeholder={t('addRole.notePlaceholder')}
                {...form.getInputProps('note')}
                data-testid="add-role-note"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} testId="add-role-unplaced" />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={t('addRole.save')}
            saveTestId="add-role-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
