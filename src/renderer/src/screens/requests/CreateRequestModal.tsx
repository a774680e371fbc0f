import { TextInput } from '@mantine/core';
import {
  MlaFields,
  ReturnFields,
  type RequestKind,
  type RequestRecord,
} from '../../../../shared/domain/intl-request';
import { api } from '../../api';
import { RecordFormModal, useRecordForm } from '../../components/data/RecordFormModal';
import { useRequestsText } from './requests-text';

interface CreateValues {
  title: string;
}

/** Empty fields of a new request of `kind` (every default of the domain). */
export function emptyFields(kind: RequestKind) {
  return kind === 'mla' ? MlaFields.parse({ kind: 'mla' }) : ReturnFields.parse({ kind: 'return' });
}

/** Starts a request of one kind with its title; the guided form opens once it is created. */
export function CreateRequestModal(props: {
  caseId: string;
  kind: RequestKind;
  onCreated: (created: RequestRecord) => void;
  onClosed: () => void;
}) {
  const t = useRequestsText();
  const state = useRecordForm<CreateValues, RequestRecord>({
    record: null,
    initialValues: () => ({ title: '' }),
    toValues: (r) => ({ title: r.title }),
    submit: (values) =>
      api.request.create({
        caseId: props.caseId,
        title: values.title.trim(),
        fields: emptyFields(props.kind),
      }),
    savedMessage: t('create.created'),
    onSaved: props.onCreated,
  });
  return (
    <RecordFormModal
      state={state}
      title={props.kind === 'mla' ? t('create.mlaTitle') : t('create.returnTitle')}
      saveLabel={t('create.confirm')}
      testId="request-create"
      size="32rem"
      onClosed={props.onClosed}
    >
      <TextInput
        label={t('create.title')}
        placeholder={t('create.titlePlaceholder')}
        required
        data-autofocus
        {...state.form.getInputProps('title')}
        data-testid="request-create-title"
      />
    </RecordFormModal>
  );
}
