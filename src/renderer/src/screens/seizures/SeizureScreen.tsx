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
import { IconChevronLeft, IconFileSearch, IconPencil, IconTruck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { SeizureView } from '../../../../shared/domain/object-views';
import { api } from '../../api';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { useCaseContext } from '../cases/case-context';
import { caseRoutes } from '../cases/case-routes';
import { usePartySummaries } from '../parties/usePartySummaries';
import { referencedParties } from './seizure-form';
import { SeizureDetailsCard } from './SeizureDetailsCard';
import { SeizureFormModal } from './SeizureFormModal';
import { SeizureObjectsCard } from './SeizureObjectsCard';
import { ShipmentCard } from './ShipmentCard';
import { useSeizuresText } from './useSeizuresText';

/** One seizure of the case (a child route of its Seizures tab): the record, shipment, objects. */
export function SeizureScreen() {
  const t = useSeizuresText();
  const call = useIpc();
  const format = useFormat();
  const legalBases = useVocabulary('legal_basis');
  const { view: caseView, reload: reloadCase } = useCaseContext();
  const caseId = caseView.record.id;
  const seizureId = useParams()['seizureId'] ?? '';
  const [loaded, setLoaded] = useState<SeizureView | null>(null);
  const [missing, setMissing] = useState(false);
  const [editing, setEditing] = useState(false);
  const view = loaded?.record.id === seizureId ? loaded : null;
  const parties = usePartySummaries(view ? referencedParties(view.record) : []);

  const reload = useCallback(async () => {
    const next = await call(api.seizure.get({ id: seizureId }), (error) => {
      const gone =
        error.code === CaseFileErrorCode.NotFound || error.code === CaseFileErrorCode.InvalidInput;
      if (gone) setMissing(true);
      return gone;
    });
    if (next) {
      setLoaded(next);
      setMissing(false);
    }
  }, [call, seizureId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const back = (
    <Anchor
      component={Link}
      to={caseRoutes.tab(caseId, 'seizures')}
      size="sm"
      w="fit-content"
      data-testid="seizure-back"
    >
      <Group gap={4} wrap="nowrap">
        <IconChevronLeft size={14} />
        {t('page.back')}
      </Group>
    </Anchor>
  );

  if (missing || (view && view.record.caseId !== caseId)) {
    return (
      <Card padding="xl" data-testid="screen-seizure">
        <EmptyState
          py="lg"
          size="md"
          icon={<IconFileSearch size={28} stroke={1.5} />}
          title={t('page.notFoundTitle')}
          description={t('page.notFoundText')}
          data-testid="seizure-not-found"
        >
          <EmptyState.Actions>{back}</EmptyState.Actions>
        </EmptyState>
      </Card>
    );
  }

  if (!view || !parties) {
    return (
      <Stack gap="md" data-testid="screen-seizure-loading">
        <Skeleton h={28} w="40%" />
        <Skeleton h={280} />
      </Stack>
    );
  }

  const { record } = view;
  return (
    <Stack
      gap="md"
      data-testid="screen-seizure"
      data-seizure-id={record.id}
      data-version={record.version}
    >
      {back}
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Group gap="sm" wrap="nowrap">
            <Title order={3} size="h4" ff="monospace" data-testid="seizure-reference">
              {record.reference}
            </Title>
            {record.shipment ? (
              <Group gap={4} wrap="nowrap" c="steel.7">
                <IconTruck size={16} aria-hidden />
                <Text size="sm" fw={500}>
                  {t('page.withShipment')}
                </Text>
              </Group>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {format.dateTime(record.seizedAt)} · {legalBases.labelOf(record.legalBasis)}
          </Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconPencil size={16} />}
          onClick={() => setEditing(true)}
          data-testid="seizure-edit"
        >
          {t('page.edit')}
        </Button>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: record.shipment ? 6 : 12 }}>
          <SeizureDetailsCard record={record} parties={parties} />
        </Grid.Col>
        {record.shipment ? (
          <Grid.Col span={{ base: 12, xl: 6 }}>
            <ShipmentCard shipment={record.shipment} parties={parties} />
          </Grid.Col>
        ) : null}
      </Grid>
      <SeizureObjectsCard objects={view.objects} caseId={caseId} seizureId={record.id} />
      {editing ? (
        <SeizureFormModal
          caseId={caseId}
          record={record}
          parties={parties}
          onSaved={() => {
            void reload();
            void reloadCase();
          }}
          onClosed={() => setEditing(false)}
        />
      ) : null}
    </Stack>
  );
}
