import { Divider, Grid, MultiSelect, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import type { ObjectSummary } from '../../../../shared/domain/object-views';
import { MarkdownField } from '../../components/data/MarkdownField';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useCountries } from '../parties/countries';
import { PartyRefField } from '../seizures/PartyRefField';
import { WEB_CAPTURE_TYPE, type DocumentForm } from './document-form';
import { useLanguageOptions } from './languages';
import { useDocumentsText } from './useDocumentsText';

/** `getInputProps` with a test id named after the field's path. */
function inputOf(form: DocumentForm, path: string) {
  return { ...form.getInputProps(path), 'data-testid': `document-form-${path}` };
}

/** What the document is, who issued it, when, in which language, about which objects. */
export function DocumentMainFields(props: {
  form: DocumentForm;
  objects: readonly ObjectSummary[] | null;
}) {
  const { form } = props;
  const t = useDocumentsText();
  const v = form.values;
  const types = useVocabulary('document_type', v.type ? [v.type] : []);
  const countries = useCountries();
  const languages = useLanguageOptions(v.language);
  const objectOptions = useMemo(() => {
    const known = new Set((props.objects ?? []).map((o) => o.id));
    const options = (props.objects ?? []).map((o) => ({
      value: o.id,
      label: o.title ? `${o.exhibitNumber} — ${o.title}` : o.exhibitNumber,
    }));
    // An object beyond the first page stays selectable under its id rather than vanishing.
    for (const id of v.objectIds) if (!known.has(id)) options.push({ value: id, label: id });
    return options;
  }, [props.objects, v.objectIds]);

  return (
    <Grid gap="md">
      <Grid.Col span={5}>
        <Select
          label={t('fields.type')}
          placeholder={t('form.typePlaceholder')}
          required
          searchable
          data={types.options.map((o) => ({ value: o.value, label: o.label }))}
          comboboxProps={{ withinPortal: true }}
          maxDropdownHeight={320}
          data-autofocus
          {...inputOf(form, 'type')}
        />
      </Grid.Col>
      <Grid.Col span={7}>
        <TextInput
          label={t('fields.title')}
          placeholder={t('form.titlePlaceholder')}
          {...inputOf(form, 'title')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <PartyRefField
          form={form}
          path="issuer"
          value={v.issuer}
          label={t('fields.issuer')}
          testId="document-form-issuer"
        />
      </Grid.Col>
      <Grid.Col span={3}>
        <Select
          label={t('fields.issuerCountry')}
          data={countries.options}
          searchable
          clearable
          allowDeselect
          comboboxProps={{ withinPortal: true }}
          {...inputOf(form, 'issuerCountry')}
        />
      </Grid.Col>
      <Grid.Col span={3}>
        <TextInput
          label={t('fields.number')}
          placeholder={t('form.numberPlaceholder')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...inputOf(form, 'number')}
        />
      </Grid.Col>
      <Grid.Col span={3}>
        <TextInput
          label={t('fields.issuedOn')}
          placeholder={t('form.issuedOnPlaceholder')}
          title={t('form.issuedOnHint')}
          {...inputOf(form, 'issuedOn')}
        />
      </Grid.Col>
      <Grid.Col span={3}>
        <Select
          label={t('fields.language')}
          placeholder={t('form.languagePlaceholder')}
          data={languages}
          searchable
          clearable
          allowDeselect
          comboboxProps={{ withinPortal: true }}
          {...inputOf(form, 'language')}
        />
      </Grid.Col>
      {v.type === WEB_CAPTURE_TYPE ? (
        <>
          <Grid.Col span={12}>
            <Divider label={t('form.webSection')} labelPosition="left" />
          </Grid.Col>
          <Grid.Col span={7}>
            <TextInput
              label={t('fields.webUrl')}
              placeholder={t('form.webUrlPlaceholder')}
              required
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...inputOf(form, 'webCapture.url')}
              error={form.errors['webCapture.url'] ?? form.errors['webCapture']}
            />
          </Grid.Col>
          <Grid.Col span={5}>
            <TextInput
              type="datetime-local"
              label={t('fields.webCapturedAt')}
              description={t('form.webCapturedAtHint')}
              required
              {...inputOf(form, 'webCapture.capturedAt')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label={t('fields.webTool')}
              placeholder={t('form.webToolPlaceholder')}
              {...inputOf(form, 'webCapture.tool')}
            />
          </Grid.Col>
        </>
      ) : null}
      <Grid.Col span={12}>
        <MultiSelect
          label={t('fields.objects')}
          placeholder={
            objectOptions.length === 0 && props.objects !== null
              ? t('form.objectsNone')
              : v.objectIds.length === 0
                ? t('form.objectsPlaceholder')
                : undefined
          }
          data={objectOptions}
          searchable
          clearable
          hidePickedOptions
          comboboxProps={{ withinPortal: true }}
          maxDropdownHeight={300}
          {...inputOf(form, 'objectIds')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <MarkdownField
          label={t('fields.description')}
          placeholder={t('form.descriptionPlaceholder')}
          value={v.description}
          onChange={(d) => form.setFieldValue('description', d)}
          error={form.errors['description']}
          minRows={3}
          testId="document-form-description"
        />
      </Grid.Col>
    </Grid>
  );
}
