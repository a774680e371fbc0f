import { NavLink, ScrollArea, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { routes } from '../../lib/routes';
import { AREAS, type Area } from './areas';

/** The case file's areas; the ones still to come are listed too, so the map is complete. */
export function Sidebar() {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  const item = (area: Area) => {
    const to = routes.area(area.key);
    const Icon = area.icon;
    return (
      <NavLink
        key={area.key}
        component={Link}
        to={to}
        active={pathname === to || pathname.startsWith(`${to}/`)}
        label={t(`areas.${area.key}.title`)}
        leftSection={<Icon size={18} stroke={1.6} />}
        c={area.built ? undefined : 'gray.7'}
        data-testid={`nav-${area.key}`}
      />
    );
  };

  return (
    <Stack h="100%" justify="space-between" gap={0} py="sm">
      <ScrollArea style={{ flex: 1 }} px="xs">
        {AREAS.filter((a) => !a.housekeeping).map(item)}
      </ScrollArea>
      <Stack gap={0} px="xs" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        {AREAS.filter((a) => a.housekeeping).map(item)}
      </Stack>
    </Stack>
  );
}
