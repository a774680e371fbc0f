import {
  ActionIcon,
  Button,
  Card,
  Grid,
  Group,
  MultiSelect,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Authority, MlaFields } from '../../../../shared/domain/intl-request';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';
import { useCountries } from '../parties/countries';
import { useCaseObjects } from '../objects/useCaseObjects';
import { useRequestsText } from './requests-text';

/** A refusal of main for one field path of the request's fields ("to.name", "offences.0.x"). */
export type ErrorOf = (path: string) => string | undefined;

export interface PickOption {
  value: string;
  label: string;
}

/** What the pickers offer: the case's parties, objects, accounts and documents. */
export interface CaseLists {
  parties: PickOption[];
  objects: PickOption[];
  accounts: PickOption[];
  documents: PickOption[];
}

/** Reads the case's parties, objects, accounts and documents once, as picker options. */
export function useCaseLists(caseId: string): CaseLists {
  const call = useIpc();
  const objects = useCaseObjects(caseId);
  const [lists, setLists] = useState<Omit<CaseLists, 'objects'>>({
    parties: [],
    accounts: [],
    documents: [],
  });
  useEffect(() => {
    let live = true;
    void Promise.all([
      call(api.party.list({ caseId })),
      call(api.account.list({ caseId })),
      call(api.document.list({ caseId })),
    ]).then(([parties, accounts, documents]) => {
      if (!live) return;
      setLists({
        parties: (parties ?? []).map((p) => ({
          value: p.id,
          label: p.roles.length > 0 ? `${p.name} (${p.roles.join(', ')})` : p.name,
        })),
        accounts: (accounts ?? []).map((a) => ({
          value: a.id,
          label: [a.label, a.holderName].filter(Boolean).join(' — '),
        })),
        documents: (documents ?? []).map((d) => ({
          value: d.id,
          label: [d.number, d.title || d.file?.name].filter(Boolean).join(' — ') || d.id,
        })),
      });
    });
    return () => {
      live = false;
    };
  }, [call, caseId]);
  const objectOptions = useMemo(
    () =>
      (objects ?? []).map((o) => ({
        value: o.id,
        label: [o.exhibitNumber, o.title].filter(Boolean).join(' — '),
      })),
    [objects],
  );
  return { ...lists, objects: objectOptions };
}

/** Options with the chosen ids that the lists do not (yet) hold, so nothing picked disappears. */
function withChosen(options: PickOption[], chosen: readonly string[]): PickOption[] {
  const known = new Set(options.map((o) => o.value));
  return [
    ...options,
    ...chosen.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id })),
  ];
}

/** Picks records of the case (objects, accounts, parties, documents) by name. */
export function RecordPicker(props: {
  label: string;
  options: PickOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
  testId: string;
}) {
  const t = useRequestsText();
  return (
    <MultiSelect
      label={props.label}
      data={withChosen(props.options, props.value)}
      value={[...props.value]}
      onChange={props.onChange}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('field.none')}
      maxDropdownHeight={260}
      comboboxProps={{ withinPortal: true }}
      error={props.error}
      data-testid={props.testId}
    />
  );
}

/** One party of the case, or none. */
export function PartyPicker(props: {
  label: string;
  options: PickOption[];
  value: string | null;
  onChange: (id: string | null) => void;
  required?: boolean;
  error?: string;
  testId: string;
}) {
  return (
    <Select
      label={props.label}
      data={withChosen(props.options, props.value ? [props.value] : [])}
      value={props.value}
      onChange={props.onChange}
      searchable
      clearable={!props.required}
      required={props.required}
      error={props.error}
      data-testid={props.testId}
    />
  );
}

/** Select of a country (the region first), named in the interface language. */
export function CountrySelect(props: {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  required?: boolean;
  error?: string;
  testId: string;
}) {
  const countries = useCountries();
  return (
    <Select
      label={props.label}
      data={countries.options}
      value={props.value}
      onChange={props.onChange}
      searchable
      clearable
      required={props.required}
      error={props.error}
      data-testid={props.testId}
    />
  );
}

/** What every request's header holds: the requested state, our reference, the two authorities. */
type Addressing = Pick<MlaFields, 'requestedState' | 'reference' | 'to' | 'from'>;

