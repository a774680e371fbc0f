import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconArrowMerge, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import { partyDisplayName } from '../../../../shared/domain/party';
import type {
  MergeResult,
  PartyRoleView,
  PartySummary,
  PartyView,
} from '../../../../shared/domain/party-views';
import { api } from '../../api';
import { EditConflictAlert } from '../../components/data/EditConflictAlert';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { partyFields, partyValues } from './party-form';
import { PartyPicker } from './PartyPicker';
import { usePartiesText } from './usePartiesText';

/** What a merge of `duplicate` into `keep` would do with the duplicate's roles. */
export function mergePreview(keep: PartyView, duplicate: PartyView) {
  const held = new Set(keep.roles.map((r) => `${r.caseParty.caseId}\n${r.caseParty.role}`));
  const moved: PartyRoleView[] = [];
  const dropped: PartyRoleView[] = [];
  for (const r of duplicate.roles) {
    (held.has(`${r.caseParty.caseId}\n${r.caseParty.role}`) ? dropped : moved).push(r);
  }
  return { moved, dropped };
}

/**
 * Merges a duplicate into this party: pick it, see which roles move (and which the party already
 * holds), confirm. Afterwards the duplicate's other names can be added as aliases. The duplicate
 * keeps its own record, marked as merged, so the merge can be undone.
 */
export function MergePartyModal(props: {
  keep: PartyView;
  onMerged: () => void;
  onClosed: () => void;
}) {
  const t = usePartiesText();
  const { t: common } = useTranslation();
  const call = useIpc();
  const notify = useNotify();
  const roleNames = useVocabulary('party_role');
  const keep = props.keep.record;
  const [opened, setOpened] = useState(true);
  const [picked, setPicked] = useState<PartySummary | null>(null);
  const [duplicate, setDuplicate] = useState<PartyView | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [result, setResult] = useState<MergeResult | null>(null);
  const [aliases, setAliases] = useState<string[]>([]);

  useEffect(() => {
    setDuplicate(null);
    if (!picked) return;
    let live = true;
    void call(api.party.get({ id: picked.id })).then((view) => {
      if (live && view) setDuplicate(view);
    });
    return () => {
      live = false;
    };
  }, [call, picked]);

  const close = () => setOpened(false);

  const merge = async () => {
    if (!duplicate || busy) return;
    setBusy(true);
    setConflict(false);
    const merged = await call(
      api.party.merge({
        keepId: keep.id,
        mergeId: duplicate.record.id,
        keepVersion: keep.version,
        mergeVersion: duplicate.record.version,
      }),
      (error) => {
        if (error.code !== CaseFileErrorCode.EditConflict) return false;
        setConflict(true);
        return true;
      },
    );
    setBusy(false);
    if (!merged) return;
    notify.success(t('merge.done', { name: picked?.name ?? '' }));
    props.onMerged();
    if (merged.suggestedAliases.length === 0) {
      close();
      return;
    }
    setResult(merged);
    setAliases(merged.suggestedAliases);
  };

  const addAliases = async () => {
    if (!result || busy) return;
    setBusy(true);
    const values = partyValues(result.kept);
    const fields = partyFields({ ...values, aliases: [...values.aliases, ...aliases] });
    const saved = await call(
      api.party.update({ id: result.kept.id, version: result.kept.version, fields }),
    );
    setBusy(false);
    if (!saved) return;
    notify.success(t('merge.aliasesAdded', { count: aliases.length }));
    props.onMerged();
    close();
  };

  const preview = duplicate ? mergePreview(props.keep, duplicate) : null;
  const roleLine = (r: PartyRoleView) => (
    <List.Item key={r.caseParty.id}>
      <Text span size="sm" ff="monospace" fw={600}>
        {r.reference}
      </Text>{' '}
      <Text span size="sm">
        {roleNames.labelOf(r.caseParty.role)}
      </Text>
    </List.Item>
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      zIndex={FORM_MODAL_Z_INDEX}
      size="lg"
      title={t('merge.title', { name: partyDisplayName(keep) })}
      data-testid="merge-modal"
    >
      {result ? (
        <Stack gap="md" data-testid="merge-aliases">
          <Text size="sm">{t('merge.aliasesQuestion')}</Text>
          <Checkbox.Group value={aliases} onChange={setAliases}>
            <Stack gap={6}>
              {result.suggestedAliases.map((a) => (
                <Checkbox key={a} value={a} label={a} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-testid="merge-aliases-skip">
              {t('merge.skip')}
            </Button>
            <Button
              onClick={() => void addAliases()}
              loading={busy}
              disabled={aliases.length === 0}
              data-testid="merge-aliases-add"
            >
              {t('merge.addAliases')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="gray.7">
            {t('merge.intro')}
          </Text>
          {conflict ? (
            <EditConflictAlert
              onReload={() => {
                setConflict(false);
                props.onMerged();
                close();
              }}
            />
          ) : null}
          <PartyPicker
            label={t('merge.duplicate')}
            value={picked}
            onChange={setPicked}
            kind={keep.kind}
            exclude={[keep.id]}
            autoFocus
            testId="merge-duplicate"
          />
          {preview && duplicate ? (
            <Stack gap="xs" data-testid="merge-preview">
              <Text size="sm" fw={600}>
                {t('merge.moves', { count: preview.moved.length })}
              </Text>
              {preview.moved.length > 0 ? (
                <List size="sm" spacing={2}>
                  {preview.moved.map(roleLine)}
                </List>
              ) : null}
              {preview.dropped.length > 0 ? (
                <>
                  <Text size="sm" fw={600}>
                    {t('merge.drops', { count: preview.dropped.length })}
                  </Text>
                  <List size="sm" spacing={2}>
                    {preview.dropped.map(roleLine)}
                  </List>
                </>
              ) : null}
              <Alert variant="light" color="steel" icon={<IconInfoCircle size={18} />}>
                <Text size="sm">{t('merge.undoable')}</Text>
              </Alert>
            </Stack>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {common('common.cancel')}
            </Button>
            <Button
              color="orange"
              leftSection={<IconArrowMerge size={16} />}
              onClick={() => void merge()}
              loading={busy}
              disabled={!duplicate}
              data-testid="merge-confirm"
            >
              {t('merge.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
