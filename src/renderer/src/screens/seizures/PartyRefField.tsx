import { Grid, Input, TextInput } from '@mantine/core';
import { PartyPicker } from '../parties/PartyPicker';
import type { PartyRefValue, SeizureForm } from './seizure-form';
import { useSeizuresText } from './useSeizuresText';

/**
 * A person or organisation named on the seizure record: a party of the case file (so it shows in
 * their history), or just the name as written when they are not recorded as a party.
 */
export function PartyRefField(props: {
  form: SeizureForm;
  /** Path of the PartyRef in the form's values: `holder`, `shipment.consignor`… */
  path: string;
  value: PartyRefValue;
  label: string;
  size?: 'xs' | 'sm';
}) {
  const t = useSeizuresText();
  const { form, path, value } = props;
  const testId = `seizure-form-${path}`;
  return (
    <Input.Wrapper label={props.label} data-testid={testId}>
      <Grid gap="xs">
        <Grid.Col span={6}>
          <PartyPicker
            size={props.size}
            placeholder={t('form.pickParty')}
            value={value.picked}
            onChange={(party) =>
              form.setFieldValue(path, {
                partyId: party?.id ?? null,
                name: party ? '' : value.name,
                picked: party,
              })
            }
            error={form.errors[`${path}.partyId`]}
            testId={`${testId}-party`}
          />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput
            size={props.size}
            placeholder={value.picked ? t('form.partyPicked') : t('form.orName')}
            disabled={value.picked !== null}
            {...form.getInputProps(`${path}.name`)}
            data-testid={`${testId}-name`}
          />
        </Grid.Col>
      </Grid>
    </Input.Wrapper>
  );
}
