import { Group, Input, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useObjectFormat } from '../objects/description/object-format';
import { yearOf } from '../objects/description/object-form';
import { useObjectsText } from '../objects/useObjectsText';
import type { OpinionFormValues } from './opinion-form';
import { useOpinionsText } from './useOpinionsText';

/**
 * The dating the expert gives, as the object's description takes it (DatingField): the earliest
 * and latest year, each AD or BC (kept as negative years), the period as written, and the range
 * read back below.
 */
export function OpinionDatingField({ form }: { form: UseFormReturnType<OpinionFormValues> }) {
  const t = useOpinionsText();
  const objects = useObjectsText();
  const f = useObjectFormat();
  const dating = form.values.dating;
  const year = (end: 'earliest' | 'latest') => (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <NumberInput
        size="xs"
        label={t(`fields.${end}`)}
        min={0}
        max={3_000_000}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        w={96}
        value={dating[end].year}
        onChange={(value) => form.setFieldValue(`dating.${end}.year`, value)}
        error={form.errors[`dating.${end}`] ?? form.errors[`dating.${end}.year`]}
        data-testid={`opinion-form-dating-${end}`}
      />
      <div style={{ paddingTop: 22 }}>
        <SegmentedControl
          size="xs"
          value={dating[end].era}
          onChange={(value) =>
            form.setFieldValue(`dating.${end}.era`, value === 'bc' ? 'bc' : 'ad')
          }
          data={[
            { value: 'bc', label: objects('dating.bcShort') },
            { value: 'ad', label: objects('dating.adShort') },
          ]}
          aria-label={objects('dating.era')}
          data-testid={`opinion-form-dating-${end}-era`}
        />
      </div>
    </Group>
  );
  const range = f.years(yearOf(dating.earliest), yearOf(dating.latest));
  return (
    <Input.Wrapper label={t('fields.dating')} error={form.errors['dating']}>
      <Stack gap={6} data-testid="opinion-form-dating">
        <Group gap="lg" wrap="wrap" align="flex-start">
          {year('earliest')}
          <Text size="sm" c="dimmed" pt={26} aria-hidden>
            –
          </Text>
          {year('latest')}
          <TextInput
            size="xs"
            label={t('fields.datingText')}
            placeholder={t('form.datingPlaceholder')}
            style={{ flex: 1, minWidth: '12rem' }}
            {...form.getInputProps('dating.text')}
            data-testid="opinion-form-dating-text"
          />
        </Group>
        {range ? (
          <Text size="xs" c="dimmed" data-testid="opinion-form-dating-preview">
            {objects('dating.reads', { range })}
          </Text>
        ) : null}
      </Stack>
    </Input.Wrapper>
  );
}
