import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Group,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconLink, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CaseLinkView } from '../../../../shared/domain/case';
import { api } from '../../api';
import { useDialog } from '../../components/data/useDialog';
import { useConfirm } from '../../hooks/useConfirm';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { useIpc } from '../../lib/useIpc';
import { caseRoutes } from './case-routes';
import { LinkCaseModal } from './LinkCaseModal';
import { useCasesText } from './useCasesText';

/** Other cases this one is linked to (either direction), with the relation; add and remove. */
export function CaseLinksCard(props: {
  caseId: string;
  links: readonly CaseLinkView[];
  onChanged: () => void;
}) {
  const t = useCasesText();
  const label = useEnumLabel();
  const call = useIpc();
  const confirm = useConfirm();
  const adding = useDialog<null>();

  const remove = async (link: CaseLinkView) => {
    const ok = await confirm({
      title: t('links.removeTitle', { reference: link.other.reference }),
      message: t('links.removeMessage'),
      confirmLabel: t('links.removeConfirm'),
      danger: true,
    });
    if (!ok) return;
    if (await call(api.case.unlink({ linkId: link.id }))) props.onChanged();
  };

  return (
    <Card data-testid="case-links">
      <Title order={3} size="h5" mb="sm">
        {t('links.title')}
      </Title>
      {props.links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('links.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {props.links.map((link) => (
            <Group
              key={link.id}
              justify="space-between"
              wrap="nowrap"
              gap="xs"
              align="flex-start"
              data-testid="case-link"
            >
              <Stack gap={0} miw={0}>
                <Text size="xs" c="dimmed" fw={500}>
                  {label('caseLinkRelation', link.relation)}
                </Text>
                <Anchor
                  component={Link}
                  to={caseRoutes.case(link.other.id)}
                  size="sm"
                  fw={500}
                  truncate="end"
                  aria-label={t('links.open', { reference: link.other.reference })}
                >
                  <Text span ff="monospace" size="sm" fw={600}>
                    {link.other.reference}
                  </Text>{' '}
                  {link.other.title}
                </Anchor>
                {link.note ? (
                  <Text size="xs" c="gray.7">
                    {link.note}
                  </Text>
                ) : null}
              </Stack>
              <Tooltip label={t('links.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('links.remove')}
                  onClick={() => void remove(link)}
                  data-testid="case-link-remove"
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
      <Button
        mt="sm"
        size="xs"
        variant="subtle"
        leftSection={<IconLink size={14} />}
        onClick={() => adding.open(null)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="case-links-add"
      >
        {t('links.add')}
      </Button>
      {adding.state ? (
        <LinkCaseModal
          key={adding.state.key}
          caseId={props.caseId}
          onLinked={props.onChanged}
          onClosed={adding.closed(adding.state.key)}
        />
      ) : null}
    </Card>
  );
}
