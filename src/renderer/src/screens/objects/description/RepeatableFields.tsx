import {
  ActionIcon,
  Button,
  Grid,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { DIMENSIONS, INSCRIPTION_KINDS, UNITS } from '../../../../../shared/domain/object';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { useObjectsText } from '../useObjectsText';
import type { ObjectForm } from './object-form';

const WEIGHTS = ['g', 'kg', 'ct', 'oz'];
const unitsFor = (dimension: string) =>
  UNITS.filter((u) => WEIGHTS.includes(u) === (dimension === 'weight'));

function RemoveButton(props: { label: string; onClick: () => void; testId: string }) {
  return (
    <Tooltip label={props.label}>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={props.label}
        onClick={props.onClick}
        data-testid={props.testId}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

/** 1.3 Measurements: which dimension, the value and its unit (a weight in g, kg, ct or oz). */
export function MeasurementsField({ form }: { form: ObjectForm }) {
  const t = useObjectsText();
  const label = useEnumLabel();
  const rows = form.values.measurements;
  return (
    <Stack gap={6} data-testid="object-form-measurements">
      {rows.map((row, i) => (
        <Grid key={form.key(`measurements.${i}`)} gap="xs" align="flex-start">
          <Grid.Col span={5}>
            <Select
              size="xs"
              aria-label={t('fields.dimension')}
              data={DIMENSIONS.map((d) => ({ value: d, label: label('dimension', d) }))}
              value={row.dimension}
              onChange={(dimension) => {
                if (!dimension) return;
                const units = unitsFor(dimension);
                form.setFieldValue(`measurements.${i}`, {
                  ...row,
                  dimension,
                  unit: units.some((u) => u === row.unit) ? row.unit : (units[1] ?? units[0] ?? ''),
                });
              }}
              error={form.errors[`measurements.${i}.dimension`]}
              data-testid={`object-form-measurement-${i}-dimension`}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <NumberInput
              size="xs"
              aria-label={t('fields.value')}
              min={0}
              decimalScale={3}
              hideControls
              {...form.getInputProps(`measurements.${i}.value`)}
              data-testid={`object-form-measurement-${i}-value`}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <Select
              size="xs"
              aria-label={t('fields.unit')}
              data={unitsFor(row.dimension).map((u) => ({ value: u, label: u }))}
              {...form.getInputProps(`measurements.${i}.unit`)}
              data-testid={`object-form-measurement-${i}-unit`}
            />
          </Grid.Col>
          <Grid.Col span={1}>
            <RemoveButton
              label={t('form.removeRow')}
              onClick={() => form.removeListItem('measurements', i)}
              testId={`object-form-measurement-${i}-remove`}
            />
          </Grid.Col>
        </Grid>
      ))}
      <div>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            form.insertListItem('measurements', { dimension: 'height', value: '', unit: 'cm' })
          }
          data-testid="object-form-measurement-add"
        >
          {t('form.addMeasurement')}
        </Button>
      </div>
    </Stack>
  );
}

/** 1.5 Inscriptions & markings: what kind, the text as read, where on the object, which script. */
export function InscriptionsField({ form }: { form: ObjectForm }) {
  const t = useObjectsText();
  const label = useEnumLabel();
  return (
    <Stack gap="xs" data-testid="object-form-inscriptions">
      {form.values.inscriptions.map((_, i) => (
        <Grid
          key={form.key(`inscriptions.${i}`)}
          gap="xs"
          align="flex-start"
          pb={6}
          style={{ borderBottom: '1px dashed var(--mantine-color-gray-3)' }}
        >
          <Grid.Col span={4}>
            <Select
              size="xs"
              aria-label={t('fields.inscriptionKind')}
              data={INSCRIPTION_KINDS.map((k) => ({
                value: k,
                label: label('inscriptionKind', k),
              }))}
              {...form.getInputProps(`inscriptions.${i}.kind`)}
              data-testid={`object-form-inscription-${i}-kind`}
            />
          </Grid.Col>
          <Grid.Col span={7}>
            <TextInput
              size="xs"
              aria-label={t('fields.inscriptionText')}
              placeholder={t('fields.inscriptionText')}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps(`inscriptions.${i}.text`)}
              data-testid={`object-form-inscription-${i}-text`}
            />
          </Grid.Col>
          <Grid.Col span={1}>
            <RemoveButton
              label={t('form.removeRow')}
              onClick={() => form.removeListItem('inscriptions', i)}
              testId={`object-form-inscription-${i}-remove`}
            />
          </Grid.Col>
          <Grid.Col span={4} offset={0}>
            <TextInput
              size="xs"
              aria-label={t('fields.inscriptionPosition')}
              placeholder={t('fields.inscriptionPosition')}
              {...form.getInputProps(`inscriptions.${i}.position`)}
              data-testid={`object-form-inscription-${i}-position`}
            />
          </Grid.Col>
          <Grid.Col span={7}>
            <TextInput
              size="xs"
              aria-label={t('fields.inscriptionScript')}
              placeholder={t('form.scriptPlaceholder')}
              {...form.getInputProps(`inscriptions.${i}.script`)}
              data-testid={`object-form-inscription-${i}-script`}
            />
          </Grid.Col>
        </Grid>
      ))}
      <div>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            form.insertListItem('inscriptions', {
              kind: 'inscription',
              text: '',
              position: '',
              script: '',
            })
          }
          data-testid="object-form-inscription-add"
        >
          {t('form.addInscription')}
        </Button>
      </div>
    </Stack>
  );
}
