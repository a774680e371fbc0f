import { TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { checkIban, formatIban, ibanLength } from '../../../../../shared/finance/iban';
import { useCountries } from '../../objects/fields/countries';
import { useMoneyText } from '../money-text';

/**
 * An IBAN, checked as it is typed (country, length, format, mod-97 and national check digits)
 * and shown in groups of four once the field is left. A problem is shown once the IBAN has its
 * country's full length, or when the field is left; main checks it again on saving, and its
 * refusal (`error`) wins.
 */
export function IbanInput(props: {
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  testId: string;
  autoFocus?: boolean;
}) {
  const t = useMoneyText();
  const countries = useCountries();
  const [left, setLeft] = useState(props.value !== '');
  const text = props.value;
  const checked = text.trim() === '' ? null : checkIban(text);
  const expected = checked ? ibanLength(checked.iban.slice(0, 2)) : null;
  const complete = checked !== null && expected !== null && checked.iban.length >= expected;

  let problem: string | null = null;
  if (checked && !checked.ok && (left || complete)) {
    problem =
      checked.problem === 'length'
        ? t('accounts.iban.length', {
            country: checked.iban.slice(0, 2),
            length: expected ?? 0,
            actual: checked.iban.length,
          })
        : checked.problem === 'country'
          ? t('accounts.iban.country', { code: checked.iban.slice(0, 2) })
          : t(`accounts.iban.${checked.problem}`);
  }
  const valid = checked?.ok === true;

  return (
    <TextInput
      label={t('accounts.fields.iban')}
      placeholder="RS35 2600 0560 1001 6113 79"
      value={text}
      onChange={(e) => {
        props.onChange(e.currentTarget.value.toUpperCase());
      }}
      onBlur={() => {
        setLeft(true);
        if (text.trim() !== '') props.onChange(formatIban(text));
      }}
      error={props.error ?? problem}
      description={
        valid
          ? t('accounts.iban.valid', { country: countries.nameOf(checked.country) })
          : t('accounts.iban.hint')
      }
      rightSection={
        valid && !props.error ? (
          <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
        ) : null
      }
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      spellCheck={false}
      autoComplete="off"
      data-autofocus={props.autoFocus || undefined}
      aria-invalid={Boolean(props.error ?? problem) || undefined}
      data-valid={valid || undefined}
      data-testid={props.testId}
    />
  );
}
