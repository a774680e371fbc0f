import {
  Anchor,
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
  IconChevronLeft,
  IconFileSearch,
  IconMailCheck,
  IconPencil,
  IconSend,
  IconX,
} from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type {
  ConsultationView,
  ExpertView,
  OpinionView,
} from '../../../../shared/domain/expert-views';
import { api } from '../../api';
import { useDialog } from '../../components/data/useDialog';
import { settle } from '../../lib/settle';
import { useIpc } from '../../lib/useIpc';
import { useCaseContext } from '../cases/case-context';
import { useCaseObjects } from '../objects/useCaseObjects';
import { OpinionFormModal } from '../opinions/OpinionFormModal';
import {
  ExpertCard,
  MandateCard,
  ObjectsCard,
  QuestionsCard,
} from './consultations/ConsultationCards';
import { actionsFor, type StatusAction } from './consultations/consultation-form';
import { ConsultationStateBadge } from './consultations/consultation-marks';
import { consultationRoutes } from './consultations/consultation-routes';
import { ConsultationFormModal } from './consultations/ConsultationFormModal';
import { ConsultationOpinionsCard } from './consultations/ConsultationOpinionsCard';
import { ConsultationStatusModal } from './consultations/ConsultationStatusModal';
import { useConsultationsText } from './consultations/consultations-text';
import { LettersCard } from './consultations/LettersCard';

const ACTION_ICONS = { send: IconSend, receive: IconMailCheck, withdraw: IconX } as const;

/**
 * One consultation of the case (a child route of its Experts tab): whom it asks, about which
 * objects, what, under which mandate and by when; the actions its state allows (sent, received,
 * withdrawn, edited); the request letters generated; and the opinions that answer it.
 */
