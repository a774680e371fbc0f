import { Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import type { StatementMappingRecord } from '../../../../../shared/domain/statement';
import { useStatementsText } from '../money-text';

export type MappingChoice = { kind: 'saved'; id: string | null } | { kind: 'new'; bank: string };

/** Step 2: a mapping saved for this bank before, or a new one (named after the bank). */
export function MappingChoiceStep(props: {
  mappings: readonly StatementMappingRecord[] | null;
  value: MappingChoice;
  onChange: (choice: MappingChoice) => void;
}) {
  const t = useStatementsText();
  const { value } = props;
  const saved = props.mappings ?? [];
  return (
    <Stack gap="md" maw={640} data-testid="statement-mapping-step">
      <Text size="sm" c="dimmed">
        {t('choice.intro')}
      </Text>
      <Radio.Group
        value={value.kind}
        onChange={(kind) =>
          props.onChange(
            kind === 'saved'
              ? { kind: 'saved', id: saved[0]?.id ?? null }
              : { kind: 'new', bank: '' },
          )
        }
      >
        <Stack gap="sm">
          <Radio
            value="saved"
            label={t('choice.saved')}
            description={saved.length === 0 ? t('choice.noneSaved') : undefined}
            disabled={saved.length === 0}
            data-testid="statement-choice-saved"
          />
          {value.kind === 'saved' ? (
            <Select
              ml="xl"
              data={saved.map((m) => ({
                value: m.id,
                label: m.bank ? `${m.name} — ${m.bank}` : m.name,
              }))}
              value={value.id}
              onChange={(id) => props.onChange({ kind: 'saved', id })}
              allowDeselect={false}
              searchable
              comboboxProps={{ withinPortal: true }}
              data-testid="statement-saved-mapping"
            />
          ) : null}
          <Radio value="new" label={t('choice.new')} data-testid="statement-choice-new" />
          {value.kind === 'new' ? (
            <TextInput
              ml="xl"
              label={t('choice.bank')}
              placeholder={t('choice.bankPlaceholder')}
              value={value.bank}
              onChange={(e) => props.onChange({ kind: 'new', bank: e.currentTarget.value })}
              data-autofocus
              data-testid="statement-bank"
            />
          ) : null}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
