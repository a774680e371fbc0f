import { Checkbox, Stack, TextInput } from '@mantine/core';
import type { EssentialSection, MlaFields } from '../../../../shared/domain/intl-request';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useCaseContext } from '../cases/case-context';
import { mlaMeasures, mlaOffences, mlaPersons } from './mla-list-sections';
import {
  AddressingFields,
  LongText,
  RecordPicker,
  type CaseLists,
  type ErrorOf,
} from './request-form-parts';
import type { SectionId } from './request-sections';
import { useRequestsText } from './requests-text';

/** One section of the MLA request's guided form (REFERENCE.md §5.1 order). */
export function MlaSection(props: {
  section: SectionId;
  fields: MlaFields;
  onChange: (next: MlaFields) => void;
  errorOf: ErrorOf;
  missing: ReadonlySet<EssentialSection>;
  lists: CaseLists;
}) {
  const t = useRequestsText();
  const { fields, errorOf, missing, lists } = props;
  const { view: caseView } = useCaseContext();
  const offenceTypes = useVocabulary(
    'offence_type',
    fields.offences.flatMap((o) => (o.code ? [o.code] : [])),
  );
  const set = <K extends keyof MlaFields>(key: K, value: MlaFields[K]) =>
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
          <TextInput
            label={t('field.conductingAuthority')}
            value={fields.conductingAuthority}
            onChange={(e) => set('conductingAuthority', e.currentTarget.value)}
            error={errorOf('conductingAuthority')}
            data-testid="request-conductingAuthority"
          />
          <LongText
            label={t('field.legalBasis')}
            description={t('field.legalBasisMlaHint')}
            value={fields.legalBasis}
            onChange={(v) => set('legalBasis', v)}
            error={errorOf('legalBasis')}
            minRows={2}
            testId="request-legalBasis"
          />
        </Stack>
      );
    case 'subject':
    case 'summary':
    case 'facts':
    case 'procedures':
    case 'purpose':
    case 'confidentiality': {
      const key = props.section;
      const essential =
        key === 'subject' || key === 'summary' || key === 'facts' || key === 'purpose';
      return (
        <LongText
          label={t(`field.${key}`)}
          value={fields[key]}
          onChange={(v) => set(key, v)}
          required={essential}
          error={errorOf(key)}
          minRows={key === 'facts' ? 10 : 5}
          testId={`request-${key}`}
        />
      );
    }
    case 'offences':
      return mlaOffences(
        { fields, set, errorOf, missing, lists, t },
        { ...offenceTypes, ofCase: caseView.record.offences },
      );
    case 'persons':
      return mlaPersons({ fields, set, errorOf, missing, lists, t });
    case 'measures':
      return mlaMeasures({ fields, set, errorOf, missing, lists, t });
    case 'urgency':
      return (
        <Stack gap="sm">
          <Checkbox
            label={t('field.urgent')}
            checked={fields.urgent}
            onChange={(e) => set('urgent', e.currentTarget.checked)}
            data-testid="request-urgent"
          />
          <LongText
            label={t('field.urgencyReason')}
            value={fields.urgencyReason}
            onChange={(v) => set('urgencyReason', v)}
            error={errorOf('urgencyReason')}
            minRows={2}
            testId="request-urgencyReason"
          />
          <TextInput
            type="date"
            label={t('field.deadline')}
            value={fields.deadline ?? ''}
            onChange={(e) => set('deadline', e.currentTarget.value || null)}
            error={errorOf('deadline')}
            w={220}
            data-testid="request-deadline"
          />
        </Stack>
      );
    case 'annexes':
      return (
        <Stack gap="sm">
          <RecordPicker
            label={t('field.annexDocuments')}
            options={lists.documents}
            value={fields.annexDocumentIds}
            onChange={(ids) => set('annexDocumentIds', ids)}
            error={errorOf('annexDocumentIds')}
            testId="request-annexDocuments"
          />
          <RecordPicker
            label={t('field.annexObjects')}
            options={lists.objects}
            value={fields.annexObjectIds}
            onChange={(ids) => set('annexObjectIds', ids)}
            error={errorOf('annexObjectIds')}
            testId="request-annexObjects"
          />
        </Stack>
      );
    default:
      return null;
  }
}
