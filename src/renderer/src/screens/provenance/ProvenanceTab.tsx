import { Button, Card, EmptyState, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconPlus, IconTimelineEvent } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  ClaimRecord,
  ProvenanceChain,
  ProvenanceEventRecord,
} from '../../../../shared/domain/provenance';
import { api } from '../../api';
import { useDialog } from '../../components/data/useDialog';
import { useConfirm } from '../../hooks/useConfirm';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { useCaseDocuments } from '../documents/useCaseDocuments';
import { FindingsList } from '../findings/FindingsList';
import { useObjectContext } from '../objects/object-context';
import { AamLineCard } from './AamLineCard';
import { movedOrder } from './chain-view';
import { ChainList } from './ChainList';
import { ClaimFormModal } from './ClaimFormModal';
import { ClaimsCard } from './ClaimsCard';
import { EventFormModal } from './EventFormModal';
import { MoneyColumn } from './MoneyColumn';
import { useProvenanceText } from './useProvenanceText';

/** The shortcut that opens a new event (ignored while typing in a field). */
export const NEW_EVENT_SHORTCUT = 'N';

/**
 * The object's provenance: the chain of events earliest first, with the links and gaps between
 * them, the standard provenance text, and beside it the money chain (the payments the events
 * cite, by date) and the competing ownership claims.
 */
