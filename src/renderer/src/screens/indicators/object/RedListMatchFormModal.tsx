import { Grid, Input, SegmentedControl, Select, Text, Textarea, TextInput } from '@mantine/core';
import type { RedListMatchRecord } from '../../../../../shared/domain/indicator';
import { api } from '../../../api';
import { localIsoDate } from '../../../components/data/dates';
import { RecordFormModal, useRecordForm } from '../../../components/data/RecordFormModal';
import { useSession } from '../../../hooks/useSession';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { useIpc } from '../../../lib/useIpc';
import { useCountries } from '../../objects/fields/countries';
import { useRedListCategories } from './red-list-data';
import { useObjectIndicatorsText } from './useObjectIndicatorsText';

const CONFIDENCES = ['high', 'medium', 'low'] as const;

export interface RedListMatchValues {
  category: string | null;
  assessedBy: string;
  assessedOn: string;
  confidence: string;
  note: string;
}

export function redListMatchValues(m: RedListMatchRecord): RedListMatchValues {
  return {
    category: m.category,
    assessedBy: m.assessedBy,
    assessedOn: m.assessedOn,
    confidence: m.confidence,
    note: m.note,
  };
}

/** The fields main receives; an empty category goes as "" so main names the missing field. */
export function redListMatchFields(objectId: string, v: RedListMatchValues) {
  return {
    objectId,
    category: v.category ?? '',
    assessedBy: v.assessedBy,
    assessedOn: v.assessedOn,
    confidence: v.confidence,
    note: v.note,
  };
}

const testId = (name: string) => ({ 'data-testid': `redlist-match-form-${name}` });

/**
 * Records that an object matches a category of an ICOM Red List, or corrects such a match
 * (version-aware): the category (grouped by list, the list's year and countries shown), who
 * assessed it and when (the operator and today by default), how confident, and why.
 */
export function RedListMatchFormModal(props: {
  objectId: string;
  match: RedListMatchRecord | null;
  onSaved: (saved: RedListMatchRecord) => void;
  onClosed: () => void;
}) {
  const { match, objectId } = props;
  const t = useObjectIndicatorsText();
  const label = useEnumLabel();
  const call = useIpc();
  const { summary } = useSession();
  const countries = useCountries();
  const state = useRecordForm<RedListMatchValues, RedListMatchRecord>({
    record: match,
    initialValues: () => ({
      category: null,
      assessedBy: summary?.operatorIsPerson ? summary.operatorName : '',
      assessedOn: localIsoDate(),
      confidence: 'medium',
      note: '',
    }),
    toValues: redListMatchValues,
    submit: (values, version) => {
      const fields = redListMatchFields(objectId, values);
      return match && version !== null
        ? api.redlist.updateMatch({ id: match.id, version, fields })
        : api.redlist.addMatch({ fields });
    },
    fetchCurrent: async (id) => {
      const rows = await call(api.redlist.matches({ objectId }));
      return rows?.find((m) => m.id === id) ?? null;
    },
    savedMessage: match ? t('redList.saved') : t('redList.added'),
    onSaved: props.onSaved,
  });
  const { form } = state;
  const v = form.values;
  const categories = useRedListCategories(v.category ? [v.category] : []);
  const list = v.category ? categories.listOf(v.category) : null;
  const listInfo = list?.info
    ? [
        t('redList.listInfo', {
          year: list.info.year,
          countries: list.info.countries.map((c) => countries.nameOf(c)).join(', '),
        }),
        list.info.emergency ? t('redList.emergency') : '',
      ]
        .filter(Boolean)
        .join(' · ')
    : null;

  return (
    <RecordFormModal
      state={state}
      title={match ? t('redList.editTitle') : t('redList.addTitle')}
      saveLabel={match ? t('redList.save') : t('redList.addConfirm')}
      testId="redlist-match"
      size="44rem"
      onClosed={props.onClosed}
    >
      <Grid gap="sm">
        <Grid.Col span={12}>
          <Select
            label={t('redList.category')}
            required
            searchable
            data={categories.groups}
            placeholder={t('redList.categoryPlaceholder')}
            data-autofocus
            {...form.getInputProps('category')}
            {...testId('category')}
          />
          {listInfo ? (
            <Text size="xs" c="dimmed" mt={4} {...testId('list-info')}>
              {listInfo}
            </Text>
          ) : null}
        </Grid.Col>
        <Grid.Col span={7}>
          <TextInput
            label={t('redList.assessedBy')}
            required
            {...form.getInputProps('assessedBy')}
            {...testId('assessedBy')}
          />
        </Grid.Col>
        <Grid.Col span={5}>
          <TextInput
            type="date"
            label={t('redList.assessedOn')}
            required
            {...form.getInputProps('assessedOn')}
            {...testId('assessedOn')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Input.Wrapper label={t('redList.confidence')} error={form.errors['confidence']}>
            <div>
              <SegmentedControl
                value={v.confidence}
                onChange={(c) => form.setFieldValue('confidence', c)}
                data={CONFIDENCES.map((c) => ({ value: c, label: label('confidenceLevel', c) }))}
                {...testId('confidence')}
              />
            </div>
          </Input.Wrapper>
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('redList.note')}
            placeholder={t('redList.notePlaceholder')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('note')}
            {...testId('note')}
          />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
