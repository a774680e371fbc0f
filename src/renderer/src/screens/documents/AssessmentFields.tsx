import {
  Checkbox,
  Grid,
  Input,
  SegmentedControl,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  DOCUMENT_ASSESSMENTS,
  INFORMATION_ACCURACY,
  SOURCE_RELIABILITY,
  type DocumentAssessmentStatus,
  type Grading,
} from '../../../../shared/domain/document';
import { HandlingCodeField } from '../cases/HandlingCodeField';
import type { DocumentForm } from './document-form';
import { useDocumentsText } from './useDocumentsText';

const STATUS_COLOR: Record<DocumentAssessmentStatus, string> = {
  not_assessed: 'gray',
  genuine: 'green',
  doubtful: 'orange',
  forged: 'red',
};

const isStatus = (v: string): v is DocumentAssessmentStatus =>
  (DOCUMENT_ASSESSMENTS as readonly string[]).includes(v);
const isSource = (v: string): v is Grading['source'] =>
  (SOURCE_RELIABILITY as readonly string[]).includes(v);
const isInformation = (v: string): v is Grading['information'] =>
  (INFORMATION_ACCURACY as readonly string[]).includes(v);

/** An empty choice in a SegmentedControl stands for "not graded". */
const NONE = '-';

/**
 * Authenticity (with the reason, who and when), the Europol 4x4 grade with each value spelled
 * out, and the handling code: what a prosecutor asks of every document.
 */
export function AssessmentFields({ form }: { form: DocumentForm }) {
  const t = useDocumentsText();
  const v = form.values;
  const status = v.assessment.status;
  const needsReason = status === 'doubtful' || status === 'forged';
  const { source, information } = v.grading;

  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <Input.Wrapper
          label={t('fields.assessment')}
          error={form.errors['assessment.status'] ?? form.errors['assessment']}
        >
          <div>
            <SegmentedControl
              mt={4}
              data={DOCUMENT_ASSESSMENTS.map((s) => ({
                value: s,
                label: t(`assessment.${s}`),
              }))}
              color={STATUS_COLOR[status]}
              value={status}
              onChange={(s) => {
                if (isStatus(s)) form.setFieldValue('assessment.status', s);
              }}
              data-testid="document-form-assessment"
            />
          </div>
        </Input.Wrapper>
      </Grid.Col>
      {status !== 'not_assessed' ? (
        <>
          <Grid.Col span={12}>
            <Textarea
              label={t('fields.assessmentReason')}
              placeholder={t('form.reasonPlaceholder')}
              required={needsReason}
              autosize
              minRows={2}
              maxRows={6}
              {...form.getInputProps('assessment.reason')}
              data-testid="document-form-assessment-reason"
            />
          </Grid.Col>
          <Grid.Col span={8}>
            <TextInput
              label={t('fields.assessmentBy')}
              {...form.getInputProps('assessment.by')}
              data-testid="document-form-assessment-by"
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput
              type="date"
              label={t('fields.assessmentOn')}
              {...form.getInputProps('assessment.on')}
              data-testid="document-form-assessment-on"
            />
          </Grid.Col>
        </>
      ) : null}
      <Grid.Col span={12}>
        <Input.Label>{t('fields.grading')}</Input.Label>
        <Input.Description>{t('form.gradingHint')}</Input.Description>
      </Grid.Col>
      <Grid.Col span={6}>
        <Input.Wrapper label={t('fields.source')} error={form.errors['grading.source']}>
          <div>
            <SegmentedControl
              mt={4}
              fullWidth
              value={source ?? NONE}
              onChange={(s) => form.setFieldValue('grading.source', isSource(s) ? s : null)}
              data={[
                { value: NONE, label: t('source.none') },
                ...SOURCE_RELIABILITY.map((s) => ({
                  value: s,
                  label: (
                    <Tooltip label={t(`source.${s}`)} multiline w={280}>
                      <span style={{ display: 'block', fontWeight: 700 }}>{s}</span>
                    </Tooltip>
                  ),
                })),
              ]}
              data-testid="document-form-grading-source"
            />
          </div>
        </Input.Wrapper>
        <Text size="xs" c="gray.7" mt={6} mih={32} data-testid="document-form-source-help">
          {source ? `${source}: ${t(`source.${source}`)}` : ''}
        </Text>
      </Grid.Col>
      <Grid.Col span={6}>
        <Input.Wrapper label={t('fields.information')} error={form.errors['grading.information']}>
          <div>
            <SegmentedControl
              mt={4}
              fullWidth
              value={information ?? NONE}
              onChange={(s) =>
                form.setFieldValue('grading.information', isInformation(s) ? s : null)
              }
              data={[
                { value: NONE, label: t('information.none') },
                ...INFORMATION_ACCURACY.map((s) => ({
                  value: s,
                  label: (
                    <Tooltip label={t(`information.${s}`)} multiline w={280}>
                      <span style={{ display: 'block', fontWeight: 700 }}>{s}</span>
                    </Tooltip>
                  ),
                })),
              ]}
              data-testid="document-form-grading-information"
            />
          </div>
        </Input.Wrapper>
        <Text size="xs" c="gray.7" mt={6} mih={32} data-testid="document-form-information-help">
          {information ? `${information}: ${t(`information.${information}`)}` : ''}
        </Text>
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox
          label={t('form.hasHandlingCode')}
          {...form.getInputProps('hasHandlingCode', { type: 'checkbox' })}
          data-testid="document-form-has-handling"
        />
      </Grid.Col>
      {v.hasHandlingCode ? (
        <Grid.Col span={12}>
          <HandlingCodeField
            value={v.handlingCode}
            onChange={(code) => form.setFieldValue('handlingCode', code)}
            error={form.errors['handlingCode']}
          />
        </Grid.Col>
      ) : null}
    </Grid>
  );
}
