import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import type { ExpertView } from '../../../../../shared/domain/expert-views';
import { useCalendarDate } from '../../../components/data/dates';
import type { SortValue } from '../../../components/data/sort-rows';
import type { Column } from '../../../components/data/VirtualTable';
import { useFormat } from '../../../i18n/useFormat';
import { useExpertsText } from './experts-text';
import { fittingLabels } from './fitting-labels';

const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const;
/** Characters of labels a row's badges hold before the rest go to "+n" (all in the tooltip). */
const FIELD_CHARS = { full: 28, compact: 16 } as const;

export interface ExpertColumn extends Column<ExpertView> {
  sortValue: (row: ExpertView) => SortValue;
}

export interface ExpertNames {
  fieldLabel: (code: string) => string;
  countryName: (code: string | null | undefined) => string;
  languageName: (code: string) => string;
}

/** "Dr Jelena Marić", the title dimmed; a retired expert says so. */
function NameCell(props: { expert: ExpertView; withInstitution: boolean; retired: string }) {
  const e = props.expert;
  return (
    <Stack gap={0} miw={0}>
      <Group gap={6} wrap="nowrap" miw={0}>
        {e.title ? (
          <Text span size="sm" c="dimmed" style={{ flexShrink: 0 }}>
            {e.title}
          </Text>
        ) : null}
        <Text span size="sm" fw={600} truncate="end" title={e.name} data-testid="expert-name">
          {e.name}
        </Text>
        {e.active ? null : (
          <Badge size="xs" color="gray" variant="outline" tt="none" style={{ flexShrink: 0 }}>
            {props.retired}
          </Badge>
        )}
      </Group>
      {props.withInstitution && e.institution ? (
        <Text size="xs" c="dimmed" truncate="end" title={e.institution}>
          {e.institution}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The fields of expertise as badges, the first two in the row and every one in the tooltip. */
function FieldBadges(props: {
  codes: readonly string[];
  label: (code: string) => string;
  chars: number;
}) {
  const labels = props.codes.map(props.label);
  const shown = fittingLabels(labels, props.chars);
  const more = labels.length - shown;
  return (
    <Tooltip label={labels.join(' · ')} multiline maw={360} disabled={labels.length === 0}>
      <Group
        gap={4}
        wrap="nowrap"
        miw={0}
        style={{ overflow: 'hidden' }}
        data-testid="expert-fields"
      >
        {labels.slice(0, shown).map((l, i) => (
          <Badge
            key={props.codes[i]}
            size="sm"
            variant="light"
            color="steel"
            tt="none"
            maw="14rem"
            style={i === 0 ? { flexShrink: 1, minWidth: 0 } : { flexShrink: 0 }}
          >
            {l}
          </Badge>
        ))}
        {more > 0 ? (
          <Badge size="sm" variant="outline" color="gray" tt="none" style={{ flexShrink: 0 }}>
            +{more}
          </Badge>
        ) : null}
      </Group>
    </Tooltip>
  );
}

/** How many consultations, how many still open, how many overdue (in red). */
function ConsultationCounts(props: { expert: ExpertView }) {
  const t = useExpertsText();
  const format = useFormat();
  const e = props.expert;
  return (
    <Stack gap={0} align="flex-end" data-testid="expert-consultations">
      <Text size="sm" fw={500} style={NUMBERS} c={e.consultationCount === 0 ? 'gray.5' : undefined}>
        {format.number(e.consultationCount)}
      </Text>
      {e.openCount > 0 || e.overdueCount > 0 ? (
        <Group gap={6} wrap="nowrap">
          {e.openCount > 0 ? (
            <Text size="xs" c="dimmed" style={NUMBERS}>
              {t('counts.open', { count: e.openCount })}
            </Text>
          ) : null}
          {e.overdueCount > 0 ? (
            <Text size="xs" c="red.7" fw={700} style={NUMBERS} data-testid="expert-overdue">
              {t('counts.overdue', { count: e.overdueCount })}
            </Text>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}

/**
 * The directory's columns, each sortable. `compact` (the detail open beside the list) folds the
 * institution under the name and leaves out languages, turnaround and last consultation.
 */
export function useExpertColumns(names: ExpertNames, compact: boolean): ExpertColumn[] {
  const t = useExpertsText();
  const date = useCalendarDate();
  const { fieldLabel, countryName, languageName } = names;
  return useMemo(() => {
    const name: ExpertColumn = {
      key: 'name',
      header: t('columns.name'),
      width: compact ? 'minmax(12rem, 2fr)' : 'minmax(10rem, 2.2fr)',
      sortable: true,
      sortValue: (e) => e.name,
      render: (e) => (
        <NameCell expert={e} withInstitution={compact} retired={t('directory.retired')} />
      ),
    };
    const institution: ExpertColumn = {
      key: 'institution',
      header: t('columns.institution'),
      width: 'minmax(8rem, 1.3fr)',
      sortable: true,
      sortValue: (e) => e.institution,
      render: (e) => (
        <Text size="sm" c="gray.7" truncate="end" title={e.institution}>
          {e.institution}
        </Text>
      ),
    };
    const country: ExpertColumn = {
      key: 'country',
      header: t('columns.country'),
      width: compact ? '7.5rem' : '8rem',
      sortable: true,
      sortValue: (e) => countryName(e.country),
      render: (e) => (
        <Text size="sm" truncate="end" title={countryName(e.country)} data-testid="expert-country">
          {countryName(e.country)}
        </Text>
      ),
    };
    const fields: ExpertColumn = {
      key: 'fields',
      header: t('columns.fields'),
      width: compact ? 'minmax(9rem, 1.5fr)' : 'minmax(10rem, 2fr)',
      sortable: true,
      sortValue: (e) => e.fields.map(fieldLabel).join(', '),
      render: (e) => (
        <FieldBadges
          codes={e.fields}
          label={fieldLabel}
          chars={compact ? FIELD_CHARS.compact : FIELD_CHARS.full}
        />
      ),
    };
    const languages: ExpertColumn = {
      key: 'languages',
      header: t('columns.languages'),
      width: '6.5rem',
      sortable: true,
      sortValue: (e) => e.languages.join(' '),
      render: (e) => (
        <Text
          size="xs"
          ff="monospace"
          tt="uppercase"
          truncate="end"
          title={e.languages.map(languageName).join(', ')}
          data-testid="expert-languages"
        >
          {e.languages.join(' · ')}
        </Text>
      ),
    };
    const consultations: ExpertColumn = {
      key: 'consultations',
      header: t('columns.consultations'),
      width: compact ? '8.5rem' : '7.5rem',
      align: 'end',
      sortable: true,
      firstDirection: 'desc',
      // Overdue first, then open, then all: the experts to chase come to the top.
      sortValue: (e) => e.overdueCount * 1e8 + e.openCount * 1e4 + e.consultationCount,
      render: (e) => <ConsultationCounts expert={e} />,
    };
    const turnaround: ExpertColumn = {
      key: 'turnaround',
      header: t('columns.turnaround'),
      width: '7.5rem',
      align: 'end',
      sortable: true,
      sortValue: (e) => e.medianTurnaroundDays,
      render: (e) =>
        e.medianTurnaroundDays === null ? (
          <Text size="sm" c="gray.5">
            —
          </Text>
        ) : (
          <Text size="sm" style={NUMBERS} data-testid="expert-turnaround">
            {t('counts.days', { count: Math.round(e.medianTurnaroundDays) })}
          </Text>
        ),
    };
    const lastConsulted: ExpertColumn = {
      key: 'lastConsulted',
      header: t('columns.lastConsulted'),
      width: '7rem',
      sortable: true,
      firstDirection: 'desc',
      sortValue: (e) => e.lastConsultedOn,
      render: (e) => (
        <Text size="sm" c={e.lastConsultedOn ? 'gray.7' : 'gray.5'} style={NUMBERS}>
          {e.lastConsultedOn ? date(e.lastConsultedOn.slice(0, 10)) : t('counts.never')}
        </Text>
      ),
    };
    return compact
      ? [name, country, fields, consultations]
      : [name, institution, country, fields, languages, consultations, turnaround, lastConsulted];
  }, [t, date, compact, fieldLabel, countryName, languageName]);
}