/** The header section both request kinds start with: to whom, from whom, under which reference. */
export function AddressingFields(props: {
  fields: Addressing;
  onChange: (patch: Partial<Addressing>) => void;
  errorOf: ErrorOf;
}) {
  const t = useRequestsText();
  const { fields, onChange, errorOf } = props;
  return (
    <>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <CountrySelect
            label={t('field.requestedState')}
            required
            value={fields.requestedState}
            onChange={(c) => onChange({ requestedState: c })}
            error={errorOf('requestedState')}
            testId="request-requestedState"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('field.reference')}
            value={fields.reference}
            onChange={(e) => onChange({ reference: e.currentTarget.value })}
            error={errorOf('reference')}
            data-testid="request-reference"
          />
        </Grid.Col>
      </Grid>
      <AuthorityFields
        title={t('field.to')}
        path="to"
        value={fields.to}
        onChange={(v) => onChange({ to: v })}
        errorOf={errorOf}
      />
      <AuthorityFields
        title={t('field.from')}
        path="from"
        value={fields.from}
        onChange={(v) => onChange({ from: v })}
        errorOf={errorOf}
      />
    </>
  );
}

/** An authority: name (what makes it given), person acting, function, contacts, country. */
export function AuthorityFields(props: {
  title: string;
  value: Authority;
  onChange: (next: Authority) => void;
  errorOf: ErrorOf;
  path: 'to' | 'from';
}) {
  const t = useRequestsText();
  const { value, path } = props;
  const set = <K extends keyof Authority>(key: K, v: Authority[K]) =>
    props.onChange({ ...value, [key]: v });
  return (
    <Card withBorder padding="sm" data-testid={`request-authority-${path}`}>
      <Text fw={600} size="sm" mb="xs">
        {props.title}
      </Text>
      <Grid gap="sm">
        <Grid.Col span={12}>
          <TextInput
            label={t('field.authorityName')}
            required
            value={value.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={props.errorOf(`${path}.name`)}
            data-testid={`request-${path}-name`}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('field.person')}
            value={value.person}
            onChange={(e) => set('person', e.currentTarget.value)}
            error={props.errorOf(`${path}.person`)}
            data-testid={`request-${path}-person`}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('field.function')}
            value={value.function}
            onChange={(e) => set('function', e.currentTarget.value)}
            error={props.errorOf(`${path}.function`)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            label={t('field.address')}
            value={value.address}
            onChange={(e) => set('address', e.currentTarget.value)}
            error={props.errorOf(`${path}.address`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('field.phone')}
            value={value.phone}
            onChange={(e) => set('phone', e.currentTarget.value)}
            error={props.errorOf(`${path}.phone`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('field.email')}
            value={value.email}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={props.errorOf(`${path}.email`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <CountrySelect
            label={t('field.country')}
            value={value.country}
            onChange={(c) => set('country', c)}
            error={props.errorOf(`${path}.country`)}
            testId={`request-${path}-country`}
          />
        </Grid.Col>
      </Grid>
    </Card>
  );
}

/** A long text of the form, growing with what is typed. */
export function LongText(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
  error?: string;
  description?: string;
  minRows?: number;
  testId: string;
}) {
  return (
    <Textarea
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      required={props.required}
      error={props.error}
      autosize
      minRows={props.minRows ?? 4}
      maxRows={18}
      data-testid={props.testId}
    />
  );
}

/** A numbered item of a repeatable list (an offence, a measure, a person) with its remove button. */
export function RepeatItem(props: {
  title: string;
  removeLabel: string;
  onRemove: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="sm" data-testid={props.testId}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={4} size="h6">
          {props.title}
        </Title>
        <Tooltip label={props.removeLabel}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={props.removeLabel}
            onClick={props.onRemove}
            data-testid={`${props.testId}-remove`}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Stack gap="sm">{props.children}</Stack>
    </Card>
  );
}

/** The list's empty line and its Add button. */
export function RepeatFooter(props: {
  empty: boolean;
  emptyText: string;
  missing?: boolean;
  addLabel: string;
  onAdd: () => void;
  testId: string;
  /** A second action beside Add (e.g. "Add the case's offences"). */
  extra?: ReactNode;
}) {
  return (
    <Stack gap="xs">
      {props.empty ? (
        <Text size="sm" c={props.missing ? 'red.7' : 'dimmed'}>
          {props.emptyText}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={props.onAdd}
          data-testid={props.testId}
        >
          {props.addLabel}
        </Button>
        {props.extra}
      </Group>
    </Stack>
  );
}
