import {
  ActionIcon,
  Badge,
  Button,
  Group,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArchive, IconArchiveOff, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOCABULARY_KINDS, type VocabularyKind } from '../../../../shared/domain/vocabularies';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { forgetVocabulary } from '../../hooks/useVocabulary';
import { useIpc } from '../../lib/useIpc';
import { vocabLabel } from '../../lib/vocab-label';
import { SettingsSection } from './SettingsSection';

type Item = ChannelOutput<'vocab:list'>[number];

/** Codes a unit types: lower-case letters, digits and _ . - (see shared/domain/common.ts). */
const CODE = /^[a-z0-9][a-z0-9_.-]*$/;

/**
 * The case file's reference lists (offence types, object types, roles…) and the unit's case
 * reference format. Built-in entries can be retired, never removed, so old records keep their
 * meaning; the unit adds its own entries, labelled in its own words.
 */
export function ReferenceListsCard() {
  const { t } = useTranslation();
  const call = useIpc();
  const [kind, setKind] = useState<VocabularyKind>('offence_type');
  const [items, setItems] = useState<Item[]>([]);
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [parent, setParent] = useState<string | null>(null);
  const [pattern, setPattern] = useState('');
  const [savedPattern, setSavedPattern] = useState('');
  const [patternError, setPatternError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const list = await call(api.vocab.list({ kind }));
    if (list) setItems(list);
  }, [call, kind]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    void call(api.case.suggestReference({})).then((r) => {
      if (!r) return;
      setPattern(r.pattern);
      setSavedPattern(r.pattern);
    });
  }, [call]);

  const twoLevel = kind === 'object_type';
  const codeOk = CODE.test(code.trim());
  const add = async () => {
    const added = await call(
      api.vocab.add({
        kind,
        code: code.trim(),
        label: label.trim(),
        ...(twoLevel && parent ? { parent } : {}),
      }),
    );
    if (!added) return;
    forgetVocabulary(kind);
    setCode('');
    setLabel('');
    await load();
  };
  const setRetired = async (item: Item, retired: boolean) => {
    if (await call(api.vocab.setRetired({ kind, code: item.code, retired }))) {
      forgetVocabulary(kind);
      await load();
    }
  };
  const savePattern = async () => {
    setPatternError(null);
    const saved = await call(api.case.setReferencePattern({ pattern: pattern.trim() }), (e) => {
      if (e.code !== 'INVALID_INPUT') return false;
      setPatternError(e.message);
      return true;
    });
    if (saved) setSavedPattern(saved.pattern);
  };

  return (
    <SettingsSection
      title={t('reflists.title')}
      description={t('reflists.intro')}
      testId="settings-reference-lists"
    >
      <Stack gap="lg">
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t('reflists.pattern')}
            description={t('reflists.patternHint')}
            placeholder="ITCG-{YYYY}-{NNNN}"
            value={pattern}
            error={patternError}
            onChange={(e) => setPattern(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void savePattern();
            }}
            style={{ flex: 1 }}
            data-testid="reflists-pattern"
          />
          <Button
            variant="default"
            onClick={() => void savePattern()}
            disabled={pattern.trim() === savedPattern}
          >
            {t('reflists.savePattern')}
          </Button>
        </Group>

        <Select
          label={t('reflists.list')}
          data={VOCABULARY_KINDS.map((k) => ({ value: k, label: t(`reflists.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v as VocabularyKind)}
          allowDeselect={false}
          w={320}
          data-testid="reflists-kind"
        />
        <ScrollArea.Autosize mah={320} type="auto">
          <Table striped highlightOnHover verticalSpacing={4} data-testid="reflists-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reflists.label')}</Table.Th>
                <Table.Th>{t('reflists.code')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.code} opacity={item.retired ? 0.55 : 1}>
                  <Table.Td pl={item.parent ? 'lg' : undefined}>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" td={item.retired ? 'line-through' : undefined}>
                        {vocabLabel(t, kind, item.code, item.label)}
                      </Text>
                      {!item.builtin ? (
                        <Badge size="xs" variant="light">
                          {t('reflists.own')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {item.code}
                    </Text>
                  </Table.Td>
                  <Table.Td w={48}>
                    <Tooltip label={item.retired ? t('reflists.restore') : t('reflists.retire')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={item.retired ? t('reflists.restore') : t('reflists.retire')}
                        onClick={() => void setRetired(item, !item.retired)}
                      >
                        {item.retired ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t('reflists.newLabel')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            style={{ flex: 2 }}
            data-testid="reflists-new-label"
          />
          <TextInput
            label={t('reflists.code')}
            description={t('reflists.codeHint')}
            value={code}
            error={code && !codeOk ? t('reflists.codeInvalid') : undefined}
            onChange={(e) => setCode(e.currentTarget.value)}
            style={{ flex: 1 }}
            data-testid="reflists-new-code"
          />
          {twoLevel ? (
            <Select
              label={t('reflists.parent')}
              data={items
                .filter((i) => i.parent === null)
                .map((i) => ({ value: i.code, label: vocabLabel(t, kind, i.code, i.label) }))}
              value={parent}
              onChange={setParent}
              clearable
              style={{ flex: 1 }}
            />
          ) : null}
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => void add()}
            disabled={!codeOk || label.trim() === ''}
            data-testid="reflists-add"
          >
            {t('reflists.add')}
          </Button>
        </Group>
      </Stack>
    </SettingsSection>
  );
}
