import {
  IconArrowBackUp,
  IconBuildingWarehouse,
  IconFlag,
  IconHandGrab,
  IconLogout,
  IconMicroscope,
  IconPackage,
  IconTestPipe,
  IconTruckDelivery,
  type Icon,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CUSTODY_ACTIONS } from '../../../../../shared/domain/object';
import { intlLocale } from '../../../i18n';

export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

export const ACTION_ICON: Record<CustodyAction, Icon> = {
  collect: IconHandGrab,
  package_seal: IconPackage,
  store: IconBuildingWarehouse,
  check_out: IconLogout,
  transfer: IconTruckDelivery,
  examine: IconMicroscope,
  sample: IconTestPipe,
  return: IconArrowBackUp,
  dispose: IconFlag,
};

/** What main requires of each action (core/objects/custody.ts), marked on the form. */
export const REQUIRES_TO: readonly string[] = ['transfer', 'check_out'];
export const REQUIRES_LOCATION: readonly string[] = ['store'];

/**
 * A custody time as it was recorded on the form: the local date and time written there, with
 * the UTC offset when one was given. Never shifted to this workstation's time zone, which may
 * not be where the object was.
 */
export function useRecordedTime(): (value: string) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    return (value: string) => {
      const m =
        /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
          value,
        );
      if (!m) return value;
      const [, y, mo, d, h, mi, zone] = m;
      const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
      const text = format.format(at);
      if (!zone) return text;
      return `${text} (UTC${zone === 'Z' ? '' : zone})`;
    };
  }, [locale]);
}
