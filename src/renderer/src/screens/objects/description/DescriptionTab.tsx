import { Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useObjectContext } from '../object-context';
import { useObjectsText } from '../useObjectsText';
import { ObjectEditForm } from './ObjectEditForm';
import { ObjectReadView } from './ObjectReadView';

/** The Object ID description: read first, edited in place (`?edit=1`, so a reload keeps it). */
export function DescriptionTab() {
  const t = useObjectsText();
  const { view, reload, replaceRecord } = useObjectContext();
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === '1';
  const setEditing = (on: boolean) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (on) next.set('edit', '1');
        else next.delete('edit');
        return next;
      },
      { replace: true },
    );

  return (
    <div data-testid="object-tab-panel-description">
      {editing ? (
        <ObjectEditForm
          key={view.record.id}
          view={view}
          onSaved={(record) => {
            replaceRecord(record);
            setEditing(false);
            void reload();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <ObjectReadView
          view={view}
          actions={
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} />}
              onClick={() => setEditing(true)}
              data-testid="object-edit"
            >
              {t('page.edit')}
            </Button>
          }
        />
      )}
    </div>
  );
}
