import {
  Anchor,
  Button,
  Card,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconAffiliate,
  IconAlertTriangle,
  IconBuildingMonument,
  IconCertificate,
  IconChevronLeft,
  IconCoins,
  IconFileSearch,
  IconFiles,
  IconFlag,
  IconGavel,
  IconLayoutList,
  IconNotebook,
  IconPencil,
  IconReportAnalytics,
  IconTimeline,
  IconUsers,
} from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { CaseRecord } from '../../../../shared/domain/case';
import { api } from '../../api';
import { useDialog } from '../../components/data/useDialog';
import { useIpc } from '../../lib/useIpc';
import { ExportBundleButton } from '../bundle/ExportBundleButton';
import type { CaseContext, CaseView } from './case-context';
import { ClassificationMark, CaseStatusBadge, HandlingCodeBadge } from './case-marks';
import { CASE_TABS, caseRoutes, tabOfPath, type CaseTab } from './case-routes';
import { CaseFormModal } from './CaseFormModal';
import { CaseWorkflow } from './CaseWorkflow';
import { useCasesText } from './useCasesText';

const TAB_ICONS = {
  overview: IconLayoutList,
  journal: IconNotebook,
  parties: IconUsers,
  seizures: IconGavel,
  objects: IconBuildingMonument,
  documents: IconFiles,
  findings: IconAlertTriangle,
  timeline: IconTimeline,
  money: IconCoins,
  links: IconAffiliate,
  experts: IconCertificate,
  indicators: IconFlag,
  reports: IconReportAnalytics,
} satisfies Record<CaseTab, unknown>;

const isTab = (v: string | null): v is CaseTab =>
  (CASE_TABS as readonly (string | null)[]).includes(v);

/**
 * One case: its marking, title and status, the workflow with the moves it allows, and its parts
 * as tabs. Each tab is a child route rendered in the <Outlet />, with the case in its context
 * (useCaseContext), so parties, seizures and objects plug in as routes of their own.
 */
export function CaseScreen() {
  const t = useCasesText();
  const call = useIpc();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const caseId = useParams()['caseId'] ?? '';
  const [loaded, setLoaded] = useState<CaseView | null>(null);
  const [missing, setMissing] = useState(false);
  const editing = useDialog<CaseRecord>();
  const view = loaded?.record.id === caseId ? loaded : null;
  const tab = tabOfPath(pathname);

  const reload = useCallback(async () => {
    const next = await call(api.case.get({ id: caseId }), (error) => {
      const gone =
        error.code === CaseFileErrorCode.NotFound || error.code === CaseFileErrorCode.InvalidInput;
      if (gone) setMissing(true);
      return gone;
    });
    if (next) {
      setLoaded(next);
      setMissing(false);
    }
  }, [call, caseId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const moved = (record: CaseRecord) => {
    setLoaded((prev) => (prev ? { ...prev, record } : prev));
    void reload();
  };

  if (missing) {
    return (
      <Stack gap="lg" data-testid="screen-case">
        <Card padding="xl">
          <EmptyState
            py="xl"
            size="md"
            icon={<IconFileSearch size={28} stroke={1.5} />}
            title={t('page.notFoundTitle')}
            description={t('page.notFoundText')}
            data-testid="case-not-found"
          >
            <EmptyState.Actions>
              <Button component={Link} to={caseRoutes.list} variant="default">
                {t('page.back')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Card>
      </Stack>
    );
  }

  if (!view) {
    return (
      <Stack gap="md" data-testid="screen-case-loading">
        <Skeleton h={18} w={200} />
        <Skeleton h={36} w="60%" />
        <Skeleton h={72} />
        <Skeleton h={320} />
      </Stack>
    );
  }

  const { record } = view;
  const context: CaseContext = { view, reload, edit: () => editing.open(record) };

  return (
    <Stack
      gap="md"
      data-testid="screen-case"
      data-case-id={record.id}
      data-version={record.version}
    >
      <Anchor
        component={Link}
        to={caseRoutes.list}
        size="sm"
        w="fit-content"
        data-testid="case-back"
      >
        <Group gap={4} wrap="nowrap">
          <IconChevronLeft size={14} />
          {t('page.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Group gap="xs" wrap="nowrap">
            <Text
              fw={700}
              size="sm"
              c="gray.7"
              ff="monospace"
              data-testid="case-reference"
              style={{ whiteSpace: 'nowrap' }}
            >
              {record.reference}
            </Text>
            <CaseStatusBadge status={record.status} />
            <ClassificationMark code={record.classification} />
            <HandlingCodeBadge code={record.handlingCode} />
          </Group>
          <Title order={2} size="h3" lineClamp={2} data-testid="case-title">
            {record.title}
          </Title>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <ExportBundleButton caseIds={[record.id]} />
          <Tooltip label={t('page.editTooltip')}>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => editing.open(record)}
              style={{ flexShrink: 0 }}
              data-testid="case-edit"
            >
              {t('page.edit')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <CaseWorkflow view={view} onMoved={moved} reload={reload} />
      <Tabs
        value={tab}
        onChange={(next) => {
          if (isTab(next)) void navigate(caseRoutes.tab(record.id, next));
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')}>
          {CASE_TABS.map((key) => {
            const Icon = TAB_ICONS[key];
            return (
              <Tabs.Tab
                key={key}
                value={key}
                leftSection={<Icon size={16} stroke={1.6} />}
                data-testid={`case-tab-${key}`}
              >
                {t(`tabs.${key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>
      <Outlet context={context} />
      {editing.state ? (
        <CaseFormModal
          key={editing.state.key}
          record={editing.state.value}
          onSaved={(saved) => moved(saved)}
          onClosed={editing.closed(editing.state.key)}
        />
      ) : null}
    </Stack>
  );
}
