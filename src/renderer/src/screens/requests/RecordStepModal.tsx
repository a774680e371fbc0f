import { Grid, Select, TextInput, Textarea } from '@mantine/core';
import {
  REQUEST_TRANSITIONS,
  type RequestRecord,
  type RequestStatus,
} from '../../../../shared/domain/intl-request';
import { api } from '../../api';
import { localIsoDate } from '../../components/data/dates';
import { RecordFormModal, useRecordForm } from '../../components/data/RecordFormModal';
import { useIpc } from '../../lib/useIpc';
import { useRequestsText } from './requests-text';

interface StepValues {
  status: string;
  on: string;
  answerDue: string;
  reference: string;
  note: string;
}

/** Statuses whose step carries the answer-due date (sent; moved on acknowledgement). */
const WITH_DUE: readonly RequestStatus[] = ['sent', 'acknowledged', 'partly_executed'];

/**
 * Records the next step of a request: only the transitions its status allows. Sent asks for
 * the date an answer is due; acknowledged for the other side's reference; executed, partly
 * executed or refused for a date and a note. Saved with the request's version.
 */
export function RecordStepModal(props: {
  request: RequestRecord;
  onSaved: (saved: RequestRecord) => void;
  onClosed: () => void;
}) {
  const { request } = props;
  const t = useRequestsText();
  const call = useIpc();
  const allowed = REQUEST_TRANSITIONS[request.status];
  const initial = (): StepValues => ({
    status: allowed[0] ?? '',
    on: localIsoDate(),
    answerDue: request.answerDue ?? '',
    reference: '',
    note: '',
  });
  const state = useRecordForm<StepValues, RequestRecord>({
    record: request,
    initialValues: initial,
    toValues: initial,
    submit: (v, version) => {
      const status = v.status as RequestStatus;
      return api.request.recordStatus({
        id: request.id,
        version: version ?? request.version,
        status,
        on: v.on,
        reference: v.reference.trim(),
        note: v.note.trim(),
        ...(WITH_DUE.includes(status) ? { answerDue: v.answerDue || null } : {}),
      });
    },
    fetchCurrent: async (id) => (await call(api.request.get({ id }))) ?? null,
    savedMessage: t('step.saved'),
    onSaved: props.onSaved,
  });
  const status = state.form.values.status as RequestStatus;
  return (
    <RecordFormModal
      state={state}
      title={t('step.title')}
      saveLabel={t('step.save')}
      testId="request-step"
      size="36rem"
      onClosed={props.onClosed}
    >
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('step.status')}
            required
            allowDeselect={false}
            data={allowed.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            data-autofocus
            {...state.form.getInputProps('status')}
            data-testid="request-step-status"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            type="date"
            label={t('step.on')}
            required
            {...state.form.getInputProps('on')}
            data-testid="request-step-on"
          />
        </Grid.Col>
        {WITH_DUE.includes(status) ? (
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              type="date"
              label={t('step.answerDue')}
              {...state.form.getInputProps('answerDue')}
              data-testid="request-step-answerDue"
            />
          </Grid.Col>
        ) : null}
        {status !== 'withdrawn' ? (
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('step.reference')}
              {...state.form.getInputProps('reference')}
              data-testid="request-step-reference"
            />
          </Grid.Col>
        ) : null}
        <Grid.Col span={12}>
          <Textarea
            label={t('step.note')}
            autosize
            minRows={2}
            maxRows={8}
            {...state.form.getInputProps('note')}
            data-testid="request-step-note"
          />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
