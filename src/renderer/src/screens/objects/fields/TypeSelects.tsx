import { Grid, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useVocabulary } from '../../../hooks/useVocabulary';
import { useObjectsText } from '../useObjectsText';

/**
 * Object ID 1.2 "Type of object" at two levels (REFERENCE §1.1): the level-1 term, then a level-2
 * term among its children only. Changing level 1 clears a level 2 that does not belong to it.
 */
export function TypeSelects(props: {
  typeL1: string | null;
  typeL2: string | null;
  onChange: (typeL1: string | null, typeL2: string | null) => void;
  errors: { typeL1?: ReactNode; typeL2?: ReactNode };
  span?: number;
  autoFocus?: boolean;
  testIdPrefix: string;
}) {
  const t = useObjectsText();
  const kept = [props.typeL1, props.typeL2].filter((c): c is string => c !== null);
  const types = useVocabulary('object_type', kept);
  const level1 = types.options.filter((o) => o.parent === null);
  const level2 = types.options.filter((o) => o.parent !== null && o.parent === props.typeL1);
  return (
    <>
      <Grid.Col span={props.span ?? 6}>
        <Select
          label={t('fields.typeL1')}
          required
          searchable
          data={level1}
          value={props.typeL1}
          onChange={(code) => {
            const child = types.options.find((o) => o.value === props.typeL2);
            props.onChange(code, child && child.parent === code ? props.typeL2 : null);
          }}
          error={props.errors.typeL1}
          maxDropdownHeight={320}
          data-autofocus={props.autoFocus || undefined}
          data-testid={`${props.testIdPrefix}-typeL1`}
        />
      </Grid.Col>
      <Grid.Col span={props.span ?? 6}>
        <Select
          label={t('fields.typeL2')}
          placeholder={
            props.typeL1 === null
              ? t('form.typeL2First')
              : level2.length === 0
                ? t('form.typeL2None')
                : t('form.typeL2Optional')
          }
          disabled={level2.length === 0}
          data={level2}
          value={props.typeL2}
          onChange={(code) => props.onChange(props.typeL1, code)}
          allowDeselect
          clearable
          searchable
          error={props.errors.typeL2}
          data-testid={`${props.testIdPrefix}-typeL2`}
        />
      </Grid.Col>
    </>
  );
}
