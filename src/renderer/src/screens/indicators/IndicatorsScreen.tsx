import {
  Alert,
  Anchor,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  ScrollArea,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconHistory, IconListSearch, IconPencil, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { INDICATOR_THEMES, type IndicatorTheme } from '../../../../shared/domain/indicator';
import { useDialog } from '../../components/data/useDialog';
import { ScreenHeader } from '../../components/ScreenHeader';
import { enumLabel } from '../../lib/vocab-label';
import { CatalogueEditor } from './catalogue/CatalogueEditor';
import { filterIndicators } from './catalogue/catalogue-filter';
import {
  useCatalogue,
  useCatalogueVersions,
  type LoadedCatalogue,
} from './catalogue/catalogue-data';
import { CatalogueFileMenu } from './catalogue/CatalogueFileMenu';
import { CatalogueView } from './catalogue/CatalogueView';
import { useIndicatorsText } from './catalogue/indicators-text';
import { RedListsPanel } from './catalogue/RedListsPanel';
import { VersionLine, VersionPicker } from './catalogue/VersionPicker';

type Theme = IndicatorTheme | 'all';

/**
 * The sidebar's "Indicators": the catalogue of trafficking indicators by theme (any version, the
 * current one by default; earlier ones read-only), imported from or exported to a file, edited
 * into a new version; and the ICOM Red Lists. The tab and the version shown live in the address
 * (`?tab=redlists`, `?version=<id>`).
 */
export function IndicatorsScreen() {
  const t = useIndicatorsText();
  const { t: tAll } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'redlists' ? 'redlists' : 'catalogue';
  const chosen = params.get('version');
  const [revision, setRevision] = useState(0);
  const [filter, setFilter] = useState('');
  const [text] = useDebouncedValue(filter, 120);
  const [theme, setTheme] = useState<Theme>('all');
  const editor = useDialog<LoadedCatalogue>();

  const versions = useCatalogueVersions(revision);
  const current = versions?.find((v) => v.current) ?? null;
  const versionId = chosen && versions?.some((v) => v.id === chosen) ? chosen : null;
  const loaded = useCatalogue(versionId, revision);
  const viewing = loaded?.version ?? null;
  const old = viewing !== null && !viewing.current;

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const showVersion = (id: string | null) =>
    setParam('version', id && id !== current?.id ? id : null);

  const shown = useMemo(
    () => (loaded ? filterIndicators(loaded.indicators, text, theme) : []),
    [loaded, text, theme],
  );

  const changed = () => {
    setRevision((n) => n + 1);
    showVersion(null);
  };

  const themeData = [
    { value: 'all', label: t('catalogue.allThemes') },
    ...INDICATOR_THEMES.map((v) => ({ value: v, label: enumLabel(tAll, 'indicatorTheme', v) })),
  ];

  return (
    <Stack gap="md" data-testid="screen-IndicatorsScreen">
      <ScreenHeader
        title={t('title')}
        description={t('description')}
        actions={
          tab === 'catalogue' ? (
            <>
              <CatalogueFileMenu versionId={viewing?.id ?? null} onImported={changed} />
              <Button
                leftSection={<IconPencil size={16} />}
                disabled={!loaded || old}
                onClick={() => {
                  if (loaded) editor.open(loaded);
                }}
                data-testid="indicators-edit"
              >
                {t('catalogue.edit')}
              </Button>
            </>
          ) : null
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => setParam('tab', v === 'redlists' ? 'redlists' : null)}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="catalogue" data-testid="indicators-tab-catalogue">
            {t('tabs.catalogue')}
          </Tabs.Tab>
          <Tabs.Tab value="redlists" data-testid="indicators-tab-redlists">
            {t('tabs.redLists')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="catalogue" pt="md">
          <Stack gap="md">
            <Group align="flex-end" gap="lg" wrap="wrap">
              {versions ? (
                <VersionPicker
                  versions={versions}
                  value={viewing?.id ?? null}
                  onChange={showVersion}
                />
              ) : null}
              {viewing ? <VersionLine version={viewing} /> : null}
            </Group>
            {old && viewing ? (
              <Alert
                color="yellow"
                variant="light"
                icon={<IconHistory size={18} />}
                title={t('catalogue.oldTitle')}
                data-testid="indicators-old-version"
              >
                <Text size="sm">
                  {t('catalogue.oldText', {
                    number: viewing.number,
                    current: current?.number ?? '?',
                  })}
                </Text>
                <Anchor component="button" size="sm" onClick={() => showVersion(null)}>
                  {t('catalogue.showCurrent')}
                </Anchor>
              </Alert>
            ) : null}
            <Group gap="md" align="flex-end" wrap="wrap">
              <TextInput
                label={t('catalogue.filter')}
                placeholder={t('catalogue.filterPlaceholder')}
                leftSection={<IconSearch size={16} />}
                value={filter}
                onChange={(e) => setFilter(e.currentTarget.value)}
                w={{ base: '100%', sm: 280 }}
                data-testid="indicators-filter"
              />
              <ScrollArea type="auto" offsetScrollbars style={{ maxWidth: '100%' }}>
                <SegmentedControl
                  size="xs"
                  value={theme}
                  onChange={(v) => setTheme(v as Theme)}
                  data={themeData}
                  data-testid="indicators-theme-filter"
                />
              </ScrollArea>
              <Text size="xs" c="dimmed" data-testid="indicators-count">
                {loaded ? t('catalogue.count', { count: shown.length }) : ' '}
              </Text>
            </Group>
            {!loaded ? (
              <Center py="xl">
                <Loader size="sm" />
              </Center>
            ) : shown.length === 0 ? (
              <EmptyState
                size="sm"
                icon={<IconListSearch size={24} stroke={1.5} />}
                title={t('catalogue.noMatchTitle')}
                description={t('catalogue.noMatchText')}
                data-testid="indicators-no-match"
              />
            ) : (
              <CatalogueView indicators={shown} />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="redlists" pt="md">
          <RedListsPanel />
        </Tabs.Panel>
      </Tabs>
      {editor.state ? (
        <CatalogueEditor
          key={editor.state.key}
          catalogue={editor.state.value}
          onSaved={changed}
          onClosed={editor.closed(editor.state.key)}
        />
      ) : null}
    </Stack>
  );
}
