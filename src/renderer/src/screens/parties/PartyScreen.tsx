import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Grid,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowMerge,
  IconChevronLeft,
  IconGitMerge,
  IconPencil,
  IconUserSearch,
} from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { PartySummary, PartyView } from '../../../../shared/domain/party-views';
import { api } from '../../api';
import { useConfirm } from '../../hooks/useConfirm';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { KIND_ICON, PartyFlags } from './party-marks';
import { partyRoutes } from './party-routes';
import { groupByCase, PartyRolesCard } from './PartyRolesCard';
import { PartyDetailsCard } from './PartyDetailsCard';
import { PartyFormModal } from './PartyFormModal';
import { MergePartyModal } from './MergePartyModal';
import { usePartiesText } from './usePartiesText';

/**
 * One person or organisation: every field, the roles in every case, and merging: a duplicate can
 * be merged into this party, and a merge undone (from either side).
 */
export function PartyScreen() {
  const t = usePartiesText();
  const label = useEnumLabel();
  const call = useIpc();
  const notify = useNotify();
  const confirm = useConfirm();
  const partyId = useParams()['partyId'] ?? '';
  const [loaded, setLoaded] = useState<PartyView | null>(null);
  const [missing, setMissing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const view = loaded?.record.id === partyId ? loaded : null;

  const reload = useCallback(async () => {
    const next = await call(api.party.get({ id: partyId }), (error) => {
      const gone =
        error.code === CaseFileErrorCode.NotFound || error.code === CaseFileErrorCode.InvalidInput;
      if (gone) setMissing(true);
      return gone;
    });
    if (next) {
      setLoaded(next);
      setMissing(false);
    }
  }, [call, partyId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const unmerge = async (merged: PartySummary, into: string) => {
    const ok = await confirm({
      title: t('unmerge.title', { name: merged.name }),
      message: t('unmerge.message', { name: merged.name, into }),
      confirmLabel: t('unmerge.confirm'),
    });
    if (!ok) return;
    const done = await call(api.party.unmerge({ partyId: merged.id }));
    if (!done) return;
    notify.success(t('unmerge.done', { name: merged.name }));
    void reload();
  };

  if (missing) {
    return (
      <Card padding="xl" data-testid="screen-party">
        <EmptyState
          py="xl"
          size="md"
          icon={<IconUserSearch size={28} stroke={1.5} />}
          title={t('page.notFoundTitle')}
          description={t('page.notFoundText')}
          data-testid="party-not-found"
        >
          <EmptyState.Actions>
            <Button component={Link} to={partyRoutes.directory} variant="default">
              {t('page.back')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Card>
    );
  }

  if (!view) {
    return (
      <Stack gap="md" data-testid="screen-party-loading">
        <Skeleton h={18} w={200} />
        <Skeleton h={36} w="50%" />
        <Skeleton h={320} />
      </Stack>
    );
  }

  const { record } = view;
  const Icon = KIND_ICON[record.kind];
  const caseCount = groupByCase(view.roles).length;
  const title =
    record.kind === 'organisation'
      ? record.name
      : [record.givenNames, record.familyName].filter(Boolean).join(' ');

  return (
    <Stack
      gap="md"
      data-testid="screen-party"
      data-party-id={record.id}
      data-version={record.version}
    >
      <Anchor
        component={Link}
        to={partyRoutes.directory}
        size="sm"
        w="fit-content"
        data-testid="party-back"
      >
        <Group gap={4} wrap="nowrap">
          <IconChevronLeft size={14} />
          {t('page.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap={6} miw={0}>
          <Group gap="xs" wrap="nowrap">
            <Icon size={18} stroke={1.6} color="var(--mantine-color-gray-6)" aria-hidden />
            <Text size="sm" c="gray.7" fw={600}>
              {label('partyKind', record.kind)}
            </Text>
            <PartyFlags flags={record.flags} size="sm" />
          </Group>
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Title order={2} size="h3" lineClamp={2} data-testid="party-name">
              {title}
            </Title>
            <Badge
              variant={caseCount > 1 ? 'filled' : 'light'}
              color={caseCount > 1 ? 'grape' : 'gray'}
              radius="sm"
              tt="none"
              data-testid="party-case-count"
            >
              {t('page.appearsIn', { count: caseCount })}
            </Badge>
          </Group>
        </Stack>
        {view.mergedInto ? null : (
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconArrowMerge size={16} />}
              onClick={() => setMerging(true)}
              data-testid="party-merge"
            >
              {t('page.merge')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => setEditing(true)}
              data-testid="party-edit"
            >
              {t('page.edit')}
            </Button>
          </Group>
        )}
      </Group>
      {view.mergedInto ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconGitMerge size={18} />}
          title={t('page.mergedTitle')}
          data-testid="party-merged-into"
        >
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Text size="sm">
              {t('page.mergedText')}{' '}
              <Anchor component={Link} to={partyRoutes.party(view.mergedInto.id)} size="sm">
                {view.mergedInto.name}
              </Anchor>
            </Text>
            <Button
              size="xs"
              variant="white"
              color="orange"
              leftSection={<IconArrowBackUp size={14} />}
              onClick={() =>
                void unmerge(
                  { id: record.id, kind: record.kind, name: title, flags: record.flags },
                  view.mergedInto?.name ?? '',
                )
              }
              data-testid="party-unmerge"
            >
              {t('unmerge.confirm')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PartyDetailsCard record={record} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <PartyRolesCard roles={view.roles} />
            {view.mergedFrom.length > 0 ? (
              <Card data-testid="party-merged-from">
                <Title order={3} size="h5" mb="sm">
                  {t('page.mergedFrom')}
                </Title>
                <Stack gap={6}>
                  {view.mergedFrom.map((p) => (
                    <Group key={p.id} justify="space-between" wrap="nowrap">
                      <Anchor component={Link} to={partyRoutes.party(p.id)} size="sm">
                        {p.name}
                      </Anchor>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="gray"
                        leftSection={<IconArrowBackUp size={12} />}
                        onClick={() => void unmerge(p, title)}
                        data-testid="party-unmerge-from"
                      >
                        {t('unmerge.confirm')}
                      </Button>
                    </Group>
                  ))}
                </Stack>
              </Card>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      {editing ? (
        <PartyFormModal
          record={record}
          onSaved={() => void reload()}
          onClosed={() => setEditing(false)}
        />
      ) : null}
      {merging ? (
        <MergePartyModal
          keep={view}
          onMerged={() => void reload()}
          onClosed={() => setMerging(false)}
        />
      ) : null}
    </Stack>
  );
}
