import {
  ActionIcon,
  Button,
  Checkbox,
  Grid,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ObjectSummary, SeizureSummary } from '../../../../../shared/domain/object-views';
import { CERTAINTY } from '../../../../../shared/domain/common';
import {
  EU_2019_880_PARTS,
  UNESCO_1970_CATEGORIES,
} from '../../../../../shared/domain/vocabularies';
import { useEnumLabel, useVocabulary } from '../../../hooks/useVocabulary';
import { useCountries } from '../fields/countries';
import { mono } from '../object-marks';
import { useNumberSeparators } from '../fields/number-input';
import { useObjectsText } from '../useObjectsText';
import type { ObjectForm } from './object-form';
import { Section } from './Section';

const testId = (name: string) => ({ 'data-testid': `object-form-${name}` });

/** Exhibit number, seizure and lot count: how the object is known in the case. */
export function InCaseFields(props: { form: ObjectForm; seizures: readonly SeizureSummary[] }) {
  const t = useObjectsText();
  const separators = useNumberSeparators();
  const { form } = props;
  return (
    <Grid gap="xs">
      <Grid.Col span={5}>
        <TextInput
          size="xs"
          label={t('fields.exhibitNumber')}
          required
          styles={{ input: mono }}
          {...form.getInputProps('exhibitNumber')}
          {...testId('exhibitNumber')}
        />
      </Grid.Col>
      <Grid.Col span={7}>
        <Select
          size="xs"
          label={t('fields.seizure')}
          placeholder={t('form.noSeizure')}
          data={props.seizures.map((s) => ({ value: s.id, label: s.reference }))}
          allowDeselect
          clearable
          searchable
          {...form.getInputProps('seizureId')}
          {...testId('seizure')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <NumberInput
          size="xs"
          label={t('fields.lotCount')}
          description={t('form.lotCountHint')}
          placeholder={t('form.singleObject')}
          min={2}
          allowDecimal={false}
          allowNegative={false}
          {...separators}
          w={220}
          {...form.getInputProps('lotCount')}
          {...testId('lotCount')}
        />
      </Grid.Col>
    </Grid>
  );
}

/** UNESCO 1970 categories, EU 2019/880 part, Reg. 116/2009 category, national treasure, origin. */
export function LegalFields({ form }: { form: ObjectForm }) {
  const t = useObjectsText();
  const label = useEnumLabel();
  const v = form.values;
  const reg116 = useVocabulary('reg116_category', v.reg116Category ? [v.reg116Category] : []);
  const countries = useCountries();
  return (
    <Stack gap="sm">
      <Checkbox.Group
        label={t('fields.unesco1970')}
        description={t('form.unesco1970Hint')}
        size="xs"
        {...form.getInputProps('unesco1970')}
        {...testId('unesco1970')}
      >
        <SimpleGrid cols={1} spacing={4} mt={6}>
          {UNESCO_1970_CATEGORIES.map((c) => (
            <Checkbox
              key={c}
              value={c}
              label={label('unesco1970', c)}
              size="xs"
              {...testId(`unesco-${c}`)}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Radio.Group
        label={t('fields.eu2019880Part')}
        size="xs"
        value={v.eu2019880Part ?? 'none'}
        onChange={(part) => form.setFieldValue('eu2019880Part', part === 'none' ? null : part)}
        error={form.errors['eu2019880Part']}
        {...testId('eu2019880Part')}
      >
        <Stack gap={4} mt={6}>
          <Radio value="none" label={t('form.euNone')} size="xs" />
          {EU_2019_880_PARTS.map((p) => (
            <Radio
              key={p}
              value={p}
              label={label('eu2019880Part', p)}
              size="xs"
              {...testId(`eu-${p}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Select
        size="xs"
        label={t('fields.reg116Category')}
        placeholder={t('form.none')}
        data={reg116.options}
        allowDeselect
        clearable
        searchable
        maxDropdownHeight={300}
        comboboxProps={{ width: 420, position: 'bottom-start' }}
        {...form.getInputProps('reg116Category')}
        {...testId('reg116Category')}
      />
      <Switch
        size="sm"
        label={t('fields.nationalTreasure')}
        description={t('form.nationalTreasureHint')}
        {...form.getInputProps('nationalTreasure', { type: 'checkbox' })}
        {...testId('nationalTreasure')}
      />
      <Grid gap="xs">
        <Grid.Col span={7}>
          <Select
            size="xs"
            label={t('fields.countryOfOrigin')}
            placeholder={t('form.none')}
            data={countries.options}
            allowDeselect
            clearable
            searchable
            {...form.getInputProps('countryOfOrigin')}
            {...testId('countryOfOrigin')}
          />
        </Grid.Col>
        <Grid.Col span={5}>
          <Select
            size="xs"
            label={t('fields.certainty')}
            data={CERTAINTY.map((c) => ({ value: c, label: label('certainty', c) }))}
            {...form.getInputProps('countryOfOriginCertainty')}
            {...testId('countryOfOriginCertainty')}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The five additional Object ID categories (recommended, not part of the consensus core). */
export function AdditionalFields(props: {
  form: ObjectForm;
  objectId: string;
  others: readonly ObjectSummary[] | null;
}) {
  const t = useObjectsText();
  const { form } = props;
  const countries = useCountries();
  const v = form.values;
  const options = (props.others ?? [])
    .filter((o) => o.id !== props.objectId)
    .map((o) => ({ value: o.id, label: `${o.exhibitNumber} — ${o.title}` }));
  return (
    <Stack gap="sm">
      <TextInput
        size="xs"
        label={t('fields.inventoryNumber')}
        description={t('form.inventoryHint')}
        {...form.getInputProps('inventoryNumber')}
        {...testId('inventoryNumber')}
      />
      <Textarea
        size="xs"
        label={t('fields.relatedWrittenMaterial')}
        placeholder={t('form.writtenPlaceholder')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('relatedWrittenMaterial')}
        {...testId('relatedWrittenMaterial')}
      />
      <Section title={t('fields.placeOfOrigin')}>
        <Grid gap="xs">
          <Grid.Col span={12}>
            <TextInput
              size="xs"
              aria-label={t('fields.placeText')}
              placeholder={t('form.placePlaceholder')}
              {...form.getInputProps('placeOfOrigin.text')}
              {...testId('place-text')}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Select
              size="xs"
              aria-label={t('fields.country')}
              placeholder={t('fields.country')}
              data={countries.options}
              allowDeselect
              clearable
              searchable
              {...form.getInputProps('placeOfOrigin.country')}
              {...testId('place-country')}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <NumberInput
              size="xs"
              aria-label={t('fields.lat')}
              placeholder={t('fields.lat')}
              min={-90}
              max={90}
              decimalScale={6}
              hideControls
              {...form.getInputProps('placeOfOrigin.lat')}
              {...testId('place-lat')}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <NumberInput
              size="xs"
              aria-label={t('fields.lon')}
              placeholder={t('fields.lon')}
              min={-180}
              max={180}
              decimalScale={6}
              hideControls
              {...form.getInputProps('placeOfOrigin.lon')}
              {...testId('place-lon')}
            />
          </Grid.Col>
        </Grid>
      </Section>
      <Section title={t('fields.relatedObjects')} hint={t('form.relatedHint')}>
        <Stack gap={6} {...testId('relatedObjects')}>
          {v.relatedObjects.map((_, i) => (
            <Grid key={form.key(`relatedObjects.${i}`)} gap="xs" align="flex-start">
              <Grid.Col span={6}>
                <Select
                  size="xs"
                  aria-label={t('fields.relatedObject')}
                  placeholder={t('form.pickObject')}
                  data={options}
                  searchable
                  nothingFoundMessage={t('form.noOtherObjects')}
                  {...form.getInputProps(`relatedObjects.${i}.objectId`)}
                  {...testId(`related-${i}-object`)}
                />
              </Grid.Col>
              <Grid.Col span={5}>
                <TextInput
                  size="xs"
                  aria-label={t('fields.relation')}
                  placeholder={t('form.relationPlaceholder')}
                  {...form.getInputProps(`relatedObjects.${i}.relation`)}
                  {...testId(`related-${i}-relation`)}
                />
              </Grid.Col>
              <Grid.Col span={1}>
                <Tooltip label={t('form.removeRow')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('form.removeRow')}
                    onClick={() => form.removeListItem('relatedObjects', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Grid.Col>
            </Grid>
          ))}
          <div>
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                form.insertListItem('relatedObjects', { objectId: null, relation: '' })
              }
              {...testId('related-add')}
            >
              {t('form.addRelated')}
            </Button>
          </div>
        </Stack>
      </Section>
      <TextInput
        size="xs"
        type="date"
        label={t('fields.dateDocumented')}
        w={180}
        {...form.getInputProps('dateDocumented')}
        {...testId('dateDocumented')}
      />
    </Stack>
  );
}
