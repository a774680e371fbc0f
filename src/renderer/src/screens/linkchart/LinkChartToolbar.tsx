import { ActionIcon, Button, Group, Select, Tooltip } from '@mantine/core';
import {
  IconArrowsSplit2,
  IconFileTypePng,
  IconFileTypeSvg,
  IconFocusCentered,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import type { ReactNode, RefObject } from 'react';
import { useNotify } from '../../lib/useNotify';
import type { ChartHandle } from './LinkChartCanvas';
import type { NodeOption } from './PathFinder';
import { useLinkChartText } from './useLinkChartText';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * The link chart's toolbar: find a node (selected and centred), expand the focused node, the
 * path finder (given as `pathFinder`), fit and zoom, and export as PNG or SVG (a download, which
 * the app's window saves through the system's save dialog, named after the case's reference).
 */
export function LinkChartToolbar(props: {
  chart: RefObject<ChartHandle | null>;
  options: readonly NodeOption[];
  onFind: (id: string) => void;
  canExpand: boolean;
  expanding: boolean;
  onExpand: () => void;
  pathFinder: ReactNode;
  ready: boolean;
  reference: string;
}) {
  const t = useLinkChartText();
  const notify = useNotify();
  const { chart } = props;

  const exportAs = async (kind: 'png' | 'svg') => {
    const handle = chart.current;
    if (!handle) return;
    const file = `${props.reference}-link-chart.${kind}`;
    const blob =
      kind === 'png'
        ? await handle.png()
        : new Blob([handle.svg()], { type: 'image/svg+xml;charset=utf-8' });
    download(blob, file);
    notify.success(t('toolbar.exported', { file }));
  };

  return (
    <Group gap="xs" wrap="wrap" role="toolbar" aria-label={t('toolbar.label')}>
      <Select
        size="xs"
        w={260}
        aria-label={t('toolbar.find')}
        placeholder={t('toolbar.findPlaceholder')}
        data={props.options}
        value={null}
        onChange={(id) => {
          if (!id) return;
          props.onFind(id);
        }}
        searchable
        limit={50}
        nothingFoundMessage={t('toolbar.nothingFound')}
        data-testid="linkchart-find"
      />
      <Tooltip label={t('toolbar.expandHint')} openDelay={400} multiline w={280}>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconArrowsSplit2 size={14} />}
          disabled={!props.canExpand}
          loading={props.expanding}
          onClick={props.onExpand}
          data-testid="linkchart-expand"
        >
          {t('toolbar.expand')}
        </Button>
      </Tooltip>
      {props.pathFinder}
      <Group gap={4} wrap="nowrap">
        <Tooltip label={t('toolbar.fit')}>
          <ActionIcon
            variant="default"
            size={30}
            aria-label={t('toolbar.fit')}
            onClick={() => chart.current?.fit()}
            data-testid="linkchart-fit"
          >
            <IconFocusCentered size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('toolbar.zoomIn')}>
          <ActionIcon
            variant="default"
            size={30}
            aria-label={t('toolbar.zoomIn')}
            onClick={() => chart.current?.zoom(1.25)}
            data-testid="linkchart-zoom-in"
          >
            <IconZoomIn size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('toolbar.zoomOut')}>
          <ActionIcon
            variant="default"
            size={30}
            aria-label={t('toolbar.zoomOut')}
            onClick={() => chart.current?.zoom(0.8)}
            data-testid="linkchart-zoom-out"
          >
            <IconZoomOut size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Group gap={4} wrap="nowrap" ml="auto">
        <Tooltip label={t('toolbar.exportHint')} openDelay={400}>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileTypePng size={14} />}
            disabled={!props.ready}
            onClick={() => void exportAs('png')}
            data-testid="linkchart-export-png"
          >
            {t('toolbar.exportPng')}
          </Button>
        </Tooltip>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileTypeSvg size={14} />}
          disabled={!props.ready}
          onClick={() => void exportAs('svg')}
          data-testid="linkchart-export-svg"
        >
          {t('toolbar.exportSvg')}
        </Button>
      </Group>
    </Group>
  );
}
