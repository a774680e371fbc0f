import { Grid, MultiSelect, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INDICATOR_SUBJECTS,
  INDICATOR_THEMES,
  type IndicatorSubject,
  type IndicatorTheme,
} from '../../../../../shared/domain/indicator';
import { RecordFormModal, useRecordForm } from '../../../components/data/RecordFormModal';
import { enumLabel } from '../../../lib/vocab-label';
import { checkDraft, type DraftIndicator } from './catalogue-draft';
import { useIndicatorsText } from './indicators-text';

interface IndicatorValues {
  code: string;
  theme: IndicatorTheme | '';
  text: string;
  source: string;
  weight: number | string;
  appliesTo: IndicatorSubject[];
}

type DraftRecord = DraftIndicator & { id: string; version: number };

const COMBO = { withinPortal: true } as const;

const valuesOf = (d: DraftIndicator): IndicatorValues => ({
  code: d.code,
  theme: d.theme,
  text: d.text,
  source: d.source,
  weight: d.weight,
  appliesTo: [...d.appliesTo],
});

/**
 * One indicator of the catalogue being edited, new (`isNew`) or changed. "Apply" checks it with
 * the catalogue's rules and puts it back in the draft; nothing is stored until the whole catalogue
 * is saved as a new version. `errors` are main's refusals of this row from the last save.
 */
export function IndicatorFormModal(props: {
  draft: DraftIndicator;
  isNew: boolean;
  others: readonly DraftIndicator[];
  errors: Record<string, string>;
  onApplied: (draft: DraftIndicator) => void;
  onClosed: () => void;
}) {
  const t = useIndicatorsText();
  const { t: tAll } = useTranslation();
  const record: DraftRecord = { ...props.draft, id: props.draft.key, version: 1 };
  const state = useRecordForm<IndicatorValues, DraftRecord>({
    record: props.isNew ? null : record,
    initialValues: () => valuesOf(props.draft),
    toValues: valuesOf,
    submit: (values) => {
      const checked = checkDraft({ ...props.draft, ...values }, props.others);
      return Promise.resolve(
        checked.ok ? { ok: true, value: { ...checked.value, id: record.id, version: 1 } } : checked,
      );
    },
    savedMessage: t('form.applied'),
    onSaved: ({ id: _id, version: _version, ...draft }) => props.onApplied(draft),
  });
  const { form } = state;
  // Once, when the dialog opens on a row main refused: its problems on their fields.
  const [initialErrors] = useState(props.errors);
  const placed = useRef(false);
  const { setErrors } = form;
  useEffect(() => {
    if (placed.current) return;
    placed.current = true;
    if (Object.keys(initialErrors).length > 0) setErrors(initialErrors);
  }, [initialErrors, setErrors]);
  const input = (path: keyof IndicatorValues) => ({
    ...form.getInputProps(path),
    'data-testid': `indicator-form-${path}`,
  });

  return (
    <RecordFormModal
      state={state}
      title={props.isNew ? t('form.addTitle') : t('form.editTitle', { code: props.draft.code })}
      saveLabel={t('form.apply')}
      testId="indicator"
      size="44rem"
      onClosed={props.onClosed}
    >
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextInput
            label={t('form.code')}
            description={t('form.codeHint')}
            required
            data-autofocus
            {...input('code')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Select
            label={t('form.theme')}
            required
            data={INDICATOR_THEMES.map((v) => ({
              value: v,
              label: enumLabel(tAll, 'indicatorTheme', v),
            }))}
            comboboxProps={COMBO}
            allowDeselect={false}
            {...input('theme')}
            value={form.values.theme || null}
            onChange={(v) => form.setFieldValue('theme', (v ?? '') as IndicatorTheme | '')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NumberInput
            label={t('form.weight')}
            description={t('form.weightHint')}
            required
            min={1}
            max={5}
            step={1}
            allowDecimal={false}
            {...input('weight')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('form.text')}
            required
            autosize
            minRows={3}
            maxRows={10}
            {...input('text')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t('form.source')} {...input('source')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <MultiSelect
            label={t('form.appliesTo')}
            required
            data={INDICATOR_SUBJECTS.map((v) => ({
              value: v,
              label: enumLabel(tAll, 'indicatorSubject', v),
            }))}
            searchable
            hidePickedOptions
            comboboxProps={COMBO}
            {...input('appliesTo')}
          />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
