import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowsSplit2, IconExternalLink, IconRoute } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  EdgePayments,
  LinkChartFilters,
  LinkEdge,
  LinkNode,
} from '../../../../shared/ipc/linkchart.contract';
import { api } from '../../api';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { vocabLabel } from '../../lib/vocab-label';
import { caseRoutes } from '../cases/case-routes';
import { objectRoutes } from '../objects/object-routes';
import { partyRoutes } from '../parties/party-routes';
import { EDGE_LOOK, NODE_LOOK } from './chart-style';
import { methodLabel, nodeName, useAmount, useLinkChartText } from './useLinkChartText';

function Row(props: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="xs" c="dimmed" w={92} style={{ flex: 'none' }}>
        {props.label}
      </Text>
      <Text size="sm" component="div" miw={0} data-testid={props.testId}>
        {props.children}
      </Text>
    </Group>
  );
}

/** Where a node's record is shown in the app; null for names, unknown sides and accounts. */
function nodeRoute(n: LinkNode): string | null {
  if (!n.entityId) return null;
  if (n.kind === 'object') return objectRoutes.tab(n.entityId, 'provenance');
  if (n.kind === 'person' || n.kind === 'organisation' || n.kind === 'bank') {
    return partyRoutes.party(n.entityId);
  }
  return null;
}

/** The selected node's or link's details, beside the chart. */
export function LinkChartDetails(props: {
  caseId: string;
  filters: LinkChartFilters;
  node: LinkNode | null;
  edge: LinkEdge | null;
  nodeById: ReadonlyMap<string, LinkNode>;
  degree: (id: string) => number;
  onExpand: (id: string) => void;
  onPathFrom: (id: string) => void;
  onClose: () => void;
  expanding: boolean;
}) {
  const t = useLinkChartText();
  if (props.node) return <NodeDetails {...props} node={props.node} />;
  if (props.edge) return <EdgeDetails {...props} edge={props.edge} />;
  return (
    <Text size="sm" c="dimmed" data-testid="linkchart-details-none">
      {t('details.none')}
    </Text>
  );
}

function Header(props: { color: string; kind: string; title: string; onClose: () => void }) {
  const t = useLinkChartText();
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
      <Stack gap={2} miw={0}>
        <Text size="xs" fw={700} tt="uppercase" style={{ color: props.color }}>
          {props.kind}
        </Text>
        <Title
          order={4}
          size="h6"
          style={{ wordBreak: 'break-word' }}
          data-testid="linkchart-details-title"
        >
          {props.title}
        </Title>
      </Stack>
      <CloseButton size="sm" aria-label={t('details.close')} onClick={props.onClose} />
    </Group>
  );
}

