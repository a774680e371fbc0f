import { Group } from '@mantine/core';
import type { DocumentView } from '../../../../shared/domain/document';
import type { SourceRef } from '../../../../shared/domain/provenance';
import { DocumentBadge } from '../documents/document-marks';

/** The documents cited for an event or a claim, each with its page; a forged one shows red. */
export function SourceList(props: {
  sources: readonly SourceRef[];
  documents: ReadonlyMap<string, DocumentView>;
  testId?: string;
}) {
  if (props.sources.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" data-testid={props.testId}>
      {props.sources.map((s) => (
        <DocumentBadge
          key={s.documentId}
          document={props.documents.get(s.documentId)}
          page={s.page}
        />
      ))}
    </Group>
  );
}
