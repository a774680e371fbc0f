import { Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useObjectsText } from '../useObjectsText';
import { useObjectFormat } from './object-format';
import { yearOf, type ObjectForm } from './object-form';

/**
 * 1.6 Date or period: the earliest and latest year, each AD or BC (kept as negative years), and
 * the period as written ("Late Bronze Age", "reign of Trajan"); the range reads back below.
 */
export function DatingField({ form }: { form: ObjectForm }) {
  const t = useObjectsText();
  const f = useObjectFormat();
  const dating = form.values.dating;
  const era = (end: 'earliest' | 'latest') => (
    <SegmentedControl
      size="xs"
      value={dating[end].era}
      onChange={(value) => form.setFieldValue(`dating.${end}.era`, value === 'bc' ? 'bc' : 'ad')}
      data={[
        { value: 'bc', label: t('dating.bcShort') },
        { value: 'ad', label: t('dating.adShort') },
      ]}
      aria-label={t('dating.era')}
      data-testid={`object-form-dating-${end}-era`}
    />
  );
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
        data-testid={`object-form-dating-${end}`}
      />
      <div style={{ paddingTop: 22 }}>{era(end)}</div>
    </Group>
  );
  const range = f.years(yearOf(dating.earliest), yearOf(dating.latest));
  return (
    <Stack gap={6} data-testid="object-form-dating">
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
          style={{ flex: 1, minWidth: '14rem' }}
          {...form.getInputProps('dating.text')}
          error={form.errors['dating.text'] ?? form.errors['dating']}
          data-testid="object-form-dating-text"
        />
      </Group>
      {range ? (
        <Text size="xs" c="dimmed" data-testid="object-form-dating-preview">
          {t('dating.reads', { range })}
        </Text>
      ) : null}
    </Stack>
  );
}
