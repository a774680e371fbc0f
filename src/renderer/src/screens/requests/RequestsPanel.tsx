import { Anchor, Button, Card, EmptyState, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlarm, IconArrowBackUp, IconPlus, IconWorld } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  missingSections,
  type RequestKind,
  type RequestRecord,
} from '../../../../shared/domain/intl-request';
import { api } from '../../api';
import { localIsoDate, useCalendarDate } from '../../components/data/dates';
import { useIpc } from '../../lib/useIpc';
import { useCountries } from '../parties/countries';
import { CreateRequestModal } from './CreateRequestModal';
import { overdueDays, RequestStatusBadge, sentOn } from './request-marks';
import { requestRoutes } from './request-routes';
import { useRequestsText } from './requests-text';

/**
 * The international requests of a case (on its Reports tab): kind, title, requested State,
 * status, when sent and when an answer is due (in red once late), and for drafts how many
 * essential sections are still empty. New MLA and return requests start here.
 */
export function RequestsPanel({ caseId }: { caseId: string }) {
  const t = useRequestsText();
  const call = useIpc();
  const date = useCalendarDate();
  const navigate = useNavigate();
  const countries = useCountries();
  const [requests, setRequests] = useState<RequestRecord[] | null>(null);
  const [creating, setCreating] = useState<RequestKind | null>(null);
  const today = localIsoDate();

  const load = useCallback(async () => {
    const list = await call(api.request.list({ caseId }));
    if (list) setRequests(list);
  }, [call, caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Card padding={0} data-testid="requests-panel">
      <Group justify="space-between" px="md" py="sm" wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Title order={3} size="h5">
            {t('panel.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('panel.intro')}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating('mla')}
            data-testid="requests-new-mla"
          >
            {t('panel.newMla')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => setCreating('return')}
            data-testid="requests-new-return"
          >
            {t('panel.newReturn')}
          </Button>
        </Group>
      </Group>
      {requests !== null && requests.length === 0 ? (
        <EmptyState
          py="lg"
          size="sm"
          icon={<IconWorld size={24} stroke={1.5} />}
          title={t('panel.emptyTitle')}
          description={t('panel.emptyText')}
          data-testid="requests-empty"
        />
      ) : null}
      {requests !== null && requests.length > 0 ? (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing={8} highlightOnHover data-testid="requests-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('panel.kind')}</Table.Th>
                <Table.Th>{t('panel.titleColumn')}</Table.Th>
                <Table.Th>{t('panel.state')}</Table.Th>
                <Table.Th>{t('panel.status')}</Table.Th>
                <Table.Th>{t('panel.sentOn')}</Table.Th>
                <Table.Th>{t('panel.answerDue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((r) => {
                const missing = r.status === 'draft' ? missingSections(r.fields).length : 0;
                const late = overdueDays(r, today);
                const sent = sentOn(r);
                return (
                  <Table.Tr
                    key={r.id}
                    data-testid="request-row"
                    data-kind={r.fields.kind}
                    data-status={r.status}
                    data-overdue={late !== null && late > 0 ? 'true' : 'false'}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        {r.fields.kind === 'mla' ? t('kind.mlaShort') : t('kind.returnShort')}
                      </Text>
                    </Table.Td>
                    <Table.Td maw={340}>
                      <Anchor
                        component={Link}
                        to={requestRoutes.request(caseId, r.id)}
                        size="sm"
                        fw={500}
                        data-testid="request-open"
                      >
                        {r.title}
                      </Anchor>
                      {r.status === 'draft' ? (
                        <Text
                          size="xs"
                          c={missing > 0 ? 'red.7' : 'teal.7'}
                          data-testid="request-missing"
                          data-count={missing}
                        >
                          {missing > 0
                            ? t('panel.missing', { count: missing })
                            : t('panel.complete')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{countries.nameOf(r.fields.requestedState) || '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <RequestStatusBadge status={r.status} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      <Text size="sm" data-testid="request-sent-on">
                        {sent ? date(sent) : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {r.answerDue ? (
                        <Group gap={4} wrap="nowrap">
                          {late !== null && late > 0 ? (
                            <IconAlarm
                              size={14}
                              color="var(--mantine-color-red-7)"
                              aria-label={t('tracking.overdue', { count: late })}
                            />
                          ) : null}
                          <Text
                            size="sm"
                            c={late !== null && late > 0 ? 'red.7' : undefined}
                            fw={late !== null && late > 0 ? 600 : undefined}
                            title={
                              late !== null && late > 0
                                ? t('tracking.overdue', { count: late })
                                : undefined
                            }
                            data-testid="request-answer-due"
                          >
                            {date(r.answerDue)}
                          </Text>
                        </Group>
                      ) : (
                        <Text size="sm">—</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {creating ? (
        <CreateRequestModal
          caseId={caseId}
          kind={creating}
          onCreated={(created) => void navigate(requestRoutes.request(caseId, created.id))}
          onClosed={() => setCreating(null)}
        />
      ) : null}
    </Card>
  );
}
