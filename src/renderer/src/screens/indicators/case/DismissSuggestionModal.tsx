import { Stack, Text, Textarea } from '@mantine/core';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import type { Suggestion } from '../../../../../shared/domain/indicator';
import type { IpcResult } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { RecordFormModal, useRecordForm } from '../../../components/data/RecordFormModal';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useObservationsText } from '../shared/observations-text';

/** A decided suggestion, shaped as the record form expects (a suggestion has no version). */
type Decided = Suggestion & { id: string; version: number };

const asRecord = (result: IpcResult<Suggestion>): IpcResult<Decided> =>
  result.ok ? { ok: true, value: { ...result.value, id: result.value.key, version: 1 } } : result;

/** Refused before asking main: a dismissal without a reason. */
const refused = (message: string): IpcResult<Decided> => ({
  ok: false,
  error: {
    code: CaseFileErrorCode.InvalidInput,
    message,
    details: { issues: [{ path: ['reason'], message }] },
  },
});

/** Dismissing a suggestion asks why the indicator does not hold; the reason stays with it. */
export function DismissSuggestionModal(props: {
  caseId: string;
  suggestion: Suggestion;
  onSaved: (suggestion: Suggestion) => void;
  onClosed: () => void;
}) {
  const { caseId, suggestion } = props;
  const t = useObservationsText();
  const state = useRecordForm<{ reason: string }, Decided>({
    record: null,
    initialValues: () => ({ reason: '' }),
    toValues: () => ({ reason: '' }),
    submit: async (v) =>
      v.reason.trim() === ''
        ? refused(t('suggestions.reasonRequired'))
        : asRecord(await api.suggestion.dismiss({ caseId, key: suggestion.key, reason: v.reason })),
    claimErrors: (form, error) => {
      const outcome = applyFieldErrors(form, error);
      // Whatever main refuses here is about the reason: the one field.
      if (outcome.unplaced.length > 0) {
        form.setFieldError('reason', outcome.unplaced[0]?.message ?? '');
        return { claimed: true, unplaced: [] };
      }
      return outcome;
    },
    savedMessage: t('suggestions.dismissed'),
    onSaved: props.onSaved,
  });
  const { form } = state;

  return (
    <RecordFormModal
      state={state}
      title={t('suggestions.dismissTitle', { code: suggestion.indicatorCode })}
      saveLabel={t('suggestions.dismissConfirm')}
      testId="suggestion-dismiss"
      size="40rem"
      onClosed={props.onClosed}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('suggestions.dismissHint')}
        </Text>
        <Textarea
          label={t('suggestions.dismissReason')}
          required
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus
          {...form.getInputProps('reason')}
          data-testid="suggestion-dismiss-reason"
        />
      </Stack>
    </RecordFormModal>
  );
}
