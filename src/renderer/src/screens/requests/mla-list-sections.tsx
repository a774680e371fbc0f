import { Button, Grid, Select, Stack, TextInput } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import {
  MEASURE_KINDS,
  type EssentialSection,
  type Measure,
  type MeasureKind,
  type MlaFields,
  type OffenceStatement,
} from '../../../../shared/domain/intl-request';
import {
  LongText,
  PartyPicker,
  RecordPicker,
  RepeatFooter,
  RepeatItem,
  type CaseLists,
  type ErrorOf,
} from './request-form-parts';
import type { RequestsText } from './requests-text';

/**
 * The MLA form's repeatable-list sections: the offences, the persons concerned and the measures
 * requested, each a list of numbered items with an Add footer. Plain render functions called by
 * `MlaSection` (not components), so the element tree React sees is the same as when they were
 * written inline there.
 */

type Person = MlaFields['persons'][number];

/** What a list section needs from `MlaSection`: the fields, its setter, errors, lists and `t`. */
export interface MlaListArgs {
  fields: MlaFields;
  set: <K extends keyof MlaFields>(key: K, value: MlaFields[K]) => void;
  errorOf: ErrorOf;
  missing: ReadonlySet<EssentialSection>;
  lists: CaseLists;
  t: RequestsText;
}

/** The `offence_type` vocabulary and the case's own offences, for the offences section. */
export interface OffenceChoices {
  options: ReadonlyArray<{ value: string; label: string }>;
  labelOf: (code: string) => string;
  /** The codes recorded on the case (its Details), in their order. */
  ofCase: readonly string[];
}

const newOffence = (): OffenceStatement => ({
  code: null,
  qualification: '',
  provision: '',
  legalText: '',
  maxPenalty: '',
  limitation: '',
});

const newMeasure = (): Measure => ({
  kind: 'bank_records',
  details: '',
  objectIds: [],
  accountIds: [],
  partyIds: [],
});

/** The offences section: each offence's qualification, provision, legal text, penalty, limitation. */
export function mlaOffences(
  { fields, set, errorOf, missing, t }: MlaListArgs,
  choices: OffenceChoices,
) {
  const stated = new Set(fields.offences.flatMap((o) => (o.code ? [o.code] : [])));
  const notYet = choices.ofCase.filter((code) => !stated.has(code));
  const addFromCase = () =>
    set('offences', [
      ...fields.offences,
      ...notYet.map((code) => ({ ...newOffence(), code, qualification: choices.labelOf(code) })),
    ]);
  return (
    <Stack gap="sm">
      {fields.offences.map((o, i) => {
        const put = (patch: Partial<OffenceStatement>) =>
          set(
            'offences',
            fields.offences.map((x, j) => (j === i ? { ...x, ...patch } : x)),
          );
        return (
          <RepeatItem
            key={i}
            title={t('offence.number', { n: i + 1 })}
            removeLabel={t('offence.remove')}
            onRemove={() =>
              set(
                'offences',
                fields.offences.filter((_, j) => j !== i),
              )
            }
            testId={`request-offence-${i}`}
          >
            <Select
              label={t('offence.type')}
              description={t('offence.typeHint')}
              data={choices.options.map(({ value, label }) => ({ value, label }))}
              value={o.code}
              onChange={(code) => {
                // The qualification follows the type while it is empty or still the old type's
                // wording; once the person has written their own, it is left alone.
                const was = o.code ? choices.labelOf(o.code) : '';
                const own = o.qualification.trim() !== '' && o.qualification.trim() !== was;
                put({
                  code,
                  qualification: code && !own ? choices.labelOf(code) : o.qualification,
                });
              }}
              searchable
              clearable
              data-testid={`request-offence-${i}-type`}
            />
            <TextInput
              label={t('offence.qualification')}
              required
              value={o.qualification}
              onChange={(e) => put({ qualification: e.currentTarget.value })}
              error={errorOf(`offences.${i}.qualification`)}
              data-testid={`request-offence-${i}-qualification`}
            />
            <TextInput
              label={t('offence.provision')}
              value={o.provision}
              onChange={(e) => put({ provision: e.currentTarget.value })}
              error={errorOf(`offences.${i}.provision`)}
              data-testid={`request-offence-${i}-provision`}
            />
            <LongText
              label={t('offence.legalText')}
              value={o.legalText}
              onChange={(v) => put({ legalText: v })}
              error={errorOf(`offences.${i}.legalText`)}
              minRows={3}
              testId={`request-offence-${i}-legalText`}
            />
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('offence.maxPenalty')}
                  value={o.maxPenalty}
                  onChange={(e) => put({ maxPenalty: e.currentTarget.value })}
                  error={errorOf(`offences.${i}.maxPenalty`)}
                  data-testid={`request-offence-${i}-maxPenalty`}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('offence.limitation')}
                  value={o.limitation}
                  onChange={(e) => put({ limitation: e.currentTarget.value })}
                  error={errorOf(`offences.${i}.limitation`)}
                  data-testid={`request-offence-${i}-limitation`}
                />
              </Grid.Col>
            </Grid>
          </RepeatItem>
        );
      })}
      <RepeatFooter
        empty={fields.offences.length === 0}
        emptyText={t('offence.empty')}
        missing={missing.has('offences')}
        addLabel={t('offence.add')}
        onAdd={() => set('offences', [...fields.offences, newOffence()])}
        testId="request-offence-add"
        extra={
          notYet.length > 0 ? (
            <Button
              variant="subtle"
              leftSection={<IconListCheck size={16} />}
              onClick={addFromCase}
              data-testid="request-offence-add-case"
            >
              {t('offence.addFromCase', { count: notYet.length })}
            </Button>
          ) : null
        }
      />
    </Stack>
  );
}

