import {
  ActionIcon,
  Anchor,
  Badge,
  Card,
  Group,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type {
  AspectSummary,
  ConsultationView,
  OpinionAspect,
  OpinionView,
} from '../../../../shared/domain/expert-views';
import { useDataText } from '../../components/data/data-text';
import { useCalendarDate } from '../../components/data/dates';
import { MarkdownView } from '../../components/data/MarkdownView';
import { caseRoutes } from '../cases/case-routes';
import { documentRoutes } from '../documents/document-routes';
import { shortHash } from '../documents/document-marks';
import { AuthenticityBadge, ConfidenceBadge, expertOf } from './opinion-marks';
import { useOpinionFormat } from './opinion-format';
import { useOpinionsText } from './useOpinionsText';

/** Width of the row labels, and the least a column gets before the table scrolls sideways. */
const LABEL_WIDTH = 176;
const COLUMN_WIDTH = 300;
/** Up to this many opinions share the width; beyond, the columns keep theirs and scroll. */
const FITTING = 3;

interface Row {
  key: string;
  label: string;
  /** The summary aspect the row shows: marked when the opinions dispute it. */
  aspect?: OpinionAspect;
  render: (o: OpinionView) => ReactNode;
}

/** `/case-file/cases/<case>/experts/<consultation>`: the consultation's own screen. */
const consultationPath = (caseId: string, consultationId: string) =>
  `${caseRoutes.tab(caseId, 'experts')}/${consultationId}`;

/**
 * The opinions side by side, one column each (oldest first), one row per part of an opinion:
 * who, when, in answer to what, how, what was found, how sure, the conclusion and the signed
 * report. Rows whose finding the summary calls disputed are marked; the column of the opinion
 * pointed at in the summary is highlighted.
 */
export function OpinionColumns(props: {
  caseId: string;
  opinions: readonly OpinionView[];
  summary: readonly AspectSummary[];
  consultations: readonly ConsultationView[] | null;
  active: string | null;
  onEdit: (opinion: OpinionView) => void;
}) {
  const t = useOpinionsText();
  const data = useDataText();
  const date = useCalendarDate();
  const format = useOpinionFormat();
  const { opinions, active } = props;
  const disputed = new Set(
    props.summary.filter((s) => s.state === 'disputed').map((s) => s.aspect),
  );

  const none = (text = data('notGiven')) => (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  );
  const prose = (text: string) =>
    text.trim() ? (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    ) : (
      none()
    );
  const notAddressed = () => none(t('columns.notAddressed'));

  const rows: Row[] = [
    {
      key: 'expert',
      label: t('fields.expert'),
      render: (o) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {expertOf(o)}
          </Text>
          {o.expertInstitution ? <Text size="sm">{o.expertInstitution}</Text> : null}
          {o.expertCountry ? (
            <Text size="xs" c="dimmed">
              {format.country(o.expertCountry)}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'date',
      label: t('fields.date'),
      render: (o) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {date(o.date)}
        </Text>
      ),
    },
    {
      key: 'consultation',
      label: t('fields.consultation'),
      render: (o) => {
        if (!o.consultationId) return none(t('columns.noConsultation'));
        const c = props.consultations?.find((x) => x.id === o.consultationId);
        const text =
          c && (c.reference || c.sentOn)
            ? [c.reference, c.sentOn ? date(c.sentOn) : ''].filter(Boolean).join(' · ')
            : t('columns.openConsultation');
        return (
          <Anchor
            component={Link}
            to={consultationPath(props.caseId, o.consultationId)}
            size="sm"
            data-testid="opinion-consultation-link"
          >
            {text}
          </Anchor>
        );
      },
    },
    {
      key: 'methods',
      label: t('fields.methods'),
      render: (o) => (
        <Group gap={4}>
          {o.methods.map((m) => (
            <Badge key={m} variant="light" color="gray" radius="sm" tt="none">
              {format.method(m)}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'methodNote', label: t('fields.methodNote'), render: (o) => prose(o.methodNote) },
    {
      key: 'authenticity',
      label: t('fields.authenticity'),
      aspect: 'authenticity',
      render: (o) =>
        o.authenticity ? <AuthenticityBadge finding={o.authenticity} /> : notAddressed(),
    },
    {
      key: 'dating',
      label: t('fields.dating'),
      aspect: 'dating',
      render: (o) => {
        const range = format.years(o.dating.earliest, o.dating.latest);
        if (!range && !o.dating.text) return notAddressed();
        return (
          <Stack gap={0}>
            {range ? (
              <Text size="sm" fw={500}>
                {range}
              </Text>
            ) : null}
            {o.dating.text ? <Text size="sm">{o.dating.text}</Text> : null}
          </Stack>
        );
      },
    },
    {
      key: 'origin',
      label: t('fields.origin'),
      aspect: 'origin',
      render: (o) => {
        if (!o.origin.text && !o.origin.country) return notAddressed();
        return (
          <Stack gap={0}>
            {o.origin.country ? (
              <Text size="sm" fw={500}>
                {format.country(o.origin.country)}
              </Text>
            ) : null}
            {o.origin.text ? <Text size="sm">{o.origin.text}</Text> : null}
          </Stack>
        );
      },
    },
    {
      key: 'significance',
      label: t('fields.significance'),
      render: (o) => (o.significance.trim() ? prose(o.significance) : notAddressed()),
    },
    {
      key: 'redList',
      label: t('fields.redList'),
      aspect: 'redList',
      render: (o) =>
        o.redListCategory ? (
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {format.category(o.redListCategory)}
            </Text>
            {format.list(o.redListCategory) ? (
              <Text size="xs" c="dimmed">
                {format.list(o.redListCategory)}
              </Text>
            ) : null}
          </Stack>
        ) : (
          notAddressed()
        ),
    },
    {
      key: 'value',
      label: t('fields.value'),
      aspect: 'value',
      render: (o) =>
        o.value ? (
          <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {format.money(o.value)}
          </Text>
        ) : (
          notAddressed()
        ),
    },
    {
      key: 'confidence',
      label: t('fields.confidence'),
      render: (o) => <ConfidenceBadge level={o.confidence} />,
    },
    {
      key: 'conclusion',
      label: t('fields.conclusion'),
      render: (o) => <MarkdownView size="sm">{o.conclusion}</MarkdownView>,
    },
    {
      key: 'report',
      label: t('fields.report'),
      render: (o) =>
        o.report ? (
          <Stack gap={2}>
            <Anchor
              component={Link}
              to={documentRoutes.document(props.caseId, o.report.id)}
              size="sm"
              data-testid="opinion-report-link"
            >
              {o.report.title || t('columns.untitledReport')}
            </Anchor>
            {o.report.sha256 ? (
              <Tooltip label={`SHA-256 ${o.report.sha256}`} multiline w={300}>
                <Text size="xs" c="dimmed" ff="monospace" data-testid="opinion-report-hash">
                  SHA-256 {shortHash(o.report.sha256)}…
                </Text>
              </Tooltip>
            ) : (
              <Text size="xs" c="dimmed">
                {t('columns.reportWithoutFile')}
              </Text>
            )}
          </Stack>
        ) : (
          none(t('columns.noReport'))
        ),
    },
    { key: 'notes', label: t('fields.notes'), render: (o) => prose(o.notes) },
  ];

  const scrolls = opinions.length > FITTING;
  const columnStyle = (o: OpinionView, disputedRow: boolean) => ({
    verticalAlign: 'top' as const,
    background:
      o.id === active
        ? 'var(--mantine-color-steel-0)'
        : disputedRow
          ? 'var(--mantine-color-orange-0)'
          : undefined,
    boxShadow:
      o.id === active
        ? 'inset 2px 0 0 var(--mantine-color-steel-5), inset -2px 0 0 var(--mantine-color-steel-5)'
        : undefined,
  });
  const labelStyle = (disputedRow: boolean) => ({
    position: 'sticky' as const,
    left: 0,
    zIndex: 1,
    verticalAlign: 'top' as const,
    background: disputedRow ? 'var(--mantine-color-orange-0)' : 'var(--mantine-color-body)',
    boxShadow: disputedRow
      ? 'inset 3px 0 0 var(--mantine-color-orange-7)'
      : 'inset -1px 0 0 var(--mantine-color-gray-3)',
  });

  return (
    <Card padding={0} data-testid="opinion-columns">
      <Stack gap={0} px="md" py="sm">
        <Title order={3} size="h5">
          {t('columns.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('columns.intro')}
        </Text>
      </Stack>
      <Table.ScrollContainer
        minWidth={scrolls ? LABEL_WIDTH + opinions.length * COLUMN_WIDTH : 0}
        type="native"
      >
        <Table verticalSpacing={8} layout="fixed" withColumnBorders data-testid="opinion-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={LABEL_WIDTH} style={labelStyle(false)} />
              {opinions.map((o, i) => (
                <Table.Th
                  key={o.id}
                  w={scrolls ? COLUMN_WIDTH : undefined}
                  style={columnStyle(o, false)}
                  data-testid="opinion-column"
                  data-opinion-column={o.id}
                >
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="xs" c="dimmed" fw={500}>
                        {t('columns.opinion', { n: i + 1 })}
                      </Text>
                      <Text size="sm" fw={700} truncate="end">
                        {expertOf(o)}
                      </Text>
                    </Stack>
                    <Tooltip label={t('columns.edit')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('columns.edit')}
                        onClick={() => props.onEdit(o)}
                        data-testid="opinion-edit"
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const marked = row.aspect !== undefined && disputed.has(row.aspect);
              return (
                <Table.Tr
                  key={row.key}
                  data-testid={`opinion-row-${row.key}`}
                  data-disputed={marked || undefined}
                >
                  <Table.Th scope="row" style={labelStyle(marked)}>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Text size="sm" fw={600} c={marked ? 'orange.9' : undefined}>
                        {row.label}
                      </Text>
                      {marked ? (
                        <Tooltip label={t('columns.disputed')}>
                          <IconAlertTriangle
                            size={16}
                            color="var(--mantine-color-orange-8)"
                            aria-label={t('columns.disputed')}
                            style={{ flex: 'none', marginTop: 2 }}
                          />
                        </Tooltip>
                      ) : null}
                    </Group>
                  </Table.Th>
                  {opinions.map((o) => (
                    <Table.Td key={o.id} style={columnStyle(o, marked)}>
                      {row.render(o)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
