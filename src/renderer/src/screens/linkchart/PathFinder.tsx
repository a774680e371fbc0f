import { Button, NumberInput, Popover, Select, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import { MAX_PATH_DEPTH } from '../../../../shared/ipc/linkchart.contract';
import { useLinkChartText } from './useLinkChartText';

export interface PathRequest {
  from: string;
  to: string;
  maxDepth: number;
  directed: boolean;
}

export interface NodeOption {
  value: string;
  label: string;
}

/**
 * "Find path": a popover with the two ends (the two nodes selected on the chart, or chosen here),
 * the most steps a path may take and whether to follow the money's direction.
 */
export function PathFinder(props: {
  options: readonly NodeOption[];
  opened: boolean;
  onOpen: () => void;
  onClose: () => void;
  from: string | null;
  to: string | null;
  onFrom: (id: string | null) => void;
  onTo: (id: string | null) => void;
  busy: boolean;
  onFind: (request: PathRequest) => void;
}) {
  const t = useLinkChartText();
  const [depth, setDepth] = useState(5);
  const [directed, setDirected] = useState(false);
  const ready = !!props.from && !!props.to && props.from !== props.to;
  return (
    <Popover
      opened={props.opened}
      onChange={(open) => (open ? props.onOpen() : props.onClose())}
      position="bottom-start"
      width={360}
      withArrow
      shadow="md"
      trapFocus
    >
      <Popover.Target>
        <Tooltip label={t('toolbar.pathHint')} openDelay={400} multiline w={280}>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRoute size={14} />}
            onClick={() => (props.opened ? props.onClose() : props.onOpen())}
            data-testid="linkchart-path"
          >
            {t('toolbar.path')}
          </Button>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown data-testid="linkchart-path-form">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ready && props.from && props.to) {
              props.onFind({ from: props.from, to: props.to, maxDepth: depth, directed });
            }
          }}
        >
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('path.title')}
            </Text>
            <Select
              size="xs"
              label={t('path.from')}
              data={props.options as NodeOption[]}
              value={props.from}
              onChange={props.onFrom}
              searchable
              limit={50}
              nothingFoundMessage={t('toolbar.nothingFound')}
              comboboxProps={{ withinPortal: false }}
              data-testid="linkchart-path-from"
            />
            <Select
              size="xs"
              label={t('path.to')}
              data={props.options as NodeOption[]}
              value={props.to}
              onChange={props.onTo}
              searchable
              limit={50}
              nothingFoundMessage={t('toolbar.nothingFound')}
              comboboxProps={{ withinPortal: false }}
              data-testid="linkchart-path-to"
            />
            <NumberInput
              size="xs"
              label={t('path.depth')}
              min={1}
              max={MAX_PATH_DEPTH}
              value={depth}
              onChange={(v) => setDepth(typeof v === 'number' ? v : Number(v) || 5)}
              clampBehavior="strict"
              data-testid="linkchart-path-depth"
            />
            <Switch
              size="xs"
              label={t('path.directed')}
              checked={directed}
              onChange={(e) => setDirected(e.currentTarget.checked)}
              data-testid="linkchart-path-directed"
            />
            <Button
              type="submit"
              size="xs"
              disabled={!ready}
              loading={props.busy}
              data-testid="linkchart-path-run"
            >
              {t('path.run')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
