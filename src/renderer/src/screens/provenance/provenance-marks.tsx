import { Badge, type MantineColor } from '@mantine/core';
import {
  IconAlertOctagon,
  IconArrowBackUp,
  IconArrowsExchange,
  IconArrowsRightLeft,
  IconBinoculars,
  IconBrush,
  IconBuildingBank,
  IconBuildingStore,
  IconBuildingWarehouse,
  IconCash,
  IconEyeOff,
  IconFlame,
  IconGavel,
  IconGift,
  IconHammer,
  IconHandGrab,
  IconHandStop,
  IconHeartHandshake,
  IconHome,
  IconMapPin,
  IconMask,
  IconPlaneArrival,
  IconPlaneDeparture,
  IconQuestionMark,
  IconScale,
  IconScript,
  IconShovel,
  IconSwords,
  IconTrowel,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { CERTAINTY } from '../../../../shared/domain/common';
import type { CLAIM_STATUSES } from '../../../../shared/domain/provenance';
import type {
  EventAssessment,
  ProvenanceEventGroup,
  ProvenanceEventType,
} from '../../../../shared/domain/provenance';
import { useProvenanceText } from './useProvenanceText';

export type Certainty = (typeof CERTAINTY)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const EVENT_ICON: Record<ProvenanceEventType, Icon> = {
  creation: IconBrush,
  excavation: IconTrowel,
  illegal_extraction: IconShovel,
  discovery: IconBinoculars,
  find: IconMapPin,
  field_collection: IconHandGrab,
  acquisition: IconArrowsRightLeft,
  sale: IconCash,
  private_sale: IconCash,
  auction_purchase: IconHammer,
  exchange: IconArrowsExchange,
  forced_sale: IconAlertOctagon,
  gift: IconGift,
  bequest: IconScript,
  by_descent: IconUsers,
  transfer: IconBuildingBank,
  theft: IconMask,
  looting: IconSwords,
  appropriation: IconHandStop,
  confiscation: IconGavel,
  restitution: IconScale,
  in_possession: IconHome,
  consignment: IconBuildingStore,
  loan: IconHeartHandshake,
  on_deposit: IconBuildingWarehouse,
  returned: IconArrowBackUp,
  seizure: IconGavel,
  export: IconPlaneDeparture,
  import: IconPlaneArrival,
  loss: IconQuestionMark,
  destruction: IconFlame,
  disappearance: IconEyeOff,
};

/** Events that put the object outside the law: their icon is drawn in red. */
const UNLAWFUL: readonly ProvenanceEventType[] = [
  'illegal_extraction',
  'theft',
  'looting',
  'forced_sale',
  'appropriation',
];

export const GROUP_COLOR: Record<ProvenanceEventGroup, MantineColor> = {
  origination: 'teal',
  transfer: 'steel',
  custody: 'grape',
  movement: 'cyan',
  disappearance: 'gray',
};

export function eventColor(type: ProvenanceEventType, group: ProvenanceEventGroup): MantineColor {
  return UNLAWFUL.includes(type) ? 'red' : GROUP_COLOR[group];
}

const CERTAINTY_COLOR: Record<Certainty, MantineColor> = {
  certain: 'teal',
  probable: 'steel',
  possible: 'yellow',
  claimed: 'orange',
  disputed: 'red',
  unknown: 'gray',
};

export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  const t = useProvenanceText();
  return (
    <Badge
      size="sm"
      radius="sm"
      tt="none"
      variant={certainty === 'certain' ? 'light' : 'outline'}
      color={CERTAINTY_COLOR[certainty]}
      data-testid="event-certainty"
      data-certainty={certainty}
    >
      {t(`certainty.${certainty}`)}
    </Badge>
  );
}

const ASSESSMENT_COLOR: Record<EventAssessment, MantineColor> = {
  unverified: 'gray',
  verified: 'teal',
  contradicted: 'orange',
  forged: 'red',
};

export function EventAssessmentBadge({ assessment }: { assessment: EventAssessment }) {
  const t = useProvenanceText();
  return (
    <Badge
      size="sm"
      radius="sm"
      tt="none"
      variant={
        assessment === 'unverified' ? 'outline' : assessment === 'verified' ? 'light' : 'filled'
      }
      color={ASSESSMENT_COLOR[assessment]}
      data-testid="event-assessment"
      data-assessment={assessment}
    >
      {t(`assessment.${assessment}`)}
    </Badge>
  );
}

const CLAIM_COLOR: Record<ClaimStatus, MantineColor> = {
  asserted: 'steel',
  under_review: 'yellow',
  upheld: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
  settled: 'grape',
};

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  const t = useProvenanceText();
  return (
    <Badge
      size="sm"
      radius="sm"
      tt="none"
      variant={status === 'withdrawn' ? 'outline' : 'light'}
      color={CLAIM_COLOR[status]}
      data-testid="claim-status"
      data-status={status}
    >
      {t(`claimStatuses.${status}`)}
    </Badge>
  );
}
