import { Grid, Input, SegmentedControl, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  INFORMATION_ACCURACY,
  SOURCE_RELIABILITY,
  type Grading,
} from '../../../../shared/domain/document';
import { useDocumentsText } from '../documents/useDocumentsText';
import type { GradingValue } from './form-values';

/** An empty choice in a SegmentedControl stands for "not graded". */
const NONE = '-';
const isSource = (v: string): v is Grading['source'] =>
  (SOURCE_RELIABILITY as readonly string[]).includes(v);
const isInformation = (v: string): v is Grading['information'] =>
  (INFORMATION_ACCURACY as readonly string[]).includes(v);

/**
 * The Europol 4x4 grade of a link or an account, as the documents' form grades a document: the
 * reliability of the source (A–X) and the accuracy of the information (1–4), each value spelled
 * out on hover and below the choice. The texts are the documents' own.
 */
export function GradingField(props: {
  value: GradingValue;
  onChange: (value: GradingValue) => void;
  errors: Readonly<Record<string, ReactNode>>;
  testId: string;
}) {
  const t = useDocumentsText();
  const { source, information } = props.value;
  const option = (value: string, help: string) => ({
    value,
    label: (
      <Tooltip label={help} multiline w={280}>
        <span style={{ display: 'block', fontWeight: 700 }}>{value}</span>
      </Tooltip>
    ),
  });
  return (
    <Grid gap="md" data-testid={props.testId}>
      <Grid.Col span={12}>
        <Input.Label>{t('fields.grading')}</Input.Label>
        <Input.Description>{t('form.gradingHint')}</Input.Description>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Input.Wrapper
          label={t('fields.source')}
          error={props.errors['grading.source'] ?? props.errors['grading']}
        >
          <div>
            <SegmentedControl
              mt={4}
              fullWidth
              value={source ?? NONE}
              onChange={(s) => props.onChange({ source: isSource(s) ? s : null, information })}
              data={[
                { value: NONE, label: t('source.none') },
                ...SOURCE_RELIABILITY.map((s) => option(s, t(`source.${s}`))),
              ]}
              data-testid={`${props.testId}-source`}
            />
          </div>
        </Input.Wrapper>
        <Text size="xs" c="gray.7" mt={6} mih={32}>
          {source ? `${source}: ${t(`source.${source}`)}` : ''}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Input.Wrapper label={t('fields.information')} error={props.errors['grading.information']}>
          <div>
            <SegmentedControl
              mt={4}
              fullWidth
              value={information ?? NONE}
              onChange={(s) => props.onChange({ source, information: isInformation(s) ? s : null })}
              data={[
                { value: NONE, label: t('information.none') },
                ...INFORMATION_ACCURACY.map((s) => option(s, t(`information.${s}`))),
              ]}
              data-testid={`${props.testId}-information`}
            />
          </div>
        </Input.Wrapper>
        <Text size="xs" c="gray.7" mt={6} mih={32}>
          {information ? `${information}: ${t(`information.${information}`)}` : ''}
        </Text>
      </Grid.Col>
    </Grid>
  );
}