export function ConsultationScreen() {
  const t = useConsultationsText();
  const call = useIpc();
  const { view: caseView } = useCaseContext();
  const caseId = caseView.record.id;
  const consultationId = useParams()['consultationId'] ?? '';
  const [loaded, setLoaded] = useState<ConsultationView | null>(null);
  const [missing, setMissing] = useState(false);
  const [expert, setExpert] = useState<ExpertView | null>(null);
  const [opinions, setOpinions] = useState<{ id: string; rows: OpinionView[] } | null>(null);
  const editing = useDialog<ConsultationView>();
  const moving = useDialog<{ consultation: ConsultationView; action: StatusAction }>();
  const recording = useDialog<string>();
  const caseObjects = useCaseObjects(caseId);
  const view = loaded?.id === consultationId ? loaded : null;
  const expertId = view?.expertId ?? null;

  const reload = useCallback(async () => {
    const next = await call(api.consultation.get({ id: consultationId }), (error) => {
      const gone =
        error.code === CaseFileErrorCode.NotFound || error.code === CaseFileErrorCode.InvalidInput;
      if (gone) setMissing(true);
      return gone;
    });
    if (next) {
      setLoaded(next);
      setMissing(false);
    }
  }, [call, consultationId]);

  const reloadOpinions = useCallback(async () => {
    const rows = await call(api.opinion.forCase({ caseId }));
    if (rows) {
      setOpinions({
        id: consultationId,
        rows: rows.filter((o) => o.consultationId === consultationId),
      });
    }
  }, [call, caseId, consultationId]);

  useEffect(() => {
    void reload();
    void reloadOpinions();
  }, [reload, reloadOpinions]);

  useEffect(() => {
    if (!expertId) return;
    let live = true;
    // The directory's record adds languages, fields and contacts; without it the card names
    // the expert from the consultation alone (no toast: the screen works without it).
    void settle(api.expert.get({ id: expertId })).then((result) => {
      if (live && result.ok) setExpert(result.value.expert);
    });
    return () => {
      live = false;
    };
  }, [expertId]);

  const saved = (next: ConsultationView) => {
    setLoaded(next);
    void reloadOpinions();
  };

  const back = (
    <Anchor
      component={Link}
      to={consultationRoutes.list(caseId)}
      size="sm"
      w="fit-content"
      data-testid="consultation-back"
    >
      <Group gap={4} wrap="nowrap">
        <IconChevronLeft size={14} />
        {t('page.back')}
      </Group>
    </Anchor>
  );

  if (missing || (view && view.caseId !== caseId)) {
    return (
      <Card padding="xl" data-testid="screen-consultation">
        <EmptyState
          py="lg"
          size="md"
          icon={<IconFileSearch size={28} stroke={1.5} />}
          title={t('page.notFoundTitle')}
          description={t('page.notFoundText')}
          data-testid="consultation-not-found"
        >
          <EmptyState.Actions>{back}</EmptyState.Actions>
        </EmptyState>
      </Card>
    );
  }

  if (!view) {
    return (
      <Stack gap="md" data-testid="screen-consultation-loading">
        <Skeleton h={28} w="40%" />
        <Skeleton h={220} />
        <Skeleton h={160} />
      </Stack>
    );
  }

  const allowed = actionsFor(view.state);
  const actionLabel: Record<StatusAction, string> = {
    send: t('actions.markSent'),
    receive: t('actions.markReceived'),
    withdraw: t('actions.withdraw'),
  };
  const shownOpinions = opinions?.id === view.id ? opinions.rows : null;
  const shownExpert = expert?.id === view.expertId ? expert : null;

  return (
    <Stack
      gap="md"
      data-testid="screen-consultation"
      data-consultation-id={view.id}
      data-version={view.version}
      data-state={view.state}
    >
      {back}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2} miw={0}>
          <Group gap="sm" wrap="nowrap">
            <Title
              order={3}
              size="h4"
              ff={view.reference ? 'monospace' : undefined}
              data-testid="consultation-reference"
            >
              {view.reference || t('page.noReference')}
            </Title>
            <ConsultationStateBadge
              state={view.state}
              overdueDays={view.overdueDays}
              size="md"
              testId="consultation-state"
            />
          </Group>
          <Text size="sm" c="dimmed" data-testid="consultation-expert-name">
            {[view.expertName, view.expertInstitution].filter(Boolean).join(', ')}
          </Text>
        </Stack>
        <Group gap="xs">
          {allowed.status.map((action) => {
            const Icon = ACTION_ICONS[action];
            return (
              <Button
                key={action}
                variant={action === 'withdraw' ? 'default' : 'filled'}
                leftSection={<Icon size={16} />}
                onClick={() => moving.open({ consultation: view, action })}
                data-testid={`consultation-${action}`}
              >
                {actionLabel[action]}
              </Button>
            );
          })}
          {allowed.edit ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => editing.open(view)}
              data-testid="consultation-edit"
            >
              {t('actions.edit')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ExpertCard consultation={view} expert={shownExpert} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <MandateCard consultation={view} />
        </Grid.Col>
      </Grid>
      <ObjectsCard consultation={view} caseObjects={caseObjects} />
      <QuestionsCard consultation={view} />
      {view.notes.trim() !== '' ? (
        <Card data-testid="consultation-notes">
          <Title order={3} size="h5" mb="xs">
            {t('fields.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {view.notes}
          </Text>
        </Card>
      ) : null}
      <LettersCard consultation={view} onGenerated={setLoaded} />
      <ConsultationOpinionsCard
        consultation={view}
        opinions={shownOpinions}
        onRecord={(objectId) => recording.open(objectId)}
      />
      {editing.state ? (
        <ConsultationFormModal
          key={editing.state.key}
          caseId={caseId}
          consultation={editing.state.value}
          onSaved={saved}
          onClosed={editing.closed(editing.state.key)}
        />
      ) : null}
      {recording.state ? (
        <OpinionFormModal
          key={recording.state.key}
          caseId={caseId}
          objectId={recording.state.value}
          consultationId={view.id}
          expertId={view.expertId}
          opinion={null}
          onSaved={() => {
            void reload();
            void reloadOpinions();
          }}
          onClosed={recording.closed(recording.state.key)}
        />
      ) : null}
      {moving.state ? (
        <ConsultationStatusModal
          key={moving.state.key}
          consultation={moving.state.value.consultation}
          action={moving.state.value.action}
          onSaved={saved}
          onClosed={moving.closed(moving.state.key)}
        />
      ) : null}
    </Stack>
  );
}
