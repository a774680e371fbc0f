import { Badge, Card, EmptyState } from '@mantine/core';
import { IconBuildingMonument, IconGavel, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCasesText } from './useCasesText';

const ICONS = { parties: IconUsers, seizures: IconGavel, objects: IconBuildingMonument };

/** A tab whose screen arrives later; router.tsx swaps it for the real screen. */
export function ComingLaterTab({ tab }: { tab: 'parties' | 'seizures' | 'objects' }) {
  const t = useCasesText();
  const { t: common } = useTranslation();
  const Icon = ICONS[tab];
  return (
    <Card padding="xl" data-testid={`case-tab-panel-${tab}`}>
      <EmptyState
        py="lg"
        size="md"
        variant="light"
        icon={<Icon size={28} stroke={1.5} />}
        title={t('tabs.comingLater')}
        description={t(`tabs.${tab}Text`)}
      >
        <EmptyState.Actions>
          <Badge variant="outline" color="gray" size="lg" radius="sm">
            {common('comingSoon.badge')}
          </Badge>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
