import {
  Alert,
  Card,
  EmptyState,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseSummary } from '../../../../shared/domain/case';
import { MAX_HITS_PER_KIND } from '../../../../shared/domain/search-views';
import { api } from '../../api';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useIpc } from '../../lib/useIpc';
import { SearchGroupCard } from './SearchGroupCard';
import { useSearchResults } from './useSearchResults';
import { useSearchText } from './useSearchText';

/**
 * All results of a search (`/case-file/search?q=…&case=…`), grouped by kind, with what matched
 * marked in titles and snippets and the case of each hit; optionally within one case.
 */
export function SearchScreen() {
  const t = useSearchText();
  const call = useIpc();
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const caseId = params.get('case');
  const [query, setQuery] = useState(urlQuery);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const { results, searching, searched } = useSearchResults(query, {
    caseId,
    limitPerKind: MAX_HITS_PER_KIND,
  });

  // A new search from the header box while this screen is open (what is typed here is kept).
  useEffect(() => setQuery((typed) => (typed.trim() === urlQuery ? typed : urlQuery)), [urlQuery]);

  useEffect(() => {
    void call(api.case.list({ sort: 'reference', direction: 'asc' })).then((list) => {
      if (list) setCases(list);
    });
  }, [call]);

  const update = (next: { q?: string; case?: string | null }) => {
    const p = new URLSearchParams();
    const q = next.q ?? urlQuery;
    const c = next.case === undefined ? caseId : next.case;
    if (q) p.set('q', q);
    if (c) p.set('case', c);
    setParams(p, { replace: true });
  };

  const groups = results?.groups ?? [];
  const found = groups.reduce((n, g) => n + g.total, 0);

  return (
    <Stack gap="lg" data-testid="screen-search">
      <ScreenHeader
        title={t('screen.title')}
        description={
          searched && results
            ? t('screen.found', { count: found, query: searched })
            : t('screen.hint')
        }
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          w={420}
          label={t('screen.query')}
          placeholder={t('box.placeholder')}
          leftSection={searching ? <Loader size={14} /> : <IconSearch size={16} />}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            update({ q: e.currentTarget.value.trim() });
          }}
          autoFocus
          data-testid="search-query"
        />
        <Select
          w={360}
          label={t('screen.case')}
          placeholder={t('screen.allCases')}
          data={cases.map((c) => ({ value: c.id, label: `${c.reference} — ${c.title}` }))}
          value={caseId}
          onChange={(c) => update({ case: c })}
          searchable
          clearable
          allowDeselect
          comboboxProps={{ withinPortal: true }}
          data-testid="search-case"
        />
      </Group>
      {results && !results.ranked ? (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={16} />} p="xs">
          <Text size="sm">{t('screen.unranked')}</Text>
        </Alert>
      ) : null}
      {!searched ? (
        <Card padding="xl">
          <EmptyState
            py="xl"
            variant="light"
            size="lg"
            icon={<IconSearch size={32} stroke={1.5} />}
            title={t('screen.emptyTitle')}
            description={t('screen.emptyText')}
          />
        </Card>
      ) : results && groups.length === 0 ? (
        <Card padding="xl">
          <EmptyState
            py="xl"
            size="md"
            icon={<IconSearch size={28} stroke={1.5} />}
            title={t('screen.nothingTitle', { query: searched })}
            description={caseId ? t('screen.nothingInCase') : t('screen.nothingText')}
            data-testid="search-nothing"
          />
        </Card>
      ) : (
        <Stack
          gap="md"
          style={{ opacity: searching ? 0.6 : 1, transition: 'opacity 120ms' }}
          data-testid="search-results"
          data-query={searched}
        >
          {groups.map((group) => (
            <SearchGroupCard key={group.kind} group={group} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
