import { Button, Tooltip } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { ExportBundleModal } from './ExportBundleModal';
import { useBundleText } from './useBundleText';

/** "Export case bundle…": the given cases preselected (none on the cases list). */
export function ExportBundleButton(props: { caseIds?: readonly string[] }) {
  const t = useBundleText();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Tooltip label={t('export.tooltip')}>
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} />}
          onClick={() => setOpened(true)}
          style={{ flexShrink: 0 }}
          data-testid="bundle-export"
        >
          {t('export.button')}
        </Button>
      </Tooltip>
      {opened ? (
        <ExportBundleModal caseIds={props.caseIds ?? []} onClosed={() => setOpened(false)} />
      ) : null}
    </>
  );
}
