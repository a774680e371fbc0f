import { ActionIcon, Group, Input, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconFilePlus, IconX } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { DocumentView } from '../../../../shared/domain/document';
import { useVocabulary } from '../../hooks/useVocabulary';
import { DocumentBadge, useDocumentName } from './document-marks';
import { useCaseDocuments } from './useCaseDocuments';
import { useDocumentsText } from './useDocumentsText';

/** A document cited as a source, with the page or paragraph (SourceRef in shared/domain/provenance). */
export interface DocumentSource {
  documentId: string;
  page: string;
}

/**
 * Cites documents of the case, each with an optional page ("p. 2", "§4"): the cited ones listed
 * (a forged one shows red), and a picker offering the others. Each document is cited once.
 *
 * `errors` are the messages by path inside the list, as main reports them (`0.page`, `1.documentId`).
 */
export function DocumentSourcesField(props: {
  caseId: string;
  value: readonly DocumentSource[];
  onChange: (value: DocumentSource[]) => void;
  label?: string;
  description?: string;
  error?: ReactNode;
  errors?: Readonly<Record<string, ReactNode>>;
  /** The case's documents when the caller has them already; otherwise they are loaded here. */
  documents?: readonly DocumentView[] | null;
  disabled?: boolean;
  testId?: string;
}) {
  const t = useDocumentsText();
  const name = useDocumentName();
  const { labelOf } = useVocabulary('document_type');
  const own = useCaseDocuments(props.caseId, props.documents === undefined);
  const documents = props.documents === undefined ? own.documents : props.documents;
  const testId = props.testId ?? 'document-sources';
  const { value, onChange } = props;
  const [search, setSearch] = useState('');

  const byId = useMemo(() => new Map((documents ?? []).map((d) => [d.id, d])), [documents]);
  const cited = new Set(value.map((s) => s.documentId));
  const options = (documents ?? [])
    .filter((d) => !cited.has(d.id))
    .map((d) => ({ value: d.id, label: `${labelOf(d.type)} — ${name(d)}` }));

  const setPage = (index: number, page: string) =>
    onChange(value.map((s, i) => (i === index ? { ...s, page } : s)));
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));

  return (
    <Input.Wrapper
      label={props.label ?? t('sources.label')}
      description={props.description}
      error={props.error}
      data-testid={testId}
    >
      <Stack gap={6} mt={4}>
        {value.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid={`${testId}-none`}>
            {t('sources.none')}
          </Text>
        ) : (
          value.map((source, index) => (
            <Group
              key={source.documentId}
              gap="xs"
              wrap="nowrap"
              align="flex-start"
              data-testid={`${testId}-row`}
              data-document-id={source.documentId}
            >
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }} pt={6}>
                <DocumentBadge document={byId.get(source.documentId)} link={false} />
                {props.errors?.[`${index}.documentId`] ? (
                  <Input.Error>{props.errors[`${index}.documentId`]}</Input.Error>
                ) : null}
              </Stack>
              <TextInput
                w="9rem"
                size="xs"
                aria-label={t('sources.page')}
                placeholder={t('sources.pagePlaceholder')}
                value={source.page}
                disabled={props.disabled}
                onChange={(e) => setPage(index, e.currentTarget.value)}
                error={props.errors?.[`${index}.page`]}
                data-testid={`${testId}-page`}
              />
              <Tooltip label={t('sources.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={2}
                  aria-label={t('sources.remove')}
                  disabled={props.disabled}
                  onClick={() => remove(index)}
                  data-testid={`${testId}-remove`}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))
        )}
        {documents !== null && documents.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('sources.noDocuments')}
          </Text>
        ) : (
          <Select
            size="xs"
            aria-label={t('sources.add')}
            placeholder={t('sources.addPlaceholder')}
            leftSection={<IconFilePlus size={14} />}
            data={options}
            value={null}
            disabled={props.disabled || options.length === 0}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage={t('sources.nothingFound')}
            comboboxProps={{ withinPortal: true }}
            maxDropdownHeight={280}
            onChange={(id) => {
              if (id && !cited.has(id)) onChange([...value, { documentId: id, page: '' }]);
              setSearch('');
            }}
            data-testid={`${testId}-add`}
          />
        )}
      </Stack>
    </Input.Wrapper>
  );
}
