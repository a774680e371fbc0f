import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PartyRoleView } from '../../../../shared/domain/party-views';
import { useVocabulary } from '../../hooks/useVocabulary';
import { caseRoutes } from '../cases/case-routes';
import { usePartiesText } from './usePartiesText';

interface CaseGroup {
  caseId: string;
  reference: string;
  title: string;
  roles: PartyRoleView[];
}

export function groupByCase(roles: readonly PartyRoleView[]): CaseGroup[] {
  const groups: CaseGroup[] = [];
  for (const r of roles) {
    const last = groups.at(-1);
    if (last?.caseId === r.caseParty.caseId) last.roles.push(r);
    else
      groups.push({
        caseId: r.caseParty.caseId,
        reference: r.reference,
        title: r.title,
        roles: [r],
      });
  }
  return groups;
}

/** The party's roles in every case of the case file, each case a link to its Parties tab. */
export function PartyRolesCard({ roles }: { roles: readonly PartyRoleView[] }) {
  const t = usePartiesText();
  const roleNames = useVocabulary('party_role');
  const groups = groupByCase(roles);
  return (
    <Card data-testid="party-roles">
      <Title order={3} size="h5" mb="sm">
        {t('page.roles', { count: groups.length })}
      </Title>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('page.noRoles')}
        </Text>
      ) : (
        <Stack gap="sm">
          {groups.map((g) => (
            <Stack key={g.caseId} gap={4} data-testid="party-roles-case">
              <Group gap="xs" wrap="nowrap" miw={0}>
                <Anchor
                  component={Link}
                  to={caseRoutes.tab(g.caseId, 'parties')}
                  size="sm"
                  fw={600}
                  ff="monospace"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {g.reference}
                </Anchor>
                <Text size="sm" c="gray.7" truncate="end" title={g.title}>
                  {g.title}
                </Text>
              </Group>
              <Group gap={4}>
                {g.roles.map((r) => (
                  <Badge
                    key={r.caseParty.id}
                    variant="light"
                    color="steel"
                    radius="sm"
                    tt="none"
                    fw={500}
                    title={r.caseParty.note || undefined}
                  >
                    {roleNames.labelOf(r.caseParty.role)}
                  </Badge>
                ))}
              </Group>
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
