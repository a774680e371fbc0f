import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled line of the document drawer. */
export function DetailRow(props: { label: string; children: ReactNode; testId?: string }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{props.label}</DataList.ItemLabel>
      <DataList.ItemValue miw={0} data-testid={props.testId}>
        {props.children}
      </DataList.ItemValue>
    </DataList.Item>
  );
}
