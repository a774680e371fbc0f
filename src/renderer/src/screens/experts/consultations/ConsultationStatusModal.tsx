import { Text, TextInput } from '@mantine/core';
import type { ConsultationView } from '../../../../../shared/domain/expert-views';
import { api } from '../../../api';
import { localIsoDate } from '../../../components/data/dates';
import { RecordFormModal, useRecordForm } from '../../../components/data/RecordFormModal';
import { inputIssues } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { statusFields, type StatusAction } from './consultation-form';
import { useConsultationsText } from './consultations-text';

/** Main's issue paths that are about the day this form records. */
const DATE_FIELDS = new Set(['sentOn', 'receivedOn', 'status', 'deadline']);

interface StatusValues {
  /** The day it was sent or received (YYYY-MM-DD); unused when withdrawing. */
  date: string;
}

/**
 * Moves a consultation on: sent (on a day, today by default), answered (received on a day), or
 * withdrawn. The whole consultation is saved with its version, so a change made meanwhile
 * elsewhere is refused and offered for reload rather than overwritten.
 */
export function ConsultationStatusModal(props: {
  consultation: ConsultationView;
  action: StatusAction;
  onSaved: (saved: ConsultationView) => void;
  onClosed: () => void;
}) {
  const { consultation, action } = props;
  const t = useConsultationsText();
  const call = useIpc();
  const state = useRecordForm<StatusValues, ConsultationView>({
    record: consultation,
    initialValues: () => ({ date: localIsoDate() }),
    toValues: () => ({ date: localIsoDate() }),
    submit: (values, version) =>
      api.consultation.update({
        id: consultation.id,
        version: version ?? consultation.version,
        fields: statusFields(consultation, action, values.date.trim()),
      }),
    claimErrors: (form, error) => {
      // The day is this form's one field: main's word on the state's dates goes there, the rest
      // (a consultation that no longer passes, say) is listed under it.
      const issues = inputIssues(error);
      const onDate = issues.find((i) => DATE_FIELDS.has(i.path[0] ?? ''));
      if (onDate && action !== 'withdraw') form.setErrors({ date: onDate.message });
      const placed = onDate && action !== 'withdraw' ? onDate : null;
      return {
        claimed: issues.length > 0,
        unplaced: issues.filter((i) => i !== placed),
      };
    },
    fetchCurrent: async (id) => (await call(api.consultation.get({ id }))) ?? null,
    savedMessage:
      action === 'send'
        ? t('actions.sentSaved')
        : action === 'receive'
          ? t('actions.receivedSaved')
          : t('actions.withdrawnSaved'),
    onSaved: props.onSaved,
  });

  const title =
    action === 'send'
      ? t('actions.sentTitle')
      : action === 'receive'
        ? t('actions.receivedTitle')
        : t('actions.withdrawTitle');
  const saveLabel =
    action === 'send'
      ? t('actions.markSent')
      : action === 'receive'
        ? t('actions.markReceived')
        : t('actions.withdraw');

  return (
    <RecordFormModal
      state={state}
      title={title}
      saveLabel={saveLabel}
      testId="consultation-status"
      size="30rem"
      onClosed={props.onClosed}
    >
      {action === 'withdraw' ? (
        <Text size="sm">{t('actions.withdrawText')}</Text>
      ) : (
        <TextInput
          type="date"
          label={action === 'send' ? t('fields.sentOn') : t('fields.receivedOn')}
          required
          data-autofocus
          {...state.form.getInputProps('date')}
          data-testid="consultation-status-date"
        />
      )}
    </RecordFormModal>
  );
}