function NodeDetails(props: Parameters<typeof LinkChartDetails>[0] & { node: LinkNode }) {
  const t = useLinkChartText();
  const { t: tr } = useTranslation();
  const { node } = props;
  const route = nodeRoute(node);
  const detail =
    node.kind === 'organisation' || node.kind === 'bank'
      ? node.detail
        ? vocabLabel(tr, 'organisation_type', node.detail)
        : ''
      : node.kind === 'unknown'
        ? ''
        : node.detail;
  return (
    <Stack gap="xs" data-testid="linkchart-details" data-kind={node.kind} data-id={node.id}>
      <Header
        color={NODE_LOOK[node.kind].color}
        kind={t(`kinds.${node.kind}`)}
        title={nodeName(t, node)}
        onClose={props.onClose}
      />
      {detail ? <Text size="sm">{detail}</Text> : null}
      {node.otherCase ? (
        <Badge
          variant="outline"
          color="gray"
          radius="sm"
          data-testid="linkchart-details-other-case"
        >
          {t('details.otherCase', { reference: node.otherCase.reference })}
        </Badge>
      ) : null}
      {node.flags.length > 0 ? (
        <Row label={t('details.flags')}>
          <Group gap={4}>
            {node.flags.map((f) => (
              <Badge key={f} color="red" variant="light" size="sm">
                {f === 'pep' || f === 'sanctioned' ? t(`flags.${f}`) : f}
              </Badge>
            ))}
          </Group>
        </Row>
      ) : null}
      {node.roles.length > 0 ? (
        <Row label={t('details.roles')}>
          {node.roles.map((r) => vocabLabel(tr, 'party_role', r)).join(', ')}
        </Row>
      ) : null}
      {node.alsoIn.length > 0 ? (
        <Row label={t('details.alsoIn')} testId="linkchart-details-also-in">
          <Group gap={6}>
            {node.alsoIn.map((c) => (
              <Anchor key={c.id} component={Link} to={caseRoutes.tab(c.id, 'links')} size="sm">
                {c.reference}
              </Anchor>
            ))}
          </Group>
        </Row>
      ) : null}
      <Row label={t('details.links')}>{props.degree(node.id)}</Row>
      <Group gap="xs" wrap="wrap">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconArrowsSplit2 size={14} />}
          onClick={() => props.onExpand(node.id)}
          loading={props.expanding}
          disabled={node.kind === 'unknown'}
          data-testid="linkchart-details-expand"
        >
          {t('toolbar.expand')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRoute size={14} />}
          onClick={() => props.onPathFrom(node.id)}
          data-testid="linkchart-details-path"
        >
          {t('details.pathFrom')}
        </Button>
        {route ? (
          <Button
            size="xs"
            variant="subtle"
            component={Link}
            to={route}
            leftSection={<IconExternalLink size={14} />}
            data-testid="linkchart-details-open"
          >
            {t('details.open')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

function EdgeDetails(props: Parameters<typeof LinkChartDetails>[0] & { edge: LinkEdge }) {
  const t = useLinkChartText();
  const { t: tr } = useTranslation();
  const format = useFormat();
  const amount = useAmount();
  const { edge, nodeById } = props;
  const name = (id: string) => {
    const n = nodeById.get(id);
    return n ? nodeName(t, n) : id;
  };
  const period = [edge.start, edge.end].filter(Boolean).join(' – ');
  const isEvent = edge.type === 'sold' || edge.type === 'bought' || edge.type === 'agent';
  return (
    <Stack gap="xs" data-testid="linkchart-details" data-kind={edge.type} data-id={edge.id}>
      <Header
        color={EDGE_LOOK[edge.type].color}
        kind={t(`types.${edge.type}`)}
        title={`${name(edge.source)} → ${name(edge.target)}`}
        onClose={props.onClose}
      />
      {edge.otherCase ? (
        <Badge variant="outline" color="gray" radius="sm">
          {t('details.otherCase', { reference: edge.otherCase.reference })}
        </Badge>
      ) : null}
      {edge.flow ? (
        <>
          <Row label={t('details.total')} testId="linkchart-details-total">
            {amount(edge.flow.total)} {edge.flow.currency}
          </Row>
          <Row label={t('details.count')}>{edge.flow.count}</Row>
          <Row label={t('details.first')}>{format.date(edge.flow.firstDate)}</Row>
          <Row label={t('details.last')}>{format.date(edge.flow.lastDate)}</Row>
          <PaymentList caseId={props.caseId} edgeId={edge.id} filters={props.filters} />
        </>
      ) : null}
      {edge.percentage ? <Row label={t('details.percentage')}>{edge.percentage} %</Row> : null}
      {edge.role && isEvent ? (
        <Row label={t('details.event')}>
          {(tr as unknown as (k: string, o: { defaultValue: string }) => string)(
            `provenance.eventTypes.${edge.role}`,
            { defaultValue: edge.role },
          )}
        </Row>
      ) : edge.role ? (
        <Row label={t('details.role')}>{edge.role}</Row>
      ) : null}
      {period ? (
        <Row label={isEvent ? t('details.date') : t('details.period')}>{period}</Row>
      ) : null}
    </Stack>
  );
}

type Loaded = { key: string; value: EdgePayments };

function PaymentList(props: { caseId: string; edgeId: string; filters: LinkChartFilters }) {
  const t = useLinkChartText();
  const format = useFormat();
  const amount = useAmount();
  const call = useIpc();
  const { caseId, edgeId, filters } = props;
  const key = `${edgeId}|${JSON.stringify(filters)}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void call(api.linkchart.edgePayments({ caseId, edgeId, filters })).then((value) => {
      if (live && value) setLoaded({ key, value });
    });
    return () => {
      live = false;
    };
  }, [call, caseId, edgeId, filters, key]);
  const value = loaded?.key === key ? loaded.value : null;
  if (!value) {
    return (
      <Stack gap={4} aria-label={t('details.paymentsLoading')}>
        <Skeleton h={16} />
        <Skeleton h={16} />
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('details.paymentsShown', { shown: value.payments.length, total: value.count })}
      </Text>
      <Table.ScrollContainer minWidth={300} maxHeight={320}>
        <Table striped withTableBorder fz="xs" verticalSpacing={2} data-testid="linkchart-payments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('details.columns.date')}</Table.Th>
              <Table.Th ta="right">{t('details.columns.amount')}</Table.Th>
              <Table.Th>{t('details.columns.method')}</Table.Th>
              <Table.Th>{t('details.columns.reference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.payments.map((p) => (
              <Table.Tr key={p.id} data-testid="linkchart-payment">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(p.date)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {amount(p.amount)} {p.currency}
                </Table.Td>
                <Table.Td>{methodLabel(t, p.method)}</Table.Td>
                <Table.Td>{p.reference || p.purpose}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
