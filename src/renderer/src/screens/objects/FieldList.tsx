import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Label and value rows with the labels in one column of fixed width, so values line up however
 * long a label runs in the interface language (Mantine's DataList lets a label grow past it).
 */
export function FieldList(props: { children: ReactNode; labelWidth?: string; mt?: string }) {
  return (
    <DataList
      size="sm"
      gap={6}
      labelWidth={props.labelWidth ?? '10rem'}
      withDivider
      mt={props.mt}
      styles={{
        itemLabel: { flex: '0 0 var(--data-list-label-width)', minWidth: 0 },
        itemValue: { flex: 1, minWidth: 0 },
      }}
    >
      {props.children}
    </DataList>
  );
}
