import { Stack } from '@mantine/core';
import { useCaseContext } from '../cases/case-context';
import { ObjectList } from './list/ObjectList';

/** The case page's Objects tab: the case's objects, with its filters and "New object". */
export function ObjectsTab() {
  const { view } = useCaseContext();
  return (
    <Stack gap="sm" h="max(28rem, calc(100dvh - 22rem))" data-testid="case-tab-panel-objects">
      <ObjectList caseId={view.record.id} />
    </Stack>
  );
}
