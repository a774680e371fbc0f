import { Anchor, Badge, Card, Group, Stack, Text, type MantineColor } from '@mantine/core';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconBuildingMonument,
  IconCash,
  IconFileText,
  IconFolder,
  IconGavel,
  IconInfoCircle,
  IconInfoTriangle,
  IconBuildingBank,
  IconAffiliate,
  IconLink,
  IconRoute,
  IconScale,
  IconShieldLock,
  IconUser,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import type {
  EvidenceKind,
  EvidenceRef,
  Finding,
  FindingSeverity,
} from '../../../../shared/domain/finding';
import { caseRoutes } from '../cases/case-routes';
import { documentRoutes } from '../documents/document-routes';
import { objectRoutes } from '../objects/object-routes';
import { partyRoutes } from '../parties/party-routes';
import { seizureRoutes } from '../seizures/seizure-routes';
import { useLinkChartText } from '../linkchart/useLinkChartText';
import { EvidenceItemLine } from './EvidenceItemLine';
import { useFindingsText, useRuleText } from './useFindingsText';

/** Width of the labels before the object and the evidence, so both lines align. */
const META_W = 64;

/** Most serious first: the order of the groups in the list. */
export const SEVERITY_ORDER: readonly FindingSeverity[] = ['high', 'medium', 'low', 'info'];

export const SEVERITY_COLOR: Record<FindingSeverity, MantineColor> = {
  high: 'red',
  medium: 'orange',
  low: 'yellow',
  info: 'blue',
};

export const SEVERITY_ICON: Record<FindingSeverity, Icon> = {
  high: IconAlertOctagon,
  medium: IconAlertTriangle,
  low: IconInfoTriangle,
  info: IconInfoCircle,
};

const EVIDENCE_ICON: Record<EvidenceKind, Icon> = {
  case: IconFolder,
  object: IconBuildingMonument,
  provenance_event: IconRoute,
  document: IconFileText,
  claim: IconScale,
  seizure: IconGavel,
  custody: IconShieldLock,
  party: IconUser,
  payment: IconCash,
  account: IconBuildingBank,
  relationship: IconLink,
};

/**
 * Where a piece of evidence is shown: events and claims on their object's provenance, documents
 * in the case's Documents tab, and so on. Null where nothing shows it yet (payments, accounts,
 * relationships).
 */
export function evidenceRoute(finding: Finding, ref: EvidenceRef): string | null {
  const object = finding.objectId;
  switch (ref.kind) {
    case 'case':
      return caseRoutes.case(ref.id);
    case 'object':
      return objectRoutes.tab(ref.id, 'provenance');
    case 'provenance_event':
    case 'claim':
      return object ? objectRoutes.tab(object, 'provenance') : null;
    case 'custody':
      return object ? objectRoutes.tab(object, 'custody') : null;
    case 'document':
      return documentRoutes.document(finding.caseId, ref.id);
    case 'seizure':
      return seizureRoutes.seizure(finding.caseId, ref.id);
    case 'party':
      return partyRoutes.party(ref.id);
    case 'payment':
    case 'account':
    case 'relationship':
      return null;
  }
}

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  const t = useFindingsText();
  const Icon = SEVERITY_ICON[severity];
  return (
    <Badge
      color={SEVERITY_COLOR[severity]}
      variant={severity === 'high' ? 'filled' : 'light'}
      leftSection={<Icon size={12} />}
      radius="sm"
      data-testid={`finding-severity-${severity}`}
    >
      {t(`severity.${severity}`)}
    </Badge>
  );
}

/**
 * One finding: what the rule sees (its title), the explanation with the values, the object it
 * concerns and the records it rests on, each a link to where it is shown.
 */
