import { Alert, Checkbox, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import {
  returnClock,
  type EssentialSection,
  type ReturnFields,
} from '../../../../shared/domain/intl-request';
import { localIsoDate, useCalendarDate } from '../../components/data/dates';
import {
  AddressingFields,
  LongText,
  PartyPicker,
  RecordPicker,
  type CaseLists,
  type ErrorOf,
} from './request-form-parts';
import type { SectionId } from './request-sections';
import { useRequestsText } from './requests-text';

/**
 * The 3-year clock of Directive 2014/60/EU Art. 8(1), live from the awareness date: the last day
 * proceedings may be brought and the days left (orange under 90 days, red once passed).
 */
export function ReturnClock(props: { awareOn: string | null; publicCollection: boolean }) {
  const t = useRequestsText();
  const date = useCalendarDate();
  const clock = returnClock(props.awareOn, localIsoDate());
  const color =
    clock === null ? 'gray' : clock.daysLeft < 0 ? 'red' : clock.daysLeft < 90 ? 'orange' : 'teal';
  return (
    <Alert
      color={color}
      variant="light"
      icon={<IconHourglass size={18} />}
      title={t('clock.title')}
      data-testid="request-return-clock"
      data-days-left={clock?.daysLeft ?? ''}
    >
      {clock === null ? (
        <Text size="sm">{t('clock.unknown')}</Text>
      ) : (
        <Group gap="md">
          <Text size="sm" fw={600} data-testid="request-return-clock-deadline">
            {t('clock.deadline', { date: date(clock.deadline) })}
          </Text>
          <Text size="sm" c={`${color}.8`}>
            {clock.daysLeft >= 0
              ? t('clock.left', { count: clock.daysLeft })
              : t('clock.passed', { count: -clock.daysLeft })}
          </Text>
        </Group>
      )}
      {props.publicCollection ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('field.publicCollectionHint')}
        </Text>
      ) : null}
    </Alert>
  );
}

/** One section of the return request's guided form (Dir. 2014/60/EU, REFERENCE.md §4.5). */
export function ReturnSection(props: {
  section: SectionId;
  fields: ReturnFields;
  onChange: (next: ReturnFields) => void;
  errorOf: ErrorOf;
  missing: ReadonlySet<EssentialSection>;
  lists: CaseLists;
}) {
  const t = useRequestsText();
  const { fields, errorOf, lists } = props;
  const set = <K extends keyof ReturnFields>(key: K, value: ReturnFields[K]) =>
    props.onChange({ ...fields, [key]: value });

  switch (props.section) {
    case 'header':
      return (
        <Stack gap="md">
          <AddressingFields
            fields={fields}
            onChange={(patch) => props.onChange({ ...fields, ...patch })}
            errorOf={errorOf}
          />
        </Stack>
      );
    case 'objects':
      return (
        <RecordPicker
          label={t('field.objects')}
          options={lists.objects}
          value={fields.objectIds}
          onChange={(ids) => set('objectIds', ids)}
          error={errorOf('objectIds')}
          testId="request-objectIds"
        />
      );
    case 'culturalStatus':
      return (
        <Stack gap="sm">
          <LongText
            label={t('field.culturalStatus')}
            required
            value={fields.culturalStatus}
            onChange={(v) => set('culturalStatus', v)}
            error={errorOf('culturalStatus')}
            testId="request-culturalStatus"
          />
          <LongText
            label={t('field.returnLegalBasis')}
            value={fields.legalBasis}
            onChange={(v) => set('legalBasis', v)}
            error={errorOf('legalBasis')}
            minRows={2}
            testId="request-legalBasis"
          />
        </Stack>
      );
    case 'removal':
      return (
        <Stack gap="sm">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                label={t('field.removalDate')}
                description={t('field.removalDateHint')}
                value={fields.removalDate}
                onChange={(e) => set('removalDate', e.currentTarget.value)}
                error={errorOf('removalDate')}
                data-testid="request-removalDate"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <TextInput
                label={t('field.provisionBreached')}
                description=" "
                value={fields.provisionBreached}
                onChange={(e) => set('provisionBreached', e.currentTarget.value)}
                error={errorOf('provisionBreached')}
                data-testid="request-provisionBreached"
              />
            </Grid.Col>
          </Grid>
          <LongText
            label={t('field.removalCircumstances')}
            required
            value={fields.removalCircumstances}
            onChange={(v) => set('removalCircumstances', v)}
            error={errorOf('removalCircumstances')}
            minRows={6}
            testId="request-removalCircumstances"
          />
        </Stack>
      );
    case 'location':
      return (
        <Stack gap="sm">
          <LongText
            label={t('field.location')}
            value={fields.location}
            onChange={(v) => set('location', v)}
            error={errorOf('location')}
            minRows={3}
            testId="request-location"
          />
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PartyPicker
                label={t('field.holderParty')}
                options={lists.parties}
                value={fields.holderPartyId}
                onChange={(id) => set('holderPartyId', id)}
                error={errorOf('holderPartyId')}
                testId="request-holderParty"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('field.holder')}
                value={fields.holder}
                onChange={(e) => set('holder', e.currentTarget.value)}
                error={errorOf('holder')}
                data-testid="request-holder"
              />
            </Grid.Col>
          </Grid>
        </Stack>
      );
    case 'awareness':
      return (
        <Stack gap="sm">
          <TextInput
            type="date"
            label={t('field.awareOn')}
            required
            value={fields.awareOn ?? ''}
            onChange={(e) => set('awareOn', e.currentTarget.value || null)}
            error={errorOf('awareOn')}
            maw={360}
            data-testid="request-awareOn"
          />
          <ReturnClock awareOn={fields.awareOn} publicCollection={fields.publicCollection} />
        </Stack>
      );
    case 'imi':
      return (
        <Stack gap="sm">
          <Checkbox
            label={t('field.publicCollection')}
            description={t('field.publicCollectionHint')}
            checked={fields.publicCollection}
            onChange={(e) => set('publicCollection', e.currentTarget.checked)}
            data-testid="request-publicCollection"
          />
          <TextInput
            label={t('field.imiReference')}
            value={fields.imiReference}
            onChange={(e) => set('imiReference', e.currentTarget.value)}
            error={errorOf('imiReference')}
            maw={360}
            data-testid="request-imiReference"
          />
        </Stack>
      );
    case 'annexes':
      return (
        <RecordPicker
          label={t('field.annexDocuments')}
          options={lists.documents}
          value={fields.annexDocumentIds}
          onChange={(ids) => set('annexDocumentIds', ids)}
          error={errorOf('annexDocumentIds')}
          testId="request-annexDocuments"
        />
      );
    default:
      return null;
  }
}
