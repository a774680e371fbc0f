import { Kbd, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { routes } from '../../lib/routes';
import { GLOBAL_SEARCH_ID, shortcutLabel } from '../../lib/shortcuts';

/** One search box across the case file; Ctrl+K (⌘K) puts the cursor here from anywhere. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (q) void navigate(routes.search(q));
  };

  return (
    <form onSubmit={submit} role="search">
      <TextInput
        id={GLOBAL_SEARCH_ID}
        type="search"
        aria-label={t('header.search')}
        placeholder={t('header.search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
        leftSection={<IconSearch size={16} />}
        rightSection={<Kbd size="xs">{shortcutLabel('K')}</Kbd>}
        rightSectionWidth={64}
        rightSectionPointerEvents="none"
        data-testid="global-search"
      />
    </form>
  );
}
