import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import {
  IconCamera,
  IconCertificate,
  IconFlag,
  IconChecklist,
  IconFileDescription,
  IconFileSearch,
  IconGavel,
  IconRoute2,
  IconStack2,
  IconTimelineEvent,
} from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { ObjectView } from '../../../../shared/domain/object-views';
import { api } from '../../api';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { caseRoutes } from '../cases/case-routes';
import { rememberCase } from './last-case';
import { useTypeLabel } from './list/object-columns';
import type { ObjectContext } from './object-context';
import { LegalStatusBadge, mono } from './object-marks';
import { OBJECT_TABS, objectRoutes, objectTabOfPath, type ObjectTab } from './object-routes';
import { useObjectsText } from './useObjectsText';
import { useSession } from '../../hooks/useSession';

const TAB_ICONS = {
  description: IconFileDescription,
  lot: IconStack2,
  legal: IconGavel,
  provenance: IconTimelineEvent,
  opinions: IconCertificate,
  indicators: IconFlag,
  checks: IconChecklist,
  custody: IconRoute2,
  photos: IconCamera,
} satisfies Record<ObjectTab, unknown>;

interface Loaded {
  view: ObjectView;
  caseReference: string;
}

/**
 * One seized object: its exhibit number, title and legal status, and its parts as tabs (each a
 * child route with the object in its context): the Object ID description, the lot, the legal
 * status history, database checks, the chain of custody and the photos.
 */
export function ObjectScreen() {
  const t = useObjectsText();
  const call = useIpc();
  const navigate = useNavigate();
  const format = useFormat();
  const typeLabel = useTypeLabel();
  const { summary } = useSession();
  const { pathname } = useLocation();
  const objectId = useParams()['objectId'] ?? '';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [missing, setMissing] = useState(false);
  const current = loaded?.view.record.id === objectId ? loaded : null;
  const tab = objectTabOfPath(pathname);

  const reload = useCallback(async () => {
    const view = await call(api.object.get({ id: objectId }), (error) => {
      const gone =
        error.code === CaseFileErrorCode.NotFound || error.code === CaseFileErrorCode.InvalidInput;
      if (gone) setMissing(true);
      return gone;
    });
    if (!view) return;
    const kase = await call(api.case.get({ id: view.record.caseId }));
    setLoaded({ view, caseReference: kase?.record.reference ?? '' });
    setMissing(false);
  }, [call, objectId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const caseId = current?.view.record.caseId;
  useEffect(() => {
    if (caseId) rememberCase(summary?.caseFileId, caseId);
  }, [caseId, summary?.caseFileId]);

  if (missing) {
    return (
      <Card padding="xl" data-testid="screen-object">
        <EmptyState
          py="xl"
          size="md"
          icon={<IconFileSearch size={28} stroke={1.5} />}
          title={t('page.notFoundTitle')}
          description={t('page.notFoundText')}
          data-testid="object-not-found"
        >
          <EmptyState.Actions>
            <Button component={Link} to={objectRoutes.area()} variant="default">
              {t('page.backToObjects')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Card>
    );
  }

  if (!current) {
    return (
      <Stack gap="md" data-testid="screen-object-loading">
        <Skeleton h={18} w={220} />
        <Skeleton h={36} w="55%" />
        <Skeleton h={40} />
        <Skeleton h={420} />
      </Stack>
    );
  }

  const { view, caseReference } = current;
  const { record } = view;
  const tabs = OBJECT_TABS.filter((key) => key !== 'lot' || view.lot !== null);
  const counts: Partial<Record<ObjectTab, number>> = {
    checks: view.checks.length,
    custody: view.custody.entries.length,
    photos: view.photoCount,
    lot: view.lot?.describedItems,
  };
  const context: ObjectContext = {
    view,
    reload,
    caseReference,
    replaceRecord: (next) =>
      setLoaded((prev) => (prev ? { ...prev, view: { ...prev.view, record: next } } : prev)),
  };
  const heading = record.title || typeLabel(record.typeL1, record.typeL2);

  return (
    <Stack
      gap="md"
      data-testid="screen-object"
      data-object-id={record.id}
      data-version={record.version}
    >
      <Breadcrumbs separatorMargin={6}>
        <Anchor
          component={Link}
          to={caseRoutes.tab(record.caseId, 'objects')}
          size="sm"
          ff="monospace"
          data-testid="object-case-link"
        >
          {caseReference}
        </Anchor>
        <Anchor component={Link} to={caseRoutes.tab(record.caseId, 'objects')} size="sm">
          {t('page.objects')}
        </Anchor>
        <Text size="sm" c="dimmed" ff="monospace">
          {record.exhibitNumber}
        </Text>
      </Breadcrumbs>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={700} size="sm" c="gray.7" style={mono} data-testid="object-exhibit">
            {record.exhibitNumber}
          </Text>
          <LegalStatusBadge status={record.legalStatus} size="md" />
          {view.lot ? (
            <Badge
              variant="outline"
              color="gray"
              radius="sm"
              tt="none"
              data-testid="object-lot-badge"
            >
              {t('page.lotOf', {
                count: view.lot.lotCount,
                formatted: format.number(view.lot.lotCount),
              })}
            </Badge>
          ) : null}
          {view.partOfLot ? (
            <Badge
              variant="outline"
              color="gray"
              radius="sm"
              tt="none"
              component={Link}
              to={objectRoutes.tab(view.partOfLot.id, 'lot')}
              style={{ cursor: 'pointer' }}
              data-testid="object-part-of-lot"
            >
              {t('page.partOfLot', { exhibit: view.partOfLot.exhibitNumber })}
            </Badge>
          ) : null}
          {view.seizure ? (
            <Text size="sm" c="dimmed" data-testid="object-seizure">
              {t('page.seizedIn', { reference: view.seizure.reference })}
            </Text>
          ) : null}
        </Group>
        <Title order={2} size="h3" lineClamp={2} data-testid="object-title">
          {heading}
        </Title>
      </Stack>
      <Tabs
        value={tab}
        onChange={(next) => {
          const found = tabs.find((k) => k === next);
          if (found) void navigate(objectRoutes.tab(record.id, found));
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')}>
          {tabs.map((key) => {
            const Icon = TAB_ICONS[key];
            const count = counts[key];
            return (
              <Tabs.Tab
                key={key}
                value={key}
                leftSection={<Icon size={16} stroke={1.6} />}
                rightSection={
                  count ? (
                    <Badge size="xs" variant="light" color="gray" radius="sm">
                      {format.number(count)}
                    </Badge>
                  ) : null
                }
                data-testid={`object-tab-${key}`}
              >
                {t(`tabs.${key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>
      <Outlet context={context} />
    </Stack>
  );
}
