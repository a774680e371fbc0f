import { Group, Text } from '@mantine/core';
import {
  IconAffiliate,
  IconBuildingBank,
  IconBuildingMonument,
  IconCash,
  IconFileText,
  IconFolder,
  IconGavel,
  IconLink,
  IconPhoto,
  IconRoute,
  IconScale,
  IconShieldLock,
  IconUser,
  type Icon,
} from '@tabler/icons-react';
import { caseRoutes } from '../../cases/case-routes';
import { documentRoutes } from '../../documents/document-routes';
import { objectRoutes } from '../../objects/object-routes';
import { partyRoutes } from '../../parties/party-routes';
import { seizureRoutes } from '../../seizures/seizure-routes';
import { EvidenceItemLine } from '../../findings/EvidenceItemLine';
import { useObservationsText } from './observations-text';

/** A record an observation or a finding rests on, with how it reads in a list. */
export interface EvidenceItem {
  kind: string;
  id: string;
  label: string;
}

const ICON: Record<string, Icon> = {
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
  photo: IconPhoto,
};

/**
 * Where a piece of evidence is shown (as the findings link theirs): events, claims and photos on
 * their object's pages when the object is known, documents in the case, payments on the case's
 * Money tab. Null where nothing shows it.
 */
export function evidenceItemRoute(
  caseId: string,
  objectId: string | null,
  item: { kind: string; id: string },
): string | null {
  switch (item.kind) {
    case 'case':
      return caseRoutes.case(item.id);
    case 'object':
      return objectRoutes.tab(item.id, 'provenance');
    case 'provenance_event':
    case 'claim':
      return objectId ? objectRoutes.tab(objectId, 'provenance') : null;
    case 'custody':
      return objectId ? objectRoutes.tab(objectId, 'custody') : null;
    case 'photo':
      return objectId ? objectRoutes.tab(objectId, 'photos') : null;
    case 'document':
      return documentRoutes.document(caseId, item.id);
    case 'seizure':
      return seizureRoutes.seizure(caseId, item.id);
    case 'party':
      return partyRoutes.party(item.id);
    case 'payment':
    case 'account':
    case 'relationship':
      return caseRoutes.tab(caseId, 'money');
    default:
      return null;
  }
}

export function useEvidenceKindLabel(): (kind: string) => string {
  const t = useObservationsText();
  return (kind: string) =>
    kind in ICON ? t(`evidenceKind.${kind as 'case'}`) : kind.replaceAll('_', ' ');
}

/** The evidence as a wrapped list of links, each with its kind's icon. */
export function EvidenceLinks(props: {
  caseId: string;
  objectId: string | null;
  items: readonly EvidenceItem[];
  empty: string;
  testId?: string;
}) {
  const kindLabel = useEvidenceKindLabel();
  if (props.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {props.empty}
      </Text>
    );
  }
  return (
    <Group
      component="ul"
      gap="xs"
      wrap="wrap"
      m={0}
      p={0}
      miw={0}
      style={{ listStyle: 'none', flex: 1 }}
      data-testid={props.testId}
    >
      {props.items.map((item) => {
        const kind = kindLabel(item.kind);
        return (
          <EvidenceItemLine
            key={`${item.kind}:${item.id}`}
            icon={ICON[item.kind] ?? IconAffiliate}
            kindCode={item.kind}
            kind={kind}
            label={item.label || kind}
            route={evidenceItemRoute(props.caseId, props.objectId, item)}
            testId="evidence-link"
          />
        );
      })}
    </Group>
  );
}