export function FindingCard(props: {
  finding: Finding;
  /** The registry's English title, when the rule has no wording in the interface language. */
  englishTitle: string;
  /** "E-12 · Icon of St Nicholas"; none when the list is already one object's. */
  objectLabel: string | null;
  showObject: boolean;
}) {
  const { finding } = props;
  const t = useFindingsText();
  const rule = useRuleText();
  const color = SEVERITY_COLOR[finding.severity];
  const Icon = SEVERITY_ICON[finding.severity];

  return (
    <Card
      withBorder
      padding="md"
      data-testid="finding-card"
      data-rule={finding.ruleId}
      data-severity={finding.severity}
      data-key={finding.key}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
    >
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Icon
          size={22}
          stroke={1.7}
          color={`var(--mantine-color-${color}-7)`}
          style={{ flex: 'none', marginTop: 2 }}
          aria-hidden
        />
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Text fw={700} data-testid="finding-title">
              {rule.title(finding.ruleId, props.englishTitle)}
            </Text>
            <Group gap={6} wrap="nowrap" style={{ flex: 'none' }}>
              <Badge variant="outline" color="gray" radius="sm" size="sm">
                {t(`domain.${finding.domain}`)}
              </Badge>
              <SeverityBadge severity={finding.severity} />
            </Group>
          </Group>
          <Text size="sm" data-testid="finding-explanation">
            {rule.explanation(finding)}
          </Text>
          <Group gap={6} wrap="nowrap" align="baseline">
            {props.showObject ? (
              <>
                <Text size="xs" c="dimmed" w={META_W} style={{ flex: 'none' }}>
                  {t('card.object')}
                </Text>
                {finding.objectId ? (
                  <Anchor
                    component={Link}
                    to={objectRoutes.tab(finding.objectId, 'provenance')}
                    size="sm"
                    truncate="end"
                    aria-label={t('card.openObject', {
                      exhibit: props.objectLabel ?? finding.objectId,
                    })}
                    data-testid="finding-object"
                  >
                    {props.objectLabel ?? finding.objectId}
                  </Anchor>
                ) : (
                  <Text size="sm">{t('card.caseWide')}</Text>
                )}
              </>
            ) : null}
            <Text size="xs" c="dimmed" ff="monospace" ml="auto" style={{ flex: 'none' }}>
              {t('card.rule', { id: finding.ruleId })}
            </Text>
            {finding.domain === 'finance' ? <OnLinkChart finding={finding} /> : null}
          </Group>
          <Group gap={6} wrap="nowrap" align="baseline">
            <Text size="xs" c="dimmed" w={META_W} style={{ flex: 'none' }}>
              {t('card.evidence')}
            </Text>
            {finding.evidence.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('card.noEvidence')}
              </Text>
            ) : (
              <Group
                component="ul"
                gap="xs"
                wrap="wrap"
                m={0}
                p={0}
                miw={0}
                style={{ listStyle: 'none' }}
              >
                {finding.evidence.map((ref) => (
                  <EvidenceLine key={`${ref.kind}:${ref.id}`} finding={finding} evidence={ref} />
                ))}
              </Group>
            )}
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}

/** Money findings: the link chart with the finding's payments, accounts and parties highlighted. */
function OnLinkChart({ finding }: { finding: Finding }) {
  const t = useLinkChartText();
  return (
    <Anchor
      component={Link}
      to={`${caseRoutes.tab(finding.caseId, 'links')}?finding=${encodeURIComponent(finding.key)}`}
      size="xs"
      style={{ flex: 'none', whiteSpace: 'nowrap' }}
      data-testid="finding-on-chart"
    >
      <Group gap={4} wrap="nowrap">
        <IconAffiliate size={14} />
        {t('finding.open')}
      </Group>
    </Anchor>
  );
}

function EvidenceLine({ finding, evidence }: { finding: Finding; evidence: EvidenceRef }) {
  const t = useFindingsText();
  const kind = t(`evidenceKind.${evidence.kind}`);
  return (
    <EvidenceItemLine
      icon={EVIDENCE_ICON[evidence.kind]}
      kindCode={evidence.kind}
      kind={kind}
      label={evidence.label || kind}
      route={evidenceRoute(finding, evidence)}
      testId="finding-evidence"
    />
  );
}
