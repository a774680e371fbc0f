import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconFileOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { DocumentView } from '../../../../shared/domain/document';
import type { PartySummary } from '../../../../shared/domain/party-views';
import { useCalendarDate } from '../../components/data/dates';
import type { SortValue } from '../../components/data/sort-rows';
import type { Column } from '../../components/data/VirtualTable';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useFormat } from '../../i18n/useFormat';
import { HandlingCodeBadge } from '../cases/case-marks';
import { AssessmentBadge, GradeBadge, shortHash } from './document-marks';
import { useDocumentsText } from './useDocumentsText';

export interface DocumentColumn extends Column<DocumentView> {
  sortValue: (row: DocumentView) => SortValue;
}

const mono = { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 };
/** Forged first when sorted by assessment: what needs attention. */
const ASSESSMENT_ORDER = ['forged', 'doubtful', 'not_assessed', 'genuine'];

/** What the table needs beside the rows: the names of issuers and exhibits it refers to. */
export interface DocumentNames {
  parties: ReadonlyMap<string, PartySummary> | null;
  exhibits: ReadonlyMap<string, string>;
}

/** The issuer as written, or the party's name. */
export function issuerName(d: DocumentView, names: DocumentNames): string {
  if (d.issuer.partyId) return names.parties?.get(d.issuer.partyId)?.name ?? d.issuer.name;
  return d.issuer.name;
}

/** The exhibit numbers of the objects a document concerns, in exhibit order. */
export function exhibitsOf(d: DocumentView, names: DocumentNames): string[] {
  return d.objectIds
    .map((id) => names.exhibits.get(id) ?? '?')
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

/** The columns of the documents table; every one sorts. */
export function useDocumentColumns(names: DocumentNames): DocumentColumn[] {
  const t = useDocumentsText();
  const date = useCalendarDate();
  const format = useFormat();
  const { labelOf } = useVocabulary('document_type');

  return useMemo(
    (): DocumentColumn[] => [
      {
        key: 'type',
        header: t('columns.type'),
        width: 'minmax(8rem, 1.3fr)',
        sortable: true,
        sortValue: (d) => labelOf(d.type),
        render: (d) => (
          <Text span size="sm" title={labelOf(d.type)} truncate="end">
            {labelOf(d.type)}
          </Text>
        ),
      },
      {
        key: 'title',
        header: t('columns.title'),
        width: 'minmax(10rem, 2.4fr)',
        sortable: true,
        sortValue: (d) => d.title || d.number,
        render: (d) => (
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text span size="sm" fw={500} truncate="end" title={d.title}>
              {d.title || '—'}
            </Text>
            {d.number ? (
              <Text span c="dimmed" style={mono} truncate="end" title={d.number}>
                {`№ ${d.number}`}
              </Text>
            ) : null}
          </Stack>
        ),
      },
      {
        key: 'issuer',
        header: t('columns.issuer'),
        width: 'minmax(8rem, 1.4fr)',
        sortable: true,
        sortValue: (d) => issuerName(d, names),
        render: (d) => {
          const name = issuerName(d, names);
          return (
            <Text span size="sm" truncate="end" title={name}>
              {name}
              {d.issuerCountry ? (
                <Text span c="dimmed" size="xs">{` · ${d.issuerCountry}`}</Text>
              ) : null}
            </Text>
          );
        },
      },
      {
        key: 'issuedOn',
        header: t('columns.issuedOn'),
        width: '7rem',
        sortable: true,
        firstDirection: 'desc',
        sortValue: (d) => d.issuedOn,
        render: (d) => (
          <Text span size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {d.issuedOn ? date(d.issuedOn) : ''}
          </Text>
        ),
      },
      {
        key: 'objects',
        header: t('columns.objects'),
        width: 'minmax(5.5rem, 0.8fr)',
        sortable: true,
        sortValue: (d) => exhibitsOf(d, names)[0] ?? null,
        render: (d) => {
          const list = exhibitsOf(d, names).join(', ');
          return (
            <Text span style={mono} truncate="end" title={list} data-testid="document-objects">
              {list}
            </Text>
          );
        },
      },
      {
        key: 'assessment',
        header: t('columns.assessment'),
        width: '8rem',
        sortable: true,
        sortValue: (d) => ASSESSMENT_ORDER.indexOf(d.assessment.status),
        render: (d) => (
          <AssessmentBadge status={d.assessment.status} reason={d.assessment.reason || undefined} />
        ),
      },
      {
        key: 'grading',
        header: t('columns.grading'),
        width: '4.25rem',
        sortable: true,
        sortValue: (d) => (d.grading ? `${d.grading.source}${d.grading.information}` : null),
        render: (d) => <GradeBadge grading={d.grading} />,
      },
      {
        key: 'handlingCode',
        header: t('columns.handlingCode'),
        width: '4.75rem',
        sortable: true,
        sortValue: (d) => d.handlingCode,
        render: (d) => (d.handlingCode ? <HandlingCodeBadge code={d.handlingCode} /> : null),
      },
      {
        key: 'file',
        header: t('columns.file'),
        width: 'minmax(10rem, 1.6fr)',
        sortable: true,
        sortValue: (d) => d.file?.name ?? null,
        render: (d) =>
          d.file ? (
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text span size="sm" truncate="end" title={d.file.name} data-testid="document-file">
                {d.file.name}
              </Text>
              <Text span size="xs" c="dimmed" truncate="end">
                {`${format.bytes(d.file.size)} · `}
                <Text
                  span
                  inherit
                  style={mono}
                  title={`SHA-256 ${d.file.sha256}`}
                  data-testid="document-sha-short"
                >
                  {shortHash(d.file.sha256)}
                </Text>
              </Text>
            </Stack>
          ) : (
            <Tooltip label={t('detail.noFile')} multiline w={260}>
              <Group gap={4} c="dimmed" wrap="nowrap">
                <IconFileOff size={14} />
                <Text span size="xs">
                  {t('textStatus.no_file')}
                </Text>
              </Group>
            </Tooltip>
          ),
      },
    ],
    [t, date, format, labelOf, names],
  );
}
