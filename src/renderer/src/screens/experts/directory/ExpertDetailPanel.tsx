import {
  Badge,
  Button,
  CloseButton,
  DataList,
  Divider,
  Group,
  Loader,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { ExpertDetail } from '../../../../../shared/domain/expert-views';
import { api } from '../../../api';
import { MarkdownView } from '../../../components/data/MarkdownView';
import { useFormat } from '../../../i18n/useFormat';
import { useIpc } from '../../../lib/useIpc';
import { ConsultationHistory } from './ConsultationHistory';
import type { ExpertNames } from './expert-columns';
import { useExpertsText } from './experts-text';
import classes from './directory.module.css';

function Row(props: { label: string; children: ReactNode; testId?: string }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{props.label}</DataList.ItemLabel>
      <DataList.ItemValue miw={0} data-testid={props.testId}>
        {props.children}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/**
 * One expert beside the directory (expert:get): who and where, fields and languages, contacts,
 * accreditation and court registration, availability, and the history of consultations in
 * every case. `revision` reads it again after a change.
 */
export function ExpertDetailPanel(props: {
  expertId: string;
  revision: number;
  names: ExpertNames;
  onEdit: (detail: ExpertDetail) => void;
  onClose: () => void;
}) {
  const t = useExpertsText();
  const call = useIpc();
  const { expertId, revision } = props;
  const [loaded, setLoaded] = useState<{ key: string; detail: ExpertDetail } | null>(null);
  const key = `${expertId}:${revision}`;

  useEffect(() => {
    let live = true;
    void call(api.expert.get({ id: expertId })).then((detail) => {
      if (live && detail) setLoaded({ key: `${expertId}:${revision}`, detail });
    });
    return () => {
      live = false;
    };
  }, [call, expertId, revision]);

  // The previous expert stays in view (dimmed) until the next one has arrived.
  const detail = loaded?.detail ?? null;
  const stale = loaded?.key !== key;
  const e = detail?.expert;

  return (
    <section
      className={classes.panel}
      aria-label={t('detail.label')}
      aria-busy={stale || undefined}
      data-testid="expert-detail"
      data-expert-id={stale ? undefined : e?.id}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" p="md" pb="xs" gap="xs">
        <Stack gap={2} miw={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
            {e?.title || t('detail.label')}
          </Text>
          <Title order={2} size="h4" data-testid="expert-detail-name">
            {e?.name ?? ' '}
          </Title>
          {e?.institution || e?.country ? (
            <Text size="sm" c="gray.7">
              {[e.institution, props.names.countryName(e.country)].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {detail ? (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPencil size={14} />}
              onClick={() => props.onEdit(detail)}
              disabled={stale}
              data-testid="expert-detail-edit"
            >
              {t('detail.edit')}
            </Button>
          ) : null}
          <CloseButton
            aria-label={t('detail.close')}
            onClick={props.onClose}
            data-testid="expert-detail-close"
          />
        </Group>
      </Group>
      {detail && e ? (
        <ScrollArea style={{ flex: 1, opacity: stale ? 0.55 : 1 }} type="auto" offsetScrollbars>
          <Stack gap="md" px="md" pb="md">
            <Group gap={4} data-testid="expert-detail-fields">
              {e.active ? null : (
                <Badge color="gray" variant="outline" tt="none">
                  {t('directory.retired')}
                </Badge>
              )}
              {e.fields.map((code) => (
                <Badge key={code} variant="light" color="steel" tt="none">
                  {props.names.fieldLabel(code)}
                </Badge>
              ))}
            </Group>
            <DataList size="sm" gap={6} labelWidth="10rem">
              <Row label={t('columns.languages')} testId="expert-detail-languages">
                {e.languages.length > 0
                  ? e.languages.map(props.names.languageName).join(', ')
                  : '—'}
              </Row>
            </DataList>

            <Divider label={t('detail.contacts')} labelPosition="left" />
            {e.email || e.phone || e.address ? (
              <DataList size="sm" gap={6} labelWidth="10rem" data-testid="expert-detail-contacts">
                {e.email ? (
                  <Row label={t('detail.email')}>
                    <Text size="sm" style={{ wordBreak: 'break-all' }}>
                      {e.email}
                    </Text>
                  </Row>
                ) : null}
                {e.phone ? <Row label={t('detail.phone')}>{e.phone}</Row> : null}
                {e.address ? <Row label={t('detail.address')}>{e.address}</Row> : null}
              </DataList>
            ) : (
              <Text size="sm" c="dimmed">
                {t('detail.noContacts')}
              </Text>
            )}

            <Divider label={t('detail.standing')} labelPosition="left" />
            {e.accreditation || e.courtRegistration ? (
              <DataList size="sm" gap={6} labelWidth="10rem" data-testid="expert-detail-standing">
                {e.accreditation ? (
                  <Row label={t('detail.accreditation')}>{e.accreditation}</Row>
                ) : null}
                {e.courtRegistration ? (
                  <Row label={t('detail.courtRegistration')}>{e.courtRegistration}</Row>
                ) : null}
              </DataList>
            ) : (
              <Text size="sm" c="dimmed">
                {t('detail.noStanding')}
              </Text>
            )}

            {e.availability ? (
              <>
                <Divider label={t('detail.availability')} labelPosition="left" />
                <div data-testid="expert-detail-availability">
                  <MarkdownView>{e.availability}</MarkdownView>
                </div>
              </>
            ) : null}
            {e.notes ? (
              <>
                <Divider label={t('detail.notes')} labelPosition="left" />
                <MarkdownView>{e.notes}</MarkdownView>
              </>
            ) : null}

            <Divider label={t('detail.history')} labelPosition="left" />
            <Stats detail={detail} />
            <ConsultationHistory consultations={detail.consultations} />
          </Stack>
        </ScrollArea>
      ) : (
        <Group justify="center" p="xl">
          <Loader size="sm" aria-label={t('detail.loading')} />
        </Group>
      )}
    </section>
  );
}

/** Consultations, open, overdue, opinions and the median turnaround, in one line. */
function Stats(props: { detail: ExpertDetail }) {
  const t = useExpertsText();
  const format = useFormat();
  const e = props.detail.expert;
  return (
    <Stack gap={2}>
      <Group gap="md" wrap="wrap" data-testid="expert-detail-stats">
        <Text size="sm">
          {t('detail.stats', {
            consultations: format.number(e.consultationCount),
            opinions: format.number(e.opinionCount),
          })}
        </Text>
        {e.openCount > 0 ? (
          <Text size="sm" c="dimmed">
            {t('counts.open', { count: e.openCount })}
          </Text>
        ) : null}
        {e.overdueCount > 0 ? (
          <Text size="sm" c="red.7" fw={700}>
            {t('counts.overdue', { count: e.overdueCount })}
          </Text>
        ) : null}
        {e.medianTurnaroundDays !== null ? (
          <Text size="sm" c="dimmed">
            {t('columns.turnaround')}:{' '}
            {t('counts.days', { count: Math.round(e.medianTurnaroundDays) })}
          </Text>
        ) : null}
      </Group>
      {props.detail.consultations.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('detail.historyHint')}
        </Text>
      ) : null}
    </Stack>
  );
}