/** The persons section: each party concerned (once each), its role and a note. */
export function mlaPersons({ fields, set, errorOf, lists, t }: MlaListArgs) {
  const taken = new Set(fields.persons.map((p) => p.partyId));
  return (
    <Stack gap="sm">
      {fields.persons.map((p, i) => {
        const put = (patch: Partial<Person>) =>
          set(
            'persons',
            fields.persons.map((x, j) => (j === i ? { ...x, ...patch } : x)),
          );
        return (
          <RepeatItem
            key={i}
            title={lists.parties.find((o) => o.value === p.partyId)?.label ?? t('person.party')}
            removeLabel={t('person.remove')}
            onRemove={() =>
              set(
                'persons',
                fields.persons.filter((_, j) => j !== i),
              )
            }
            testId={`request-person-${i}`}
          >
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <PartyPicker
                  label={t('person.party')}
                  required
                  options={lists.parties.filter(
                    (o) => o.value === p.partyId || !taken.has(o.value),
                  )}
                  value={p.partyId || null}
                  onChange={(id) => put({ partyId: id ?? '' })}
                  error={errorOf(`persons.${i}.partyId`)}
                  testId={`request-person-${i}-party`}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('person.role')}
                  placeholder={t('person.rolePlaceholder')}
                  value={p.role}
                  onChange={(e) => put({ role: e.currentTarget.value })}
                  error={errorOf(`persons.${i}.role`)}
                  data-testid={`request-person-${i}-role`}
                />
              </Grid.Col>
            </Grid>
            <LongText
              label={t('person.note')}
              value={p.note}
              onChange={(v) => put({ note: v })}
              error={errorOf(`persons.${i}.note`)}
              minRows={2}
              testId={`request-person-${i}-note`}
            />
          </RepeatItem>
        );
      })}
      <RepeatFooter
        empty={fields.persons.length === 0}
        emptyText={t('person.empty')}
        addLabel={t('person.add')}
        onAdd={() => {
          const first = lists.parties.find((o) => !taken.has(o.value));
          set('persons', [...fields.persons, { partyId: first?.value ?? '', role: '', note: '' }]);
        }}
        testId="request-person-add"
      />
    </Stack>
  );
}

/** The measures section: each measure's kind, details and the objects, accounts, parties it targets. */
export function mlaMeasures({ fields, set, errorOf, missing, lists, t }: MlaListArgs) {
  return (
    <Stack gap="sm">
      {fields.measures.map((m, i) => {
        const put = (patch: Partial<Measure>) =>
          set(
            'measures',
            fields.measures.map((x, j) => (j === i ? { ...x, ...patch } : x)),
          );
        return (
          <RepeatItem
            key={i}
            title={`${t('measure.number', { n: i + 1 })} — ${t(`measure.kinds.${m.kind}`)}`}
            removeLabel={t('measure.remove')}
            onRemove={() =>
              set(
                'measures',
                fields.measures.filter((_, j) => j !== i),
              )
            }
            testId={`request-measure-${i}`}
          >
            <Select
              label={t('measure.kind')}
              required
              allowDeselect={false}
              data={MEASURE_KINDS.map((k) => ({ value: k, label: t(`measure.kinds.${k}`) }))}
              value={m.kind}
              onChange={(k) => {
                if (k) put({ kind: k as MeasureKind });
              }}
              error={errorOf(`measures.${i}.kind`)}
              data-testid={`request-measure-${i}-kind`}
            />
            <LongText
              label={t('measure.details')}
              required
              value={m.details}
              onChange={(v) => put({ details: v })}
              error={errorOf(`measures.${i}.details`)}
              minRows={3}
              testId={`request-measure-${i}-details`}
            />
            <Grid gap="sm">
              <Grid.Col span={12}>
                <RecordPicker
                  label={t('measure.objects')}
                  options={lists.objects}
                  value={m.objectIds}
                  onChange={(ids) => put({ objectIds: ids })}
                  error={errorOf(`measures.${i}.objectIds`)}
                  testId={`request-measure-${i}-objects`}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <RecordPicker
                  label={t('measure.accounts')}
                  options={lists.accounts}
                  value={m.accountIds}
                  onChange={(ids) => put({ accountIds: ids })}
                  error={errorOf(`measures.${i}.accountIds`)}
                  testId={`request-measure-${i}-accounts`}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <RecordPicker
                  label={t('measure.parties')}
                  options={lists.parties}
                  value={m.partyIds}
                  onChange={(ids) => put({ partyIds: ids })}
                  error={errorOf(`measures.${i}.partyIds`)}
                  testId={`request-measure-${i}-parties`}
                />
              </Grid.Col>
            </Grid>
          </RepeatItem>
        );
      })}
      <RepeatFooter
        empty={fields.measures.length === 0}
        emptyText={t('measure.empty')}
        missing={missing.has('measures')}
        addLabel={t('measure.add')}
        onAdd={() => set('measures', [...fields.measures, newMeasure()])}
        testId="request-measure-add"
      />
    </Stack>
  );
}
