import { Grid, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { TRANSPORT_DOCUMENT_KINDS, TRANSPORT_MODES } from '../../../../shared/domain/seizure';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { RepeatableRows } from '../parties/RepeatableRows';
import { CURRENCIES } from './money';
import { PartyRefField } from './PartyRefField';
import {
  inputOf,
  newRouteLeg,
  newTransportDocument,
  moneyOf,
  type SeizureForm,
} from './seizure-form';
import { useSeizuresText } from './useSeizuresText';
import { ValueGapNote } from './ValueGapNote';

/** An amount and its currency side by side. */
function MoneyField(props: { form: SeizureForm; path: string; label: string }) {
  const t = useSeizuresText();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <TextInput
        label={props.label}
        inputMode="decimal"
        style={{ flex: 1 }}
        {...inputOf(props.form, `${props.path}.amount`)}
      />
      <Select
        label={t('fields.currency')}
        w={96}
        data={[...CURRENCIES]}
        searchable
        comboboxProps={{ withinPortal: true }}
        {...inputOf(props.form, `${props.path}.currency`)}
      />
    </Group>
  );
}

/**
 * The shipment a border or customs control stopped: who sent it to whom, by which carrier and
 * route, on which transport documents, and what the customs declaration said against what the
 * objects are worth.
 */
export function ShipmentFields({ form }: { form: SeizureForm }) {
  const t = useSeizuresText();
  const label = useEnumLabel();
  const s = form.values.shipment;
  const d = s.declaration;

  return (
    <Stack gap="md" data-testid="seizure-form-shipment">
      <Switch
        label={t('form.hasShipment')}
        description={t('form.hasShipmentHint')}
        {...form.getInputProps('hasShipment', { type: 'checkbox' })}
        data-testid="seizure-form-hasShipment"
      />
      {form.values.hasShipment ? (
        <>
          <Grid gap="md">
            <Grid.Col span={12}>
              <PartyRefField
                form={form}
                path="shipment.consignor"
                value={s.consignor}
                label={t('fields.consignor')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <PartyRefField
                form={form}
                path="shipment.consignee"
                value={s.consignee}
                label={t('fields.consignee')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput label={t('fields.carrier')} {...inputOf(form, 'shipment.carrier')} />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                label={t('fields.borderCrossingPoint')}
                placeholder={t('form.borderCrossingPlaceholder')}
                {...inputOf(form, 'shipment.borderCrossingPoint')}
              />
            </Grid.Col>
          </Grid>
          <RepeatableRows
            label={t('fields.routeLegs')}
            addLabel={t('form.addLeg')}
            removeLabel={t('form.removeRow')}
            emptyText={t('form.noLegs')}
            rows={s.routeLegs}
            onAdd={() => form.insertListItem('shipment.routeLegs', newRouteLeg())}
            onRemove={(i) => form.removeListItem('shipment.routeLegs', i)}
            max={20}
            testId="seizure-form-legs"
            render={(_row, i) => (
              <Grid gap="xs">
                <Grid.Col span={3}>
                  <TextInput
                    size="xs"
                    label={t('fields.legFrom')}
                    {...inputOf(form, `shipment.routeLegs.${i}.from`)}
                  />
                </Grid.Col>
                <Grid.Col span={3}>
                  <TextInput
                    size="xs"
                    label={t('fields.legTo')}
                    {...inputOf(form, `shipment.routeLegs.${i}.to`)}
                  />
                </Grid.Col>
                <Grid.Col span={2}>
                  <Select
                    size="xs"
                    label={t('fields.legMode')}
                    data={TRANSPORT_MODES.map((m) => ({
                      value: m,
                      label: label('transportMode', m),
                    }))}
                    comboboxProps={{ withinPortal: true }}
                    {...inputOf(form, `shipment.routeLegs.${i}.mode`)}
                  />
                </Grid.Col>
                <Grid.Col span={2}>
                  <TextInput
                    size="xs"
                    type="date"
                    label={t('fields.departedOn')}
                    {...inputOf(form, `shipment.routeLegs.${i}.departedOn`)}
                  />
                </Grid.Col>
                <Grid.Col span={2}>
                  <TextInput
                    size="xs"
                    type="date"
                    label={t('fields.arrivedOn')}
                    {...inputOf(form, `shipment.routeLegs.${i}.arrivedOn`)}
                  />
                </Grid.Col>
              </Grid>
            )}
          />
          <RepeatableRows
            label={t('fields.transportDocuments')}
            addLabel={t('form.addDocument')}
            removeLabel={t('form.removeRow')}
            emptyText={t('form.noDocuments')}
            rows={s.transportDocuments}
            onAdd={() => form.insertListItem('shipment.transportDocuments', newTransportDocument())}
            onRemove={(i) => form.removeListItem('shipment.transportDocuments', i)}
            max={20}
            testId="seizure-form-documents"
            render={(_row, i) => (
              <Grid gap="xs">
                <Grid.Col span={6}>
                  <Select
                    size="xs"
                    label={t('fields.documentKind')}
                    data={TRANSPORT_DOCUMENT_KINDS.map((k) => ({
                      value: k,
                      label: label('transportDocumentKind', k),
                    }))}
                    comboboxProps={{ withinPortal: true }}
                    {...inputOf(form, `shipment.transportDocuments.${i}.kind`)}
                  />
                </Grid.Col>
                <Grid.Col span={6}>
                  <TextInput
                    size="xs"
                    label={t('fields.documentNumber')}
                    styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                    {...inputOf(form, `shipment.transportDocuments.${i}.number`)}
                  />
                </Grid.Col>
              </Grid>
            )}
          />
          <Switch
            label={t('form.hasDeclaration')}
            {...form.getInputProps('shipment.hasDeclaration', { type: 'checkbox' })}
            data-testid="seizure-form-hasDeclaration"
          />
          {s.hasDeclaration ? (
            <Grid gap="md" align="flex-end" data-testid="seizure-form-declaration">
              <Grid.Col span={4}>
                <TextInput
                  label={t('fields.declarationNumber')}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  {...inputOf(form, 'shipment.declaration.number')}
                />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextInput
                  label={t('fields.hsCode')}
                  description={t('form.hsCodeHint')}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  {...inputOf(form, 'shipment.declaration.hsCode')}
                />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextInput
                  label={t('fields.declaredOrigin')}
                  description={t('form.declaredOriginHint')}
                  {...inputOf(form, 'shipment.declaration.declaredOrigin')}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <TextInput
                  label={t('fields.declaredDescription')}
                  description={t('form.declaredDescriptionHint')}
                  {...inputOf(form, 'shipment.declaration.declaredDescription')}
                />
              </Grid.Col>
              <Grid.Col span={6}>
                <MoneyField
                  form={form}
                  path="shipment.declaration.declaredValue"
                  label={t('fields.declaredValue')}
                />
              </Grid.Col>
              <Grid.Col span={6}>
                <MoneyField
                  form={form}
                  path="shipment.declaration.assessedValue"
                  label={t('fields.assessedValue')}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <ValueGapNote
                  declared={moneyOf(d.declaredValue)}
                  assessed={moneyOf(d.assessedValue)}
                />
                {!moneyOf(d.declaredValue) || !moneyOf(d.assessedValue) ? (
                  <Text size="xs" c="dimmed">
                    {t('form.valuesHint')}
                  </Text>
                ) : null}
              </Grid.Col>
            </Grid>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
