import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { CASE_LINK_RELATIONS, type CaseSummary } from '../../../../shared/domain/case';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { FieldErrors } from '../../components/data/FieldErrors';
import { formKeys } from '../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { FormFooter } from '../../components/data/FormFooter';
import { useDiscardGuard } from '../../components/data/useDiscardGuard';
import { useFocusFirstError } from '../../components/data/useFocusFirstError';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useCasesText } from './useCasesText';

type Relation = (typeof CASE_LINK_RELATIONS)[number];
const isRelation = (v: string | null): v is Relation =>
  (CASE_LINK_RELATIONS as readonly (string | null)[]).includes(v);

/** Links this case to another one, picked by reference or title. */
export function LinkCaseModal(props: {
  caseId: string;
  onLinked: () => void;
  onClosed: () => void;
}) {
  const t = useCasesText();
  const label = useEnumLabel();
  const call = useIpc();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { otherCaseId: '', relation: 'related' as Relation, note: '' },
  });

  useEffect(() => {
    void call(api.case.list({ sort: 'reference', direction: 'asc' })).then((list) => {
      if (list) setCases(list.filter((c) => c.id !== props.caseId));
    });
  }, [call, props.caseId]);

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.AlreadyExists) {
      form.setFieldError('relation', t('links.already'));
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: typeof form.values) => {
    if (busy) return;
    if (!values.otherCaseId) {
      form.setFieldError('otherCaseId', t('links.pickCase'));
      return;
    }
    setBusy(true);
    const linked = await call(
      api.case.link({
        caseId: props.caseId,
        otherCaseId: values.otherCaseId,
        relation: values.relation,
        note: values.note,
      }),
      claim,
    );
    setBusy(false);
    if (!linked) return;
    setOpened(false);
    props.onLinked();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="lg"
      title={t('links.modalTitle')}
      data-testid="link-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {cases && cases.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('links.noOtherCase')}
            </Text>
          ) : null}
          <Select
            label={t('links.case')}
            placeholder={t('links.casePlaceholder')}
            data={(cases ?? []).map((c) => ({ value: c.id, label: `${c.reference} — ${c.title}` }))}
            searchable
            required
            data-autofocus
            nothingFoundMessage={t('links.noOtherCase')}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('otherCaseId')}
            data-testid="link-modal-case"
          />
          <Select
            label={t('links.relation')}
            data={CASE_LINK_RELATIONS.map((r) => ({
              value: r,
              label: label('caseLinkRelation', r),
            }))}
            value={form.values.relation}
            onChange={(v) => {
              if (isRelation(v)) form.setFieldValue('relation', v);
            }}
            error={form.errors['relation']}
            comboboxProps={{ withinPortal: true }}
            data-testid="link-modal-relation"
          />
          <TextInput label={t('links.note')} {...form.getInputProps('note')} />
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={t('links.save')}
            saveTestId="link-modal-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
