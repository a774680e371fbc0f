import {
  Anchor,
  Badge,
  Button,
  Card,
  CloseButton,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { CaseParty } from '../../../../shared/domain/party';
import type { CasePartyRow, CaseRoles, PartySummary } from '../../../../shared/domain/party-views';
import { api } from '../../api';
import { useConfirm } from '../../hooks/useConfirm';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { useCaseContext } from '../cases/case-context';
import { caseRoutes } from '../cases/case-routes';
import { AddRoleModal } from './AddRoleModal';
import { KIND_ICON, PartyFlags } from './party-marks';
import { partyRoutes } from './party-routes';
import { usePartiesText } from './usePartiesText';

interface PartyGroup {
  party: PartySummary;
  roles: CaseParty[];
  otherCases: CaseRoles[];
}

function byParty(rows: readonly CasePartyRow[]): PartyGroup[] {
  const groups = new Map<string, PartyGroup>();
  for (const r of rows) {
    const g = groups.get(r.party.id);
    if (g) g.roles.push(r.caseParty);
    else groups.set(r.party.id, { party: r.party, roles: [r.caseParty], otherCases: r.otherCases });
  }
  return [...groups.values()];
}

/** The case's parties with their roles, and the other cases each of them appears in. */
export function CasePartiesTab() {
  const t = usePartiesText();
  const call = useIpc();
  const notify = useNotify();
  const confirm = useConfirm();
  const roleNames = useVocabulary('party_role');
  const { view, reload: reloadCase } = useCaseContext();
  const caseId = view.record.id;
  const [rows, setRows] = useState<CasePartyRow[] | null>(null);
  const [adding, setAdding] = useState(false);

  const load = useCallback(async () => {
    const list = await call(api.party.ofCase({ caseId }));
    if (list) setRows(list);
  }, [call, caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  const groups = useMemo(() => byParty(rows ?? []), [rows]);

  const changed = () => {
    void load();
    void reloadCase();
  };

  const remove = async (party: PartySummary, role: CaseParty) => {
    const roleName = roleNames.labelOf(role.role);
    const ok = await confirm({
      title: t('caseTab.removeTitle', { role: roleName, name: party.name }),
      message: t('caseTab.removeMessage'),
      confirmLabel: t('caseTab.removeConfirm'),
      danger: true,
    });
    if (!ok) return;
    const removed = await call(api.party.removeRole({ casePartyId: role.id }));
    if (!removed) return;
    notify.success(t('caseTab.removed', { role: roleName, name: party.name }));
    changed();
  };

  const add = (
    <Button
      leftSection={<IconUserPlus size={16} />}
      onClick={() => setAdding(true)}
      data-testid="case-parties-add"
    >
      {t('caseTab.add')}
    </Button>
  );

  return (
    <Stack gap="md" data-testid="case-tab-panel-parties">
      {rows === null ? (
        <Skeleton h={120} />
      ) : groups.length === 0 ? (
        <Card padding="xl">
          <EmptyState
            size="md"
            variant="light"
            icon={<IconUsers size={28} stroke={1.5} />}
            title={t('caseTab.emptyTitle')}
            description={t('caseTab.emptyText')}
            data-testid="case-parties-empty"
          >
            <EmptyState.Actions>{add}</EmptyState.Actions>
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('caseTab.count', { count: groups.length })}
            </Text>
            {add}
          </Group>
          <Card padding={0}>
            <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="case-parties">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="34%">{t('columns.name')}</Table.Th>
                  <Table.Th w="33%">{t('caseTab.roles')}</Table.Th>
                  <Table.Th>{t('caseTab.otherCases')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groups.map(({ party, roles, otherCases }) => {
                  const Icon = KIND_ICON[party.kind];
                  return (
                    <Table.Tr key={party.id} data-testid="case-party" data-party-id={party.id}>
                      <Table.Td>
                        <Group gap={8} wrap="nowrap" align="flex-start">
                          <Icon
                            size={16}
                            stroke={1.6}
                            color="var(--mantine-color-gray-6)"
                            style={{ marginTop: 2, flexShrink: 0 }}
                            aria-hidden
                          />
                          <Stack gap={4} miw={0}>
                            <Anchor
                              component={Link}
                              to={partyRoutes.party(party.id)}
                              size="sm"
                              fw={600}
                              data-testid="case-party-name"
                            >
                              {party.name}
                            </Anchor>
                            <PartyFlags flags={party.flags} />
                          </Stack>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {roles.map((role) => (
                            <Tooltip
                              key={role.id}
                              label={role.note}
                              disabled={!role.note}
                              multiline
                              w={280}
                            >
                              <Badge
                                variant="light"
                                color="steel"
                                radius="sm"
                                tt="none"
                                fw={500}
                                pr={2}
                                data-testid="case-party-role"
                                rightSection={
                                  <CloseButton
                                    size="xs"
                                    variant="transparent"
                                    aria-label={t('caseTab.removeRole', {
                                      role: roleNames.labelOf(role.role),
                                    })}
                                    onClick={() => void remove(party, role)}
                                    data-testid="case-party-role-remove"
                                  />
                                }
                              >
                                {roleNames.labelOf(role.role)}
                              </Badge>
                            </Tooltip>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {otherCases.length === 0 ? (
                          <Text size="sm" c="gray.5">
                            {t('caseTab.noOtherCases')}
                          </Text>
                        ) : (
                          <Stack gap={4} data-testid="case-party-other-cases">
                            <Badge
                              variant="filled"
                              color="grape"
                              radius="sm"
                              tt="none"
                              style={{ alignSelf: 'flex-start' }}
                            >
                              {t('caseTab.appearsInOther', { count: otherCases.length })}
                            </Badge>
                            {otherCases.map((c) => (
                              <Text key={c.caseId} size="xs" c="gray.7" lineClamp={1}>
                                <Anchor
                                  component={Link}
                                  to={caseRoutes.tab(c.caseId, 'parties')}
                                  size="xs"
                                  ff="monospace"
                                  fw={600}
                                  title={c.title}
                                >
                                  {c.reference}
                                </Anchor>{' '}
                                {c.roles.map((r) => roleNames.labelOf(r)).join(', ')}
                              </Text>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
      {adding ? (
        <AddRoleModal
          caseId={caseId}
          onSaved={(party) => {
            notify.success(t('addRole.saved', { name: party.name }));
            changed();
          }}
          onClosed={() => setAdding(false)}
        />
      ) : null}
    </Stack>
  );
}
