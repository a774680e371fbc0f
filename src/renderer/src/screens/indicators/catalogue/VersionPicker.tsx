import { Badge, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import type { CatalogueVersion } from '../../../../../shared/domain/indicator';
import { useFormat } from '../../../i18n/useFormat';
import { useIndicatorsText } from './indicators-text';

/**
 * The catalogue versions to look at: number and name in the list, and under the picker what the
 * chosen one is: where it came from (shipped, an imported file with its SHA-256, an edit), when
 * and by whom it was made, and whether it is the current one.
 */
export function VersionPicker(props: {
  versions: readonly CatalogueVersion[];
  value: string | null;
  onChange: (id: string) => void;
}) {
  const t = useIndicatorsText();
  const data = props.versions.map((v) => ({
    value: v.id,
    label: `${t('versions.option', { number: v.number, name: v.name })}${v.current ? ` (${t('versions.current')})` : ''}`,
  }));
  return (
    <Select
      label={t('catalogue.version')}
      data={data}
      value={props.value}
      onChange={(id) => {
        if (id) props.onChange(id);
      }}
      allowDeselect={false}
      w={{ base: '100%', sm: 420 }}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => {
        const v = props.versions.find((x) => x.id === option.value);
        return v ? <VersionLine version={v} compact /> : option.label;
      }}
      data-testid="indicators-version"
    />
  );
}

/** Origin, mode, date, who and "current" of one version. */
export function VersionLine(props: { version: CatalogueVersion; compact?: boolean }) {
  const t = useIndicatorsText();
  const format = useFormat();
  const v = props.version;
  const origin =
    v.origin === 'shipped'
      ? t('versions.shipped')
      : v.origin === 'file'
        ? `${t('versions.file')} (${t(v.mode === 'extend' ? 'versions.extend' : 'versions.replace')})`
        : t('versions.edit');
  return (
    <Stack gap={2} data-testid={props.compact ? undefined : 'indicators-version-info'}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {t('versions.option', { number: v.number, name: v.name })}
        </Text>
        {v.current ? (
          <Badge size="xs" color="teal" variant="light" data-testid="indicators-version-current">
            {t('versions.current')}
          </Badge>
        ) : null}
      </Group>
      <Group gap={6} wrap="wrap">
        <Badge
          size="xs"
          variant="outline"
          color={v.origin === 'shipped' ? 'gray' : v.origin === 'file' ? 'blue' : 'grape'}
        >
          {origin}
        </Badge>
        <Text size="xs" c="dimmed">
          {t('versions.made', { date: format.dateTime(v.createdAt), who: v.createdBy })}
        </Text>
        <Text size="xs" c="dimmed">
          · {t('versions.indicators', { count: v.indicatorCount })}
        </Text>
        {v.fileSha256 && !props.compact ? (
          <Tooltip label={v.fileSha256} withinPortal>
            <Text size="xs" c="dimmed" ff="monospace">
              · {t('versions.sha', { sha: `${v.fileSha256.slice(0, 16)}…` })}
            </Text>
          </Tooltip>
        ) : null}
      </Group>
    </Stack>
  );
}
