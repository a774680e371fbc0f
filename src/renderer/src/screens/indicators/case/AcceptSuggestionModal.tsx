import { Input, MultiSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { ObservationView, Suggestion } from '../../../../../shared/domain/indicator';
import { api } from '../../../api';
import { RecordFormModal, useRecordForm } from '../../../components/data/RecordFormModal';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { applyFieldErrors } from '../../../lib/form-errors';
import { claimObservationIssues } from '../shared/observation-form';
import { useObservationsText } from '../shared/observations-text';
import { STATUS_COLOR } from '../shared/status';
import { splitOptionValue, useCaseRecords, useGroupedOptions } from '../shared/useCaseRecords';

interface AcceptValues {
  status: 'suspected' | 'confirmed';
  note: string;
  /** `<kind>:<id>` of records cited besides the finding's own evidence. */
  evidence: string[];
}

const EXTRA_KINDS = ['document', 'provenance_event', 'payment', 'object', 'party'] as const;

/**
 * Accepting a suggestion records it as an observation citing the finding's evidence: the person
 * says how sure (suspected or confirmed), may add a note and further records of the case.
 */
export function AcceptSuggestionModal(props: {
  caseId: string;
  suggestion: Suggestion;
  onSaved: (observation: ObservationView) => void;
  onClosed: () => void;
}) {
  const { caseId, suggestion } = props;
  const t = useObservationsText();
  const label = useEnumLabel();
  const records = useCaseRecords(caseId);
  const cited = new Set(suggestion.finding.evidence.map((e) => `${e.kind}:${e.id}`));
  const data = useGroupedOptions(records, EXTRA_KINDS)
    .map((g) => ({ ...g, items: g.items.filter((i) => !cited.has(i.value)) }))
    .filter((g) => g.items.length > 0);

  const state = useRecordForm<AcceptValues, ObservationView>({
    record: null,
    initialValues: () => ({ status: 'suspected', note: '', evidence: [] }),
    toValues: () => ({ status: 'suspected', note: '', evidence: [] }),
    submit: (v) =>
      api.suggestion.accept({
        caseId,
        key: suggestion.key,
        status: v.status,
        note: v.note,
        evidence: v.evidence.map(splitOptionValue),
      }),
    claimErrors: (form, error) => applyFieldErrors(form, claimObservationIssues(error)),
    savedMessage: t('suggestions.accepted'),
    onSaved: props.onSaved,
  });
  const { form } = state;

  return (
    <RecordFormModal
      state={state}
      title={t('suggestions.acceptTitle', { code: suggestion.indicatorCode })}
      saveLabel={t('suggestions.acceptConfirm')}
      testId="suggestion-accept"
      size="44rem"
      onClosed={props.onClosed}
    >
      <Stack gap="sm">
        {suggestion.indicator ? (
          <Text size="sm" fw={600}>
            {`${suggestion.indicator.code} — ${suggestion.indicator.text}`}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('suggestions.acceptHint')}
        </Text>
        <Input.Wrapper label={t('suggestions.status')} required error={form.errors['status']}>
          <div>
            <SegmentedControl
              data={(['suspected', 'confirmed'] as const).map((s) => ({
                value: s,
                label: label('observationStatus', s),
              }))}
              color={STATUS_COLOR[form.values.status]}
              value={form.values.status}
              onChange={(s) => form.setFieldValue('status', s as AcceptValues['status'])}
              data-testid="suggestion-accept-status"
            />
          </div>
        </Input.Wrapper>
        <Textarea
          label={t('suggestions.note')}
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
          {...form.getInputProps('note')}
          data-testid="suggestion-accept-note"
        />
        <MultiSelect
          label={t('suggestions.extraEvidence')}
          placeholder={t('suggestions.extraEvidencePlaceholder')}
          searchable
          clearable
          data={data}
          maxDropdownHeight={300}
          {...form.getInputProps('evidence')}
          data-testid="suggestion-accept-evidence"
        />
      </Stack>
    </RecordFormModal>
  );
}
