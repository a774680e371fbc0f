import {
  Grid,
  Input,
  MultiSelect,
  SegmentedControl,
  Select,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import {
  OBSERVATION_STATUSES,
  type Indicator,
  type ObservationView,
} from '../../../../../shared/domain/indicator';
import { api } from '../../../api';
import { localIsoDate } from '../../../components/data/dates';
import { RecordFormModal, useRecordForm } from '../../../components/data/RecordFormModal';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { useSession } from '../../../hooks/useSession';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import {
  claimObservationIssues,
  indicatorOptions,
  newObservationValues,
  observationFields,
  observationValues,
  SUBJECT_KINDS,
  type ObservationFormValues,
  type ObservationSubjectKind,
} from './observation-form';
import { useObservationsText } from './observations-text';
import { STATUS_COLOR } from './status';
import { useCaseRecords, useGroupedOptions } from './useCaseRecords';

export type { ObservationSubjectKind } from './observation-form';

/** What an observation can rest on, in the picker's order. */
const EVIDENCE_KINDS = ['document', 'provenance_event', 'payment', 'object', 'party'] as const;

/**
 * Records that an indicator was seen on the case or one of its records, or corrects such an
 * observation: the indicator (of the current catalogue, those that apply to the subject, by theme),
 * what it was seen on, by whom and when, the records it rests on, a note and the status (dismissed
 * needs a reason). `subject` fixes what it is observed on when opened from that record.
 */
export function ObservationFormModal(props: {
  caseId: string;
  subject?: { kind: ObservationSubjectKind; id: string } | null;
  observation: ObservationView | null;
  onSaved: () => void;
  onClosed: () => void;
}) {
  const { caseId, observation } = props;
  const t = useObservationsText();
  const label = useEnumLabel();
  const call = useIpc();
  const { summary } = useSession();
  const records = useCaseRecords(caseId);
  const [indicators, setIndicators] = useState<readonly Indicator[] | null>(null);

  useEffect(() => {
    let live = true;
    void call(api.indicator.catalogue({})).then((c) => {
      if (live && c) setIndicators(c.indicators);
    });
    return () => {
      live = false;
    };
  }, [call]);

  const state = useRecordForm<ObservationFormValues, ObservationView>({
    record: observation,
    initialValues: () =>
      newObservationValues({
        subject: props.subject ?? null,
        observedBy: summary?.operatorIsPerson ? summary.operatorName : '',
        today: localIsoDate(),
      }),
    toValues: observationValues,
    submit: (values, version) => {
      const fields = observationFields(values, caseId);
      return observation && version !== null
        ? api.observation.update({ id: observation.id, version, fields })
        : api.observation.add({ caseId, fields });
    },
    claimErrors: (form, error) => applyFieldErrors(form, claimObservationIssues(error)),
    fetchCurrent: async (id) =>
      (await call(api.observation.list({ caseId })))?.find((o) => o.id === id) ?? null,
    savedMessage: observation ? t('form.saved') : t('form.added'),
    onSaved: () => props.onSaved(),
  });
  const { form } = state;
  const v = form.values;
  const fixedSubject = !observation && props.subject ? props.subject : null;

  const indicatorData = useMemo(
    () =>
      indicatorOptions(
        indicators ?? [],
        v.subjectKind,
        (theme) => label('indicatorTheme', theme),
        observation?.indicator ?? null,
      ),
    [indicators, v.subjectKind, label, observation],
  );
  const subjectData = useGroupedOptions(
    records,
    v.subjectKind === 'case' ? [] : [v.subjectKind],
  ).flatMap((g) => g.items);
  const evidenceData = useGroupedOptions(records, EVIDENCE_KINDS);
  // An edited observation may cite records the pickers do not list (photos, accounts…): keep them.
  const evidenceWithCited = useMemo(() => {
    const listed = new Set(evidenceData.flatMap((g) => g.items.map((i) => i.value)));
    const extra = (observation?.evidenceLabels ?? [])
      .map((e) => ({ value: `${e.kind}:${e.id}`, label: e.label }))
      .filter((e) => !listed.has(e.value));
    return extra.length > 0 ? [...evidenceData, { group: '…', items: extra }] : evidenceData;
  }, [evidenceData, observation]);

  const changeKind = (kind: ObservationSubjectKind) => {
    form.setFieldValue('subjectKind', kind);
    form.setFieldValue('subjectId', null);
    const chosen = indicators?.find((i) => i.id === v.indicatorId);
    if (chosen && !chosen.appliesTo.includes(kind)) form.setFieldValue('indicatorId', null);
  };

  return (
    <RecordFormModal
      state={state}
      title={
        observation ? t('form.editTitle', { code: observation.indicator.code }) : t('form.addTitle')
      }
      saveLabel={observation ? t('form.save') : t('form.addConfirm')}
      testId="observation"
      size="52rem"
      onClosed={props.onClosed}
    >
      <Grid gap="sm">
        <Grid.Col span={12}>
          <Input.Wrapper label={t('form.subjectKind')} required error={form.errors['subjectKind']}>
            <div>
              <SegmentedControl
                size="xs"
                disabled={fixedSubject !== null}
                data={SUBJECT_KINDS.map((k) => ({ value: k, label: label('indicatorSubject', k) }))}
                value={v.subjectKind}
                onChange={(k) => changeKind(k as ObservationSubjectKind)}
                data-testid="observation-form-subjectKind"
              />
            </div>
          </Input.Wrapper>
        </Grid.Col>
        {v.subjectKind !== 'case' ? (
          <Grid.Col span={12}>
            <Select
              label={t('form.subject')}
              placeholder={t('form.subjectPlaceholder')}
              required
              searchable
              disabled={fixedSubject !== null}
              data={subjectData}
              {...form.getInputProps('subjectId')}
              data-testid="observation-form-subject"
            />
          </Grid.Col>
        ) : null}
        <Grid.Col span={12}>
          <Select
            label={t('form.indicator')}
            placeholder={t('form.indicatorPlaceholder')}
            nothingFoundMessage={t('form.noIndicator')}
            required
            searchable
            data-autofocus
            data={indicatorData}
            maxDropdownHeight={360}
            {...form.getInputProps('indicatorId')}
            data-testid="observation-form-indicator"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('form.observedBy')}
            required
            {...form.getInputProps('observedBy')}
            data-testid="observation-form-observedBy"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            type="date"
            label={t('form.observedOn')}
            required
            {...form.getInputProps('observedOn')}
            data-testid="observation-form-observedOn"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <MultiSelect
            label={t('form.evidence')}
            placeholder={t('form.evidencePlaceholder')}
            searchable
            clearable
            data={evidenceWithCited}
            maxDropdownHeight={320}
            {...form.getInputProps('evidence')}
            data-testid="observation-form-evidence"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('form.note')}
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('note')}
            data-testid="observation-form-note"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Input.Wrapper label={t('form.status')} required error={form.errors['status']}>
            <div>
              <SegmentedControl
                data={OBSERVATION_STATUSES.map((s) => ({
                  value: s,
                  label: label('observationStatus', s),
                }))}
                color={STATUS_COLOR[v.status]}
                value={v.status}
                onChange={(s) => form.setFieldValue('status', s as ObservationFormValues['status'])}
                data-testid="observation-form-status"
              />
            </div>
          </Input.Wrapper>
        </Grid.Col>
        {v.status === 'dismissed' ? (
          <Grid.Col span={12}>
            <Textarea
              label={t('form.dismissReason')}
              required
              autosize
              minRows={2}
              maxRows={6}
              {...form.getInputProps('dismissReason')}
              data-testid="observation-form-dismissReason"
            />
          </Grid.Col>
        ) : null}
      </Grid>
    </RecordFormModal>
  );
}
