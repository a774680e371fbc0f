import {
  IconAlertTriangle,
  IconBuildingMonument,
  IconCertificate,
  IconCoins,
  IconFolders,
  IconHistory,
  IconLayoutDashboard,
  IconReportAnalytics,
  IconRoute,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

/** Areas with a screen of their own. */
export type BuiltAreaKey =
  | 'overview'
  | 'cases'
  | 'objects'
  | 'parties'
  | 'provenance'
  | 'experts'
  | 'indicators'
  | 'reports'
  | 'settings';
/** Areas that arrive in a later release; each has a translated description of what it will hold. */
export type PlannedAreaKey = 'finance' | 'audit-log';

interface AreaBase {
  icon: Icon;
  /** Kept apart at the bottom of the sidebar: about the case file, not its content. */
  housekeeping?: boolean;
}
export type Area =
  | (AreaBase & { key: BuiltAreaKey; built: true })
  | (AreaBase & { key: PlannedAreaKey; built: false });

/** The case file's areas, in the sidebar's order; the key is also the route and i18n key. */
export const AREAS: readonly Area[] = [
  { key: 'overview', icon: IconLayoutDashboard, built: true },
  { key: 'cases', icon: IconFolders, built: true },
  { key: 'objects', icon: IconBuildingMonument, built: true },
  { key: 'parties', icon: IconUsers, built: true },
  { key: 'provenance', icon: IconRoute, built: true },
  { key: 'finance', icon: IconCoins, built: false },
  { key: 'experts', icon: IconCertificate, built: true },
  { key: 'indicators', icon: IconAlertTriangle, built: true },
  { key: 'reports', icon: IconReportAnalytics, built: true },
  { key: 'audit-log', icon: IconHistory, built: false, housekeeping: true },
  { key: 'settings', icon: IconSettings, built: true, housekeeping: true },
];

export function findArea(key: string | undefined): Area | undefined {
  return AREAS.find((area) => area.key === key);
}
