import {
  Chip,
  Divider,
  Grid,
  Group,
  Input,
  SegmentedControl,
  Select,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import {
  AUTHENTICITY_FINDINGS,
  CONFIDENCE_LEVELS,
  OPINION_METHODS,
} from '../../../../shared/domain/expert';
import type { OpinionView } from '../../../../shared/domain/expert-views';
import { api } from '../../api';
import { localIsoDate, useCalendarDate } from '../../components/data/dates';
import { MarkdownField } from '../../components/data/MarkdownField';
import { RecordFormModal, useRecordForm } from '../../components/data/RecordFormModal';
import { useEnumLabel, useVocabulary } from '../../hooks/useVocabulary';
import { useIpc } from '../../lib/useIpc';
import { useCountries, useCurrencies } from '../objects/fields/countries';
import { useCaseObjects } from '../objects/useCaseObjects';
import { OpinionDatingField } from './OpinionDatingField';
import { useCaseConsultations, useExperts } from './opinion-data';
import {
  newOpinionValues,
  opinionFields,
  opinionValues,
  type OpinionFormValues,
} from './opinion-form';
import { ReportField } from './ReportField';
import { useOpinionsText } from './useOpinionsText';

/** The SegmentedControl's value for a finding the expert did not address. */
const NOT_ADDRESSED = 'none';

const testId = (name: string) => ({ 'data-testid': `opinion-form-${name}` });

/**
 * Records an expert's opinion on an object, or corrects one (version-aware): who gave it and when,
 * in answer to which consultation, by which methods, the findings (authenticity, dating, origin,
 * significance, Red List category, value), the confidence, the conclusion and the signed report.
 * With `objectId` null the object is chosen here, among the consultation's objects or the case's.
 * Main checks everything and its refusals land on the fields.
 */
export function OpinionFormModal(props: {
  caseId: string;
  objectId: string | null;
  consultationId?: string | null;
  expertId?: string | null;
  opinion: OpinionView | null;
  onSaved: () => void;
  onClosed: () => void;
}) {
  const { opinion } = props;
  const t = useOpinionsText();
  const label = useEnumLabel();
  const call = useIpc();
  const date = useCalendarDate();
  const countries = useCountries();
  const currencies = useCurrencies();
  const experts = useExperts();
  const consultations = useCaseConsultations(props.caseId);
  const state = useRecordForm<OpinionFormValues, OpinionView>({
    record: opinion,
    initialValues: () =>
      newOpinionValues({
        objectId: props.objectId,
        expertId: props.expertId ?? null,
        consultationId: props.consultationId ?? null,
        today: localIsoDate(),
      }),
    toValues: opinionValues,
    submit: (values, version) => {
      const fields = opinionFields(values);
      return opinion && version !== null
        ? api.opinion.update({ id: opinion.id, version, fields })
        : api.opinion.add({ fields });
    },
    fetchCurrent: async (id) => {
      const data = await call(api.opinion.forObject({ objectId: opinion?.objectId ?? '' }));
      return data?.opinions.find((o) => o.id === id) ?? null;
    },
    savedMessage: opinion ? t('form.saved') : t('form.added'),
    onSaved: () => props.onSaved(),
  });
  const { form } = state;
  const v = form.values;
  const pickObject = props.objectId === null;
  const caseObjects = useCaseObjects(props.caseId, pickObject);
  const redList = useVocabulary('red_list_category', v.redListCategory ? [v.redListCategory] : []);

  const expertOptions = useMemo(
    () =>
      (experts ?? [])
        .filter((e) => e.active || e.id === v.expertId)
        .map((e) => ({
          value: e.id,
          label: [
            [e.title, e.name].filter(Boolean).join(' '),
            e.institution,
            e.country ? countries.nameOf(e.country) : '',
          ]
            .filter(Boolean)
            .join(' — '),
        })),
    [experts, v.expertId, countries],
  );

  const consultationOptions = useMemo(
    () =>
      (consultations ?? [])
        .filter(
          (c) =>
            c.id === v.consultationId || v.objectId === null || c.objectIds.includes(v.objectId),
        )
        .map((c) => ({
          value: c.id,
          label: [c.reference, c.expertName, c.sentOn ? date(c.sentOn) : '']
            .filter((part) => part !== '')
            .join(' · '),
        })),
    [consultations, v.consultationId, v.objectId, date],
  );

  const consultation = consultations?.find((c) => c.id === v.consultationId) ?? null;
  const objectOptions = useMemo(() => {
    const rows = consultation ? consultation.objects : (caseObjects ?? []);
    return rows.map((o) => ({
      value: o.id,
      label: [o.exhibitNumber, o.title].filter(Boolean).join(' — '),
    }));
  }, [consultation, caseObjects]);

  const redListOptions = useMemo(() => {
    const lists = redList.options.filter((o) => o.parent === null);
    return lists
      .map((list) => ({
        group: list.label,
        items: redList.options
          .filter((o) => o.parent === list.value)
          .map((o) => ({ value: o.value, label: o.label })),
      }))
      .filter((g) => g.items.length > 0);
  }, [redList.options]);

  const chooseConsultation = (id: string | null) => {
    form.setFieldValue('consultationId', id);
    const chosen = consultations?.find((c) => c.id === id);
    if (!chosen) return;
    form.setFieldValue('expertId', chosen.expertId);
    const only = chosen.objects.length === 1 ? chosen.objects[0] : undefined;
    if (pickObject && only && form.getValues().objectId === null) {
      form.setFieldValue('objectId', only.id);
    }
  };

  return (
    <RecordFormModal
      state={state}
      title={opinion ? t('form.editTitle') : t('form.addTitle')}
      saveLabel={opinion ? t('form.save') : t('form.add')}
      testId="opinion"
      size="58rem"
      onClosed={props.onClosed}
    >
      <Grid gap="sm">
        {pickObject ? (
          <Grid.Col span={12}>
            <Select
              label={t('fields.object')}
              required
              data={objectOptions}
              searchable
              placeholder={t('form.objectPlaceholder')}
              {...form.getInputProps('objectId')}
              {...testId('object')}
            />
          </Grid.Col>
        ) : null}
        <Grid.Col span={7}>
          <Select
            label={t('fields.consultation')}
            description={t('form.consultationHint')}
            placeholder={t('form.consultationPlaceholder')}
            data={consultationOptions}
            clearable
            nothingFoundMessage={t('form.noConsultations')}
            data-autofocus
            value={v.consultationId}
            onChange={chooseConsultation}
            error={form.errors['consultationId']}
            {...testId('consultation')}
          />
        </Grid.Col>
        <Grid.Col span={5}>
          <TextInput
            type="date"
            label={t('fields.date')}
            description={t('form.dateHint')}
            required
            {...form.getInputProps('date')}
            {...testId('date')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Select
            label={t('fields.expert')}
            required
            searchable
            data={expertOptions}
            placeholder={t('form.expertPlaceholder')}
            nothingFoundMessage={t('form.noExperts')}
            limit={50}
            {...form.getInputProps('expertId')}
            {...testId('expert')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Input.Wrapper label={t('fields.methods')} required error={form.errors['methods']}>
            <Chip.Group
              multiple
              value={v.methods}
              onChange={(methods) => form.setFieldValue('methods', methods)}
            >
              <Group gap={6} mt={4} {...testId('methods')}>
                {OPINION_METHODS.map((m) => (
                  <Chip key={m} value={m} size="sm" variant="outline" {...testId(`method-${m}`)}>
                    {label('opinionMethod', m)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('fields.methodNote')}
            placeholder={t('form.methodNotePlaceholder')}
            autosize
            minRows={1}
            maxRows={5}
            {...form.getInputProps('methodNote')}
            {...testId('methodNote')}
          />
        </Grid.Col>
      </Grid>

      <Divider label={t('form.findings')} labelPosition="left" />
      <Grid gap="sm">
        <Grid.Col span={12}>
          <Input.Wrapper label={t('fields.authenticity')} error={form.errors['authenticity']}>
            <div>
              <SegmentedControl
                value={v.authenticity === '' ? NOT_ADDRESSED : v.authenticity}
                onChange={(a) => form.setFieldValue('authenticity', a === NOT_ADDRESSED ? '' : a)}
                color={
                  v.authenticity === 'not_authentic'
                    ? 'red'
                    : v.authenticity === 'authentic'
                      ? 'teal'
                      : 'gray'
                }
                data={[
                  { value: NOT_ADDRESSED, label: t('form.notAddressed') },
                  ...AUTHENTICITY_FINDINGS.map((a) => ({
                    value: a,
                    label: label('authenticityFinding', a),
                  })),
                ]}
                {...testId('authenticity')}
              />
            </div>
          </Input.Wrapper>
        </Grid.Col>
        <Grid.Col span={12}>
          <OpinionDatingField form={form} />
        </Grid.Col>
        <Grid.Col span={7}>
          <TextInput
            label={t('fields.origin')}
            placeholder={t('form.originPlaceholder')}
            {...form.getInputProps('origin.text')}
            error={form.errors['origin.text'] ?? form.errors['origin']}
            {...testId('origin-text')}
          />
        </Grid.Col>
        <Grid.Col span={5}>
          <Select
            label={t('fields.originCountry')}
            data={countries.options}
            searchable
            clearable
            {...form.getInputProps('origin.country')}
            {...testId('origin-country')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('fields.significance')}
            placeholder={t('form.significancePlaceholder')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('significance')}
            {...testId('significance')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Select
            label={t('fields.redList')}
            placeholder={t('form.redListPlaceholder')}
            data={redListOptions}
            searchable
            clearable
            {...form.getInputProps('redListCategory')}
            {...testId('redList')}
          />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput
            label={t('fields.value')}
            placeholder="1250.00"
            inputMode="decimal"
            styles={{ input: { fontVariantNumeric: 'tabular-nums', textAlign: 'end' } }}
            {...form.getInputProps('value.amount')}
            error={form.errors['value.amount'] ?? form.errors['value']}
            {...testId('value-amount')}
          />
        </Grid.Col>
        <Grid.Col span={4}>
          <Select
            label={t('fields.currency')}
            placeholder="EUR"
            data={currencies}
            searchable
            clearable
            limit={60}
            {...form.getInputProps('value.currency')}
            {...testId('value-currency')}
          />
        </Grid.Col>
        <Grid.Col span={4}>
          <Input.Wrapper label={t('fields.confidence')} error={form.errors['confidence']}>
            <div>
              <SegmentedControl
                fullWidth
                value={v.confidence}
                onChange={(c) => form.setFieldValue('confidence', c)}
                data={CONFIDENCE_LEVELS.map((c) => ({
                  value: c,
                  label: label('confidenceLevel', c),
                }))}
                {...testId('confidence')}
              />
            </div>
          </Input.Wrapper>
        </Grid.Col>
        <Grid.Col span={12}>
          <MarkdownField
            label={t('fields.conclusion')}
            required
            minRows={4}
            value={v.conclusion}
            onChange={(text) => form.setFieldValue('conclusion', text)}
            error={form.errors['conclusion']}
            placeholder={t('form.conclusionPlaceholder')}
            testId="opinion-form-conclusion"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <ReportField
            caseId={props.caseId}
            objectId={v.objectId}
            value={v.reportDocumentId}
            onChange={(id) => form.setFieldValue('reportDocumentId', id)}
            error={form.errors['reportDocumentId']}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('fields.notes')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('notes')}
            {...testId('notes')}
          />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
