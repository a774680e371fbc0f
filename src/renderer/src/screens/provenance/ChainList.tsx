import { Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconLink, IconLinkOff } from '@tabler/icons-react';
import { Fragment, useEffect, useRef } from 'react';
import type { DocumentView } from '../../../../shared/domain/document';
import type { ProvenanceChain, ProvenanceEventRecord } from '../../../../shared/domain/provenance';
import { orderWarnings } from './chain-view';
import { EventCard } from './EventCard';
import { useProvenanceText } from './useProvenanceText';

/**
 * Between two cards: a solid link when the later event passed straight from the previous holder
 * (";" in the provenance text), a dashed, marked gap when nothing links them (".").
 */
function Connector({ direct }: { direct: boolean }) {
  const t = useProvenanceText();
  const color = direct ? 'var(--mantine-color-steel-4)' : 'var(--mantine-color-orange-6)';
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      h={direct ? 28 : 40}
      pl={27}
      data-testid={direct ? 'chain-link' : 'chain-gap'}
      aria-label={direct ? t('chain.direct') : t('chain.gap')}
    >
      <Box
        h="100%"
        style={{
          flex: 'none',
          borderLeft: direct ? `2px solid ${color}` : `3px dashed ${color}`,
        }}
      />
      <Tooltip label={direct ? t('chain.directHint') : t('chain.gapHint')} multiline w={300}>
        {direct ? (
          <Group gap={4} wrap="nowrap" c="dimmed">
            <IconLink size={12} />
            <Text size="xs" c="dimmed">
              {t('chain.direct')}
            </Text>
          </Group>
        ) : (
          <Badge
            color="orange"
            variant="light"
            radius="sm"
            size="sm"
            tt="none"
            leftSection={<IconLinkOff size={12} />}
          >
            {t('chain.gap')}
          </Badge>
        )}
      </Tooltip>
    </Group>
  );
}

/**
 * The chain, earliest first, with the link or gap between each two events. Moving an event keeps
 * the keyboard focus on it, so Alt+↑ / Alt+↓ can be pressed again.
 */
export function ChainList(props: {
  chain: ProvenanceChain;
  documents: ReadonlyMap<string, DocumentView>;
  busy: boolean;
  onMove: (event: ProvenanceEventRecord, by: -1 | 1) => Promise<boolean>;
  onEdit: (event: ProvenanceEventRecord) => void;
  onRemove: (event: ProvenanceEventRecord) => void;
}) {
  const t = useProvenanceText();
  const { events } = props.chain;
  const warnings = orderWarnings(props.chain);
  const listRef = useRef<HTMLDivElement>(null);
  const focusAfterMove = useRef<string | null>(null);

  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
  }, [props.chain]);

  const move = async (event: ProvenanceEventRecord, by: -1 | 1, keepFocus: boolean) => {
    // Asked before the call: the new chain may render before the call's promise settles here.
    focusAfterMove.current = keepFocus ? event.id : null;
    if (!(await props.onMove(event, by))) focusAfterMove.current = null;
  };

  return (
    <div ref={listRef} role="list" aria-label={t('chain.label')} data-testid="provenance-chain">
      {events.map((e, i) => (
        <Fragment key={e.id}>
          {i > 0 ? <Connector direct={e.directTransfer} /> : null}
          <div role="listitem">
            <EventCard
              event={e}
              caseId={props.chain.caseId}
              parties={props.chain.parties}
              payments={props.chain.payments}
              documents={props.documents}
              warnings={warnings.get(e.id) ?? []}
              first={i === 0}
              last={i === events.length - 1}
              busy={props.busy}
              onMove={(by) => {
                const active = document.activeElement;
                const keepFocus =
                  active instanceof HTMLElement && active.dataset['eventId'] === e.id;
                void move(e, by, keepFocus);
              }}
              onEdit={() => props.onEdit(e)}
              onRemove={() => props.onRemove(e)}
            />
          </div>
        </Fragment>
      ))}
      {events.length > 1 ? (
        <Text size="xs" c="dimmed" mt="xs" ta="right">
          {t('chain.reorderHint')}
        </Text>
      ) : null}
    </div>
  );
}
