import { Input, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { HANDLING_CODES } from '../../../../shared/domain/common';
import { useEnumLabel } from '../../hooks/useVocabulary';
import type { HandlingCode } from './case-form';
import { useCasesText } from './useCasesText';

const isHandlingCode = (v: string): v is HandlingCode =>
  (HANDLING_CODES as readonly string[]).includes(v);

/** H0–H3 side by side; each explains itself on hover, and the chosen one is spelled out below. */
export function HandlingCodeField(props: {
  value: HandlingCode;
  onChange: (value: HandlingCode) => void;
  error?: React.ReactNode;
}) {
  const t = useCasesText();
  const label = useEnumLabel();
  const help = (code: string) => label('handlingCodeHelp', code, code);
  return (
    <Input.Wrapper
      label={t('fields.handlingCode')}
      description={t('form.handlingHelp')}
      error={props.error}
      data-testid="case-form-handling"
    >
      <SegmentedControl
        mt={4}
        fullWidth
        value={props.value}
        onChange={(v) => {
          if (isHandlingCode(v)) props.onChange(v);
        }}
        data={HANDLING_CODES.map((code) => ({
          value: code,
          label: (
            <Tooltip label={help(code)} multiline w={300} position="bottom">
              <span
                style={{ display: 'block', fontFamily: 'var(--mantine-font-family-monospace)' }}
              >
                {code}
              </span>
            </Tooltip>
          ),
        }))}
      />
      <Text size="xs" c="gray.7" mt={6} mih={32} data-testid="case-form-handling-help">
        {help(props.value)}
      </Text>
    </Input.Wrapper>
  );
}
