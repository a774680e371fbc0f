import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Input,
  Paper,
  Stack,
  Textarea,
  Tooltip,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  TEMPLATE_KINDS,
  type ConsultationFormValues,
  type TemplateKind,
} from './consultation-form';
import { useQuestionText } from './consultation-marks';
import { useConsultationsText } from './consultations-text';

const isTemplate = (kind: string): kind is TemplateKind =>
  (TEMPLATE_KINDS as readonly string[]).includes(kind);

/**
 * The questions put to the expert: the templates as a checklist (the standard wording shown as
 * the placeholder, replaced by the person's own when they write one), then questions of their
 * own, each required to have its wording.
 */
export function QuestionsField(props: {
  form: UseFormReturnType<ConsultationFormValues>;
  testId: string;
}) {
  const { form, testId } = props;
  const t = useConsultationsText();
  const text = useQuestionText();
  const rows = form.values.questions;
  const templateCount = TEMPLATE_KINDS.length;

  return (
    <Input.Wrapper
      label={t('fields.questions')}
      description={t('form.questionsHint')}
      required
      error={form.errors['questions']}
      data-testid={testId}
    >
      <Stack gap={6} mt={6}>
        {rows.map((q, i) => {
          const own = i >= templateCount;
          const textError = form.errors[`questions.${i}.text`];
          if (!own && isTemplate(q.kind)) {
            return (
              <Paper key={`t-${q.kind}`} withBorder p="xs" radius="sm">
                <Stack gap={6}>
                  <Checkbox
                    label={text.kindLabel(q.kind)}
                    checked={q.asked}
                    onChange={(e) => {
                      form.setFieldValue(`questions.${i}.asked`, e.currentTarget.checked);
                      form.clearFieldError('questions');
                    }}
                    data-testid={`${testId}-${q.kind}`}
                  />
                  {q.asked ? (
                    <Textarea
                      aria-label={t('form.ownWording', { question: text.kindLabel(q.kind) })}
                      placeholder={text.standard(q.kind)}
                      description={t('form.ownWordingHint')}
                      autosize
                      minRows={1}
                      maxRows={5}
                      ml={30}
                      {...form.getInputProps(`questions.${i}.text`)}
                      error={textError}
                      data-testid={`${testId}-${q.kind}-text`}
                    />
                  ) : null}
                </Stack>
              </Paper>
            );
          }
          return (
            <Paper key={`o-${i}`} withBorder p="xs" radius="sm">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Textarea
                  label={q.kind === 'custom' ? t('form.customQuestion') : text.kindLabel(q.kind)}
                  required={q.kind === 'custom'}
                  autosize
                  minRows={2}
                  maxRows={6}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`questions.${i}.text`)}
                  error={textError}
                  data-testid={`${testId}-own`}
                />
                <Tooltip label={t('form.removeQuestion')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={24}
                    aria-label={t('form.removeQuestion')}
                    onClick={() => form.removeListItem('questions', i)}
                    data-testid={`${testId}-own-remove`}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Paper>
          );
        })}
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            form.insertListItem('questions', { kind: 'custom', asked: true, text: '' });
            form.clearFieldError('questions');
          }}
          data-testid={`${testId}-add`}
        >
          {t('form.addQuestion')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
