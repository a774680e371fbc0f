import { Badge, Text, Tooltip, type MantineColor } from '@mantine/core';
import { IconAlertTriangle, IconFileOff, IconFileText } from '@tabler/icons-react';
import { useCallback } from 'react';
import { Link } from 'react-router';
import type {
  DocumentAssessmentStatus,
  DocumentView,
  Grading,
} from '../../../../shared/domain/document';
import { useVocabulary } from '../../hooks/useVocabulary';
import { documentRoutes } from './document-routes';
import { useDocumentsText } from './useDocumentsText';

const ASSESSMENT_COLOR: Record<DocumentAssessmentStatus, MantineColor> = {
  forged: 'red',
  doubtful: 'orange',
  genuine: 'green',
  not_assessed: 'gray',
};

/** Forged in red, doubtful in orange, genuine in green, not assessed in a quiet grey outline. */
export function AssessmentBadge(props: {
  status: DocumentAssessmentStatus;
  size?: 'xs' | 'sm' | 'md';
  reason?: string;
}) {
  const t = useDocumentsText();
  const { status } = props;
  const badge = (
    <Badge
      color={ASSESSMENT_COLOR[status]}
      variant={status === 'not_assessed' ? 'outline' : status === 'genuine' ? 'light' : 'filled'}
      radius="sm"
      size={props.size ?? 'sm'}
      tt="none"
      leftSection={status === 'forged' ? <IconAlertTriangle size={12} /> : undefined}
      data-testid="document-assessment"
      data-status={status}
    >
      {t(`assessment.${status}`)}
    </Badge>
  );
  return props.reason ? (
    <Tooltip label={props.reason} multiline w={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

const SOURCE_COLOR: Record<Grading['source'], MantineColor> = {
  A: 'teal',
  B: 'steel',
  C: 'orange',
  X: 'gray',
};

/** The Europol 4x4 grade as written in intelligence reports ("B2"), its meaning on hover. */
export function GradeBadge({ grading }: { grading: Grading | null }) {
  const t = useDocumentsText();
  if (!grading) return null;
  const code = `${grading.source}${grading.information}`;
  return (
    <Tooltip
      label={t('gradeTooltip', {
        source: grading.source,
        sourceMeaning: t(`source.${grading.source}`),
        information: grading.information,
        informationMeaning: t(`information.${grading.information}`),
      })}
      multiline
      w={340}
    >
      <Badge
        color={SOURCE_COLOR[grading.source]}
        variant="outline"
        radius="sm"
        size="sm"
        style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}
        data-testid="document-grade"
      >
        {code}
      </Badge>
    </Tooltip>
  );
}

/** The first 12 hex digits of a SHA-256: enough to tell files apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/**
 * How a document is named in one line: its title, else its number, else its type; with the
 * type in front when the title does not already say it.
 */
export function useDocumentName(): (document: DocumentView) => string {
  const { labelOf } = useVocabulary('document_type');
  return useCallback(
    (d: DocumentView) => {
      const type = labelOf(d.type);
      const own = d.title.trim() || (d.number.trim() ? `№ ${d.number.trim()}` : '');
      if (!own) return type;
      return d.title.trim() && d.number.trim() ? `${own} (№ ${d.number.trim()})` : own;
    },
    [labelOf],
  );
}

/**
 * A cited document, in a line: its type and name, the page cited, coloured by its assessment
 * (a forged one in red). Links to the document on its case's Documents tab unless `link` is false.
 * An unknown id (`document` undefined) shows as such, never as nothing.
 */
export function DocumentBadge(props: {
  document: DocumentView | undefined;
  page?: string;
  link?: boolean;
  size?: 'xs' | 'sm' | 'md';
}) {
  const t = useDocumentsText();
  const name = useDocumentName();
  const { labelOf } = useVocabulary('document_type');
  const d = props.document;
  const page = props.page?.trim() ?? '';
  if (!d) {
    return (
      <Badge
        color="gray"
        variant="outline"
        radius="sm"
        size={props.size ?? 'sm'}
        tt="none"
        leftSection={<IconFileOff size={12} />}
        data-testid="document-badge"
      >
        {t('sources.unknown')}
      </Badge>
    );
  }
  const status = d.assessment.status;
  const label = `${name(d)}${page ? ` · ${page}` : ''}`;
  const link = props.link ?? true;
  const common = {
    color: ASSESSMENT_COLOR[status],
    variant: status === 'forged' || status === 'doubtful' ? 'light' : 'default',
    radius: 'sm',
    size: props.size ?? 'sm',
    tt: 'none',
    maw: '100%',
    leftSection: status === 'forged' ? <IconAlertTriangle size={12} /> : <IconFileText size={12} />,
    title: `${labelOf(d.type)} — ${label} (${t(`assessment.${status}`)})`,
    'data-testid': 'document-badge',
    'data-document-id': d.id,
    'data-status': status,
    style: { cursor: link ? 'pointer' : undefined, fontWeight: 500 },
  } as const;
  const text = (
    <Text span inherit truncate="end">
      {label}
    </Text>
  );
  return link ? (
    <Badge component={Link} to={documentRoutes.document(d.caseId, d.id)} {...common}>
      {text}
    </Badge>
  ) : (
    <Badge {...common}>{text}</Badge>
  );
}
