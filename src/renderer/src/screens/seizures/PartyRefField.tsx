import { Grid, Input, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { PartyPicker } from '../parties/PartyPicker';
import type { PartyRefValue } from './seizure-form';
import { useSeizuresText } from './useSeizuresText';

/** What the field needs of a @mantine/form form, whatever the form's other values. */
export interface PartyRefForm {
  errors: Record<string, ReactNode>;
  setFieldValue: (path: string, value: PartyRefValue) => void;
  getInputProps: (path: string) => GetInputPropsReturnType;
}

/**
 * A person or organisation named on the seizure record: a party of the case file (so it shows in
 * their history), or just the name as written when they are not recorded as a party.
 */
export function PartyRefField(props: {
  form: PartyRefForm;
  /** Path of the PartyRef in the form's values: `holder`, `shipment.consignor`… */
  path: string;
  value: PartyRefValue;
  label: string;
  size?: 'xs' | 'sm';
  /** Test ids: `<testId>`, `<testId>-party`, `<testId>-name`; `seizure-form-<path>` by default. */
  testId?: string;
}) {
  const t = useSeizuresText();
  const { form, path, value } = props;
  const testId = props.testId ?? `seizure-form-${path}`;
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