export function ProvenanceTab() {
  const t = useProvenanceText();
  const call = useIpc();
  const notify = useNotify();
  const confirm = useConfirm();
  const { view } = useObjectContext();
  const objectId = view.record.id;
  const caseId = view.record.caseId;
  const [loaded, setLoaded] = useState<ProvenanceChain | null>(null);
  const chain = loaded?.objectId === objectId ? loaded : null;
  const [busy, setBusy] = useState(false);
  /** Bumped after each change, so the findings are asked for again. */
  const [revision, setRevision] = useState(0);
  const eventDialog = useDialog<ProvenanceEventRecord | null>();
  const claimDialog = useDialog<ClaimRecord | null>();
  const docs = useCaseDocuments(caseId);
  const documents = useMemo(
    () => new Map((docs.documents ?? []).map((d) => [d.id, d])),
    [docs.documents],
  );

  const fetchChain = useCallback(() => call(api.provenance.chain({ objectId })), [call, objectId]);
  const changed = useCallback((fresh: ProvenanceChain) => {
    setLoaded(fresh);
    setRevision((n) => n + 1);
  }, []);
  const reload = useCallback(async () => {
    const fresh = await fetchChain();
    if (fresh) changed(fresh);
  }, [fetchChain, changed]);

  useEffect(() => {
    let live = true;
    void fetchChain().then((fresh) => {
      if (live && fresh) setLoaded(fresh);
    });
    return () => {
      live = false;
    };
  }, [fetchChain]);

  const dialogOpen = eventDialog.state !== null || claimDialog.state !== null;
  useHotkeys([[NEW_EVENT_SHORTCUT, () => !dialogOpen && chain && eventDialog.open(null)]]);

  const move = async (event: ProvenanceEventRecord, by: -1 | 1): Promise<boolean> => {
    if (!chain || busy) return false;
    const order = movedOrder(chain.events, event.id, by);
    if (!order) return false;
    setBusy(true);
    const fresh = await call(api.provenance.reorder({ objectId, order }));
    setBusy(false);
    if (!fresh) {
      void reload();
      return false;
    }
    changed(fresh);
    return true;
  };

  const remove = async (event: ProvenanceEventRecord) => {
    const ok = await confirm({
      title: t('chain.removeTitle'),
      message: t('chain.removeMessage', {
        event: `${event.position}. ${t(`eventTypes.${event.type}`)}${event.date ? `, ${event.date}` : ''}`,
      }),
      confirmLabel: t('chain.removeConfirm'),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    const fresh = await call(api.provenance.removeEvent({ id: event.id, version: event.version }));
    setBusy(false);
    if (!fresh) {
      void reload();
      return;
    }
    changed(fresh);
    notify.success(t('chain.removed'));
  };

  const events = chain?.events ?? [];

  return (
    <Grid gap="md" data-testid="object-tab-panel-provenance">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          {chain && events.length > 0 ? <AamLineCard chain={chain} /> : null}
          <Card>
            <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Title order={3} size="h5">
                  {t('title')}
                  {events.length > 0 ? (
                    <Text span size="sm" c="dimmed" fw={400} ml={8} data-testid="provenance-count">
                      {t('eventCount', { count: events.length })}
                    </Text>
                  ) : null}
                </Title>
                <Text size="xs" c="dimmed">
                  {t('intro')}
                </Text>
              </Stack>
              <Button
                leftSection={<IconPlus size={16} />}
                style={{ flex: 'none' }}
                onClick={() => eventDialog.open(null)}
                disabled={!chain}
                title={t('addShortcut')}
                aria-keyshortcuts={NEW_EVENT_SHORTCUT}
                data-testid="provenance-add"
              >
                {t('add')}
              </Button>
            </Group>
            {!chain ? (
              <Group justify="center" py="xl" data-state="loading">
                <Loader size="sm" />
                <Text size="sm" c="dimmed">
                  {t('loading')}
                </Text>
              </Group>
            ) : events.length === 0 ? (
              <EmptyState
                py="lg"
                size="sm"
                icon={<IconTimelineEvent size={24} stroke={1.5} />}
                title={t('emptyTitle')}
                description={t('emptyText')}
                data-testid="provenance-empty"
              />
            ) : (
              <ChainList
                chain={chain}
                documents={documents}
                busy={busy}
                onMove={move}
                onEdit={(e) => eventDialog.open(e)}
                onRemove={(e) => void remove(e)}
              />
            )}
          </Card>
          <Card data-testid="provenance-findings">
            <Title order={3} size="h5" mb="sm">
              {t('findings.title')}
            </Title>
            <FindingsList key={revision} caseId={caseId} objectId={objectId} />
          </Card>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="md">
          {chain ? <MoneyColumn chain={chain} /> : null}
          <ClaimsCard
            claims={chain?.claims ?? []}
            parties={chain?.parties ?? {}}
            documents={documents}
            onAdd={() => claimDialog.open(null)}
            onEdit={(c) => claimDialog.open(c)}
          />
        </Stack>
      </Grid.Col>
      {eventDialog.state ? (
        <EventFormModal
          key={eventDialog.state.key}
          objectId={objectId}
          caseId={caseId}
          event={eventDialog.state.value}
          parties={chain?.parties ?? {}}
          payments={chain?.payments ?? {}}
          documents={docs.documents}
          fetchCurrent={async () => {
            const id = eventDialog.state?.value?.id;
            const fresh = await fetchChain();
            if (!fresh) return null;
            setLoaded(fresh);
            const event = fresh.events.find((e) => e.id === id);
            return event ? { event, parties: fresh.parties, payments: fresh.payments } : null;
          }}
          onSaved={() => void reload()}
          onClosed={eventDialog.closed(eventDialog.state.key)}
        />
      ) : null}
      {claimDialog.state ? (
        <ClaimFormModal
          key={claimDialog.state.key}
          objectId={objectId}
          caseId={caseId}
          claim={claimDialog.state.value}
          parties={chain?.parties ?? {}}
          documents={docs.documents}
          fetchCurrent={async () => {
            const id = claimDialog.state?.value?.id;
            const fresh = await fetchChain();
            if (!fresh) return null;
            setLoaded(fresh);
            const claim = fresh.claims.find((c) => c.id === id);
            return claim ? { claim, parties: fresh.parties } : null;
          }}
          onSaved={() => void reload()}
          onClosed={claimDialog.closed(claimDialog.state.key)}
        />
      ) : null}
    </Grid>
  );
}
