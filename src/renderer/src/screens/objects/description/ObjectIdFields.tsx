import { Anchor, Grid, Group, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import type { ObjectView } from '../../../../../shared/domain/object-views';
import { MarkdownField } from '../../../components/data/MarkdownField';
import { PhotoThumb } from '../../../components/photos/PhotoThumb';
import { useFormat } from '../../../i18n/useFormat';
import { TypeSelects } from '../fields/TypeSelects';
import { objectRoutes } from '../object-routes';
import { useObjectsText } from '../useObjectsText';
import { DatingField } from './DatingField';
import type { ObjectForm } from './object-form';
import { InscriptionsField, MeasurementsField } from './RepeatableFields';
import { Section } from './Section';

/** The Object ID categories 1.1–1.11 as form fields, in the standard's order. */
export function ObjectIdFields({ form, view }: { form: ObjectForm; view: ObjectView }) {
  const t = useObjectsText();
  const format = useFormat();
  const input = (path: string, testId: string) => ({
    ...form.getInputProps(path),
    'data-testid': `object-form-${testId}`,
  });
  const v = form.values;
  return (
    <Stack gap="md">
      <Section number="1.1" title={t('fields.photographs')} hint={t('form.photographsHint')}>
        <Group gap="sm" wrap="nowrap">
          <PhotoThumb attachmentId={view.coverAttachmentId} size={40} alt={v.exhibitNumber} />
          <Text size="sm">
            {t('photosSummary.count', {
              count: view.photoCount,
              formatted: format.number(view.photoCount),
            })}
          </Text>
          <Anchor component={Link} to={objectRoutes.tab(view.record.id, 'photos')} size="sm">
            {t('photosSummary.open')}
          </Anchor>
        </Group>
      </Section>
      <Section number="1.2" title={t('fields.type')} hint={t('form.typeHint')}>
        <Grid gap="xs">
          <TypeSelects
            typeL1={v.typeL1}
            typeL2={v.typeL2}
            onChange={(typeL1, typeL2) => form.setValues({ typeL1, typeL2 })}
            errors={{ typeL1: form.errors['typeL1'], typeL2: form.errors['typeL2'] }}
            testIdPrefix="object-form"
          />
        </Grid>
      </Section>
      <Section number="1.3" title={t('fields.measurements')}>
        <MeasurementsField form={form} />
      </Section>
      <Section number="1.4" title={t('fields.materialsTechniques')}>
        <Grid gap="xs">
          <Grid.Col span={6}>
            <TagsInput
              size="xs"
              label={t('fields.materials')}
              placeholder={v.materials.length === 0 ? t('form.materialsPlaceholder') : undefined}
              clearable
              {...input('materials', 'materials')}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <TagsInput
              size="xs"
              label={t('fields.techniques')}
              placeholder={v.techniques.length === 0 ? t('form.techniquesPlaceholder') : undefined}
              clearable
              {...input('techniques', 'techniques')}
            />
          </Grid.Col>
        </Grid>
      </Section>
      <Section number="1.5" title={t('fields.inscriptions')} hint={t('form.inscriptionsHint')}>
        <InscriptionsField form={form} />
      </Section>
      <Section number="1.6" title={t('fields.dating')}>
        <DatingField form={form} />
      </Section>
      <Grid gap="md">
        <Grid.Col span={6}>
          <Section number="1.7" title={t('fields.maker')}>
            <TextInput
              size="xs"
              aria-label={t('fields.maker')}
              placeholder={t('form.makerPlaceholder')}
              {...input('maker', 'maker')}
            />
          </Section>
        </Grid.Col>
        <Grid.Col span={6}>
          <Section number="1.8" title={t('fields.subject')}>
            <TextInput
              size="xs"
              aria-label={t('fields.subject')}
              placeholder={t('form.subjectPlaceholder')}
              {...input('subject', 'subject')}
            />
          </Section>
        </Grid.Col>
      </Grid>
      <Section number="1.9" title={t('fields.title')}>
        <TextInput
          size="xs"
          aria-label={t('fields.title')}
          placeholder={t('form.titleHint')}
          {...input('title', 'title')}
        />
      </Section>
      <Section
        number="1.10"
        title={t('fields.distinguishingFeatures')}
        hint={t('form.distinguishingHint')}
      >
        <Textarea
          size="xs"
          aria-label={t('fields.distinguishingFeatures')}
          placeholder={t('form.distinguishingPlaceholder')}
          autosize
          minRows={2}
          maxRows={8}
          {...input('distinguishingFeatures', 'distinguishingFeatures')}
        />
      </Section>
      <Section number="1.11" title={t('fields.description')}>
        <MarkdownField
          label={t('form.descriptionLabel')}
          value={v.description}
          onChange={(value) => form.setFieldValue('description', value)}
          error={form.errors['description']}
          placeholder={t('form.descriptionPlaceholder')}
          minRows={4}
          testId="object-form-description"
        />
      </Section>
    </Stack>
  );
}
