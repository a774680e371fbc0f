import { Combobox, Group, Kbd, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { IconArrowRight, IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../../shared/domain/search-views';
import { useFormat } from '../../i18n/useFormat';
import { routes } from '../../lib/routes';
import { GLOBAL_SEARCH_ID, shortcutLabel } from '../../lib/shortcuts';
import { Highlighted } from '../search/Highlighted';
import dropdown from '../search/SearchDropdown.module.css';
import { hitRoute, KIND_ICONS } from '../search/search-kinds';
import { useSearchResults } from '../search/useSearchResults';
import { useSearchText } from '../search/useSearchText';

const ALL = '__all__';
const HITS_PER_KIND = 4;
const optionValue = (hit: SearchHit) => `${hit.kind}:${hit.entityId}`;

/**
 * One search box across the case file; Ctrl+K (⌘K) puts the cursor here from anywhere. It searches
 * as you type and lists the best results by kind, with what matched marked; ↑ ↓ choose, Enter
 * opens the chosen result, or all results when none is chosen.
 */
export function GlobalSearch() {
  const t = useSearchText();
  const navigate = useNavigate();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const { results, searching, searched } = useSearchResults(query, {
    limitPerKind: HITS_PER_KIND,
  });
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
  });

  const hits = new Map<string, SearchHit>();
  for (const g of results?.groups ?? []) for (const h of g.hits) hits.set(optionValue(h), h);

  const seeAll = () => {
    const q = query.trim();
    if (!q) return;
    combobox.closeDropdown();
    void navigate(routes.search(q));
  };

  const open = (value: string) => {
    if (value === ALL) return seeAll();
    const hit = hits.get(value);
    const to = hit ? hitRoute(hit) : null;
    combobox.closeDropdown();
    if (to) void navigate(to);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    seeAll();
  };

  const typed = query.trim() !== '';
  const groups = results?.groups ?? [];

  return (
    <form onSubmit={submit} role="search">
      <Combobox
        store={combobox}
        onOptionSubmit={open}
        width={560}
        position="bottom-end"
        offset={6}
        shadow="md"
        zIndex={300}
      >
        <Combobox.Target>
          <TextInput
            id={GLOBAL_SEARCH_ID}
            type="search"
            aria-label={t('box.label')}
            placeholder={t('box.placeholder')}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              // Nothing chosen after typing: Enter shows all results until ↓ picks one.
              combobox.resetSelectedOption();
              if (e.currentTarget.value.trim()) combobox.openDropdown();
              else combobox.closeDropdown();
            }}
            onFocus={() => {
              if (typed) combobox.openDropdown();
            }}
            onBlur={() => combobox.closeDropdown()}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && !combobox.dropdownOpened) e.currentTarget.blur();
            }}
            leftSection={searching ? <Loader size={14} /> : <IconSearch size={16} />}
            rightSection={<Kbd size="xs">{shortcutLabel('K')}</Kbd>}
            rightSectionWidth={64}
            rightSectionPointerEvents="none"
            autoComplete="off"
            spellCheck={false}
            data-testid="global-search"
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={!typed} data-testid="global-search-dropdown">
          <Combobox.Options mah={480} style={{ overflowY: 'auto' }}>
            {groups.map((group) => {
              const Icon = KIND_ICONS[group.kind];
              return (
                <Combobox.Group
                  key={group.kind}
                  label={
                    <Group gap={6} wrap="nowrap">
                      <Icon size={13} stroke={1.8} aria-hidden />
                      {t(`kinds.${group.kind}`)}
                      <Text span size="xs" c="dimmed" fw={400}>
                        {format.number(group.total)}
                        {group.capped ? '+' : ''}
                      </Text>
                    </Group>
                  }
                >
                  {group.hits.map((hit) => (
                    <Combobox.Option
                      key={optionValue(hit)}
                      value={optionValue(hit)}
                      className={dropdown.option}
                      data-testid="global-search-hit"
                      data-kind={hit.kind}
                    >
                      <Stack gap={0} miw={0}>
                        <Group gap={6} wrap="nowrap" miw={0}>
                          <Text
                            size="sm"
                            fw={500}
                            truncate="end"
                            data-testid="global-search-hit-title"
                          >
                            <Highlighted segments={hit.titleSegments} />
                          </Text>
                          {hit.caseReference && hit.kind !== 'case' ? (
                            <Text
                              span
                              size="xs"
                              c="dimmed"
                              ff="monospace"
                              style={{ flexShrink: 0 }}
                            >
                              {hit.caseReference}
                            </Text>
                          ) : null}
                        </Group>
                        {hit.snippet.length > 0 ? (
                          <Text size="xs" c="dimmed" truncate="end">
                            <Highlighted segments={hit.snippet} plain />
                          </Text>
                        ) : null}
                      </Stack>
                    </Combobox.Option>
                  ))}
                </Combobox.Group>
              );
            })}
            {results && groups.length === 0 ? (
              <Combobox.Empty data-testid="global-search-empty">
                {t('box.nothing', { query: searched })}
              </Combobox.Empty>
            ) : null}
            {!results ? (
              <Combobox.Empty>
                <Loader size="xs" />
              </Combobox.Empty>
            ) : null}
            <Combobox.Option
              value={ALL}
              className={dropdown.option}
              data-testid="global-search-all"
              style={{ borderTop: '1px solid var(--mantine-color-gray-2)', marginTop: 4 }}
            >
              <Group gap={6} justify="space-between" wrap="nowrap">
                <Text size="sm" fw={500} c="steel.7">
                  {t('box.seeAll', { query: query.trim() })}
                </Text>
                <IconArrowRight size={14} aria-hidden />
              </Group>
            </Combobox.Option>
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
    </form>
  );
}
