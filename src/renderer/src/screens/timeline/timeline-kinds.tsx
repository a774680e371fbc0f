import type { MantineColor } from '@mantine/core';
import {
  IconCash,
  IconFileText,
  IconFlag,
  IconGavel,
  IconRoute,
  IconScale,
  IconShieldLock,
  type Icon,
} from '@tabler/icons-react';
import type { TimelineKind } from '../../../../shared/domain/timeline';

/** Each kind of item has its lane, colour and icon, the same in the lanes, legend and details. */
export const KIND_COLOR: Record<TimelineKind, MantineColor> = {
  provenance: 'blue',
  seizure: 'red',
  custody: 'teal',
  document: 'grape',
  claim: 'orange',
  case_status: 'gray',
  payment: 'green',
};

export const KIND_ICON: Record<TimelineKind, Icon> = {
  provenance: IconRoute,
  seizure: IconGavel,
  custody: IconShieldLock,
  document: IconFileText,
  claim: IconScale,
  case_status: IconFlag,
  payment: IconCash,
};

/** A Mantine palette colour as a CSS value (SVG fills take it through `style`). */
export const shade = (color: MantineColor, n: number): string =>
  `var(--mantine-color-${color}-${n})`;
