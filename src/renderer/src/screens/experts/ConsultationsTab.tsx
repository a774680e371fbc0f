import {
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCertificate, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ConsultationView } from '../../../../shared/domain/expert-views';
import { api } from '../../api';
import { useDataText } from '../../components/data/data-text';
import { useCalendarDate } from '../../components/data/dates';
import { useDialog } from '../../components/data/useDialog';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { useCaseContext } from '../cases/case-context';
import { useCountries } from '../objects/fields/countries';
import { ConsultationStateBadge } from './consultations/consultation-marks';
import { consultationRoutes } from './consultations/consultation-routes';
import { ConsultationFormModal } from './consultations/ConsultationFormModal';
import { useConsultationsText } from './consultations/consultations-text';

/** Exhibit numbers shown in a row before "+N". */
const OBJECTS_SHOWN = 4;

/**
 * The case's consultations of experts (issue #7): whom each asks, about which objects, its state
 * (overdue ones in red, with the days they are late), deadline, when it was sent and answered,
 * and the opinions it brought. "New consultation" opens the request form.
 */
export function ConsultationsTab() {
  const t = useConsultationsText();
  const data = useDataText();
  const call = useIpc();
  const navigate = useNavigate();
  const date = useCalendarDate();
  const format = useFormat();
  const countries = useCountries();
  const { view } = useCaseContext();
  const caseId = view.record.id;
  const [loaded, setLoaded] = useState<{ caseId: string; rows: ConsultationView[] } | null>(null);
  const creating = useDialog<null>();
  const rows = loaded?.caseId === caseId ? loaded.rows : null;

  const load = useCallback(async () => {
    const list = await call(api.consultation.list({ caseId }));
    if (list) setLoaded({ caseId, rows: list });
  }, [call, caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  const add = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => creating.open(null)}
      data-testid="consultations-add"
    >
      {t('tab.add')}
    </Button>
  );
  const none = (
    <Text span size="sm" c="gray.5">
      {data('notGiven')}
    </Text>
  );
  const day = (value: string | null, testId?: string): ReactNode =>
    value ? (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
        {date(value)}
      </Text>
    ) : (
      none
    );

  return (
    <Stack gap="md" data-testid="case-tab-panel-experts">
      {rows === null ? (
        <Skeleton h={120} />
      ) : rows.length === 0 ? (
        <Card padding="xl">
          <EmptyState
            size="md"
            variant="light"
            icon={<IconCertificate size={28} stroke={1.5} />}
            title={t('tab.emptyTitle')}
            description={t('tab.emptyText')}
            data-testid="consultations-empty"
          >
            <EmptyState.Actions>{add}</EmptyState.Actions>
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Text size="sm" c="dimmed" maw={760}>
                {t('tab.intro')}
              </Text>
              <Text size="xs" c="dimmed" data-testid="consultations-count">
                {t('tab.count', { count: rows.length })}
              </Text>
            </Stack>
            {add}
          </Group>
          <Card padding={0}>
            <Table.ScrollContainer minWidth={1040}>
              <Table
                highlightOnHover
                verticalSpacing="sm"
                horizontalSpacing="md"
                aria-label={t('tab.tableLabel')}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('columns.reference')}</Table.Th>
                    <Table.Th>{t('columns.expert')}</Table.Th>
                    <Table.Th>{t('columns.objects')}</Table.Th>
                    <Table.Th>{t('columns.state')}</Table.Th>
                    <Table.Th>{t('columns.deadline')}</Table.Th>
                    <Table.Th>{t('columns.sent')}</Table.Th>
                    <Table.Th>{t('columns.received')}</Table.Th>
                    <Table.Th ta="end">{t('columns.opinions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((c) => {
                    const to = consultationRoutes.consultation(caseId, c.id);
                    const more = c.objects.length - OBJECTS_SHOWN;
                    return (
                      <Table.Tr
                        key={c.id}
                        style={{ cursor: 'pointer' }}
                        onClick={() => void navigate(to)}
                        data-testid="consultation-row"
                        data-state={c.state}
                      >
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor
                            component={Link}
                            to={to}
                            ff={c.reference ? 'monospace' : undefined}
                            fw={600}
                            size="sm"
                            onClick={(e) => e.stopPropagation()}
                            data-testid="consultation-row-link"
                          >
                            {c.reference || t('tab.noReference')}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={0} miw={0}>
                            <Text size="sm" fw={500} lineClamp={1} title={c.expertName}>
                              {c.expertName}
                            </Text>
                            <Text size="xs" c="dimmed" lineClamp={1}>
                              {[c.expertInstitution, countries.nameOf(c.expertCountry)]
                                .filter(Boolean)
                                .join(' · ')}
                            </Text>
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="wrap" maw={260}>
                            {c.objects.slice(0, OBJECTS_SHOWN).map((o) => (
                              <Tooltip key={o.id} label={o.title} openDelay={300}>
                                <Badge
                                  variant="outline"
                                  color="gray"
                                  radius="sm"
                                  tt="none"
                                  fw={600}
                                  ff="monospace"
                                  data-testid="consultation-row-object"
                                >
                                  {o.exhibitNumber}
                                </Badge>
                              </Tooltip>
                            ))}
                            {more > 0 ? (
                              <Text size="xs" c="dimmed">
                                {t('tab.moreObjects', { count: more })}
                              </Text>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <ConsultationStateBadge
                            state={c.state}
                            overdueDays={c.overdueDays}
                            testId="consultation-row-state"
                          />
                        </Table.Td>
                        <Table.Td>
                          {c.deadline ? (
                            <Text
                              size="sm"
                              style={{ whiteSpace: 'nowrap' }}
                              c={c.state === 'overdue' ? 'red.8' : undefined}
                              fw={c.state === 'overdue' ? 600 : undefined}
                            >
                              {date(c.deadline)}
                            </Text>
                          ) : (
                            none
                          )}
                        </Table.Td>
                        <Table.Td>{day(c.sentOn)}</Table.Td>
                        <Table.Td>{day(c.receivedOn)}</Table.Td>
                        <Table.Td ta="end">
                          <Text
                            size="sm"
                            c={c.opinionCount === 0 ? 'gray.5' : undefined}
                            data-testid="consultation-row-opinions"
                            style={{ fontVariantNumeric: 'tabular-nums' }}
                          >
                            {format.number(c.opinionCount)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        </>
      )}
      {creating.state ? (
        <ConsultationFormModal
          key={creating.state.key}
          caseId={caseId}
          consultation={null}
          onSaved={(saved) => void navigate(consultationRoutes.consultation(caseId, saved.id))}
          onClosed={creating.closed(creating.state.key)}
        />
      ) : null}
    </Stack>
  );
}
