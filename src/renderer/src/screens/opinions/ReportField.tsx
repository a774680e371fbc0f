import { Button, Group, Select } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { DocumentView } from '../../../../shared/domain/document';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { shortHash } from '../documents/document-marks';
import { useCaseDocuments } from '../documents/useCaseDocuments';
import { titleOfFile } from './opinion-form';
import { useOpinionsText } from './useOpinionsText';

/** The type a report added from this field is stored as (vocabulary `document_type`). */
const EXPERT_REPORT = 'expert-report';

const documentLabel = (d: DocumentView) => {
  const name = d.title || d.file?.name || d.number || d.id;
  return d.file ? `${name} · ${shortHash(d.file.sha256)}` : name;
};

/**
 * The signed report: a document of the case (expert reports first), or a file added here, which
 * is stored as an expert report concerning the object (hashed on ingest) and then chosen.
 */
export function ReportField(props: {
  caseId: string;
  objectId: string | null;
  value: string | null;
  onChange: (documentId: string | null) => void;
  error?: ReactNode;
}) {
  const t = useOpinionsText();
  const call = useIpc();
  const notify = useNotify();
  const { documents, reload } = useCaseDocuments(props.caseId);
  const [adding, setAdding] = useState(false);

  const data = useMemo(() => {
    const rows = documents ?? [];
    const option = (d: DocumentView) => ({ value: d.id, label: documentLabel(d) });
    const reports = rows.filter((d) => d.type === EXPERT_REPORT).map(option);
    const others = rows.filter((d) => d.type !== EXPERT_REPORT).map(option);
    return [
      ...(reports.length > 0 ? [{ group: t('form.reportGroup'), items: reports }] : []),
      ...(others.length > 0 ? [{ group: t('form.otherDocumentsGroup'), items: others }] : []),
    ];
  }, [documents, t]);

  const addFile = async () => {
    if (adding) return;
    setAdding(true);
    const picked = await call(api.dialog.openDocuments({}));
    const path = picked?.paths[0];
    const saved = path
      ? await call(
          api.document.add({
            caseId: props.caseId,
            path,
            fields: {
              type: EXPERT_REPORT,
              title: titleOfFile(path),
              objectIds: props.objectId ? [props.objectId] : [],
            },
          }),
        )
      : undefined;
    if (saved) {
      await reload();
      props.onChange(saved.id);
      notify.success(t('form.reportStored'));
    }
    setAdding(false);
  };

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t('fields.report')}
        description={t('form.reportHint')}
        placeholder={t('form.reportPlaceholder')}
        data={data}
        searchable
        clearable
        nothingFoundMessage={t('form.noDocuments')}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        style={{ flex: 1 }}
        data-testid="opinion-form-report"
      />
      <Button
        variant="default"
        leftSection={<IconFilePlus size={16} />}
        loading={adding}
        onClick={() => void addFile()}
        data-testid="opinion-form-report-add"
      >
        {t('form.addFile')}
      </Button>
    </Group>
  );
}
