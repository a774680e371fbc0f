import { Button, DataList, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { DocumentView } from '../../../../shared/domain/document';
import { useCalendarDate } from '../../components/data/dates';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { MarkdownView } from '../../components/data/MarkdownView';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useFormat } from '../../i18n/useFormat';
import { HandlingCodeBadge } from '../cases/case-marks';
import { useCountries } from '../parties/countries';
import { exhibitsOf, issuerName, type DocumentNames } from './document-columns';
import { AssessmentBadge, GradeBadge } from './document-marks';
import { useLanguageName } from './languages';
import { DetailRow as Row } from './DetailRow';
import { DocumentFileSection } from './DocumentFileSection';
import { useDocumentsText } from './useDocumentsText';

/**
 * One document in full, beside the list: what it is, who issued it, how it was assessed and
 * graded, and its file: name, size, when it was stored, the full SHA-256 (to copy), "Verify again"
 * (the stored file re-read and compared), the text read from it, an image shown as such.
 */
export function DocumentDetail(props: {
  document: DocumentView | null;
  names: DocumentNames;
  onEdit: (document: DocumentView) => void;
  onAttach: (document: DocumentView) => void;
  attaching: boolean;
  onClose: () => void;
}) {
  const t = useDocumentsText();
  const d = props.document;
  const types = useVocabulary('document_type');
  return (
    <Drawer
      opened={d !== null}
      onClose={props.onClose}
      position="right"
      size="42rem"
      zIndex={FORM_MODAL_Z_INDEX - 10}
      title={
        d ? (
          <Stack gap={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
              {types.labelOf(d.type)}
            </Text>
            <Title order={2} size="h4" data-testid="document-detail-title">
              {d.title || (d.number ? `№ ${d.number}` : types.labelOf(d.type))}
            </Title>
          </Stack>
        ) : null
      }
      closeButtonProps={{ 'aria-label': t('detail.close') }}
      data-testid="document-detail"
    >
      {d ? (
        <DetailBody
          key={d.id}
          document={d}
          names={props.names}
          onEdit={props.onEdit}
          onAttach={props.onAttach}
          attaching={props.attaching}
        />
      ) : null}
    </Drawer>
  );
}

function DetailBody(props: {
  document: DocumentView;
  names: DocumentNames;
  onEdit: (document: DocumentView) => void;
  onAttach: (document: DocumentView) => void;
  attaching: boolean;
}) {
  const { document: d, names } = props;
  const t = useDocumentsText();
  const date = useCalendarDate();
  const format = useFormat();
  const countries = useCountries();
  const languageName = useLanguageName();
  const issuer = issuerName(d, names);
  const exhibits = exhibitsOf(d, names);
  const a = d.assessment;

  return (
    <Stack gap="md" data-testid="document-detail-body" data-document-id={d.id}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <AssessmentBadge status={a.status} size="md" />
          <GradeBadge grading={d.grading} />
          {d.handlingCode ? <HandlingCodeBadge code={d.handlingCode} /> : null}
        </Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPencil size={14} />}
          onClick={() => props.onEdit(d)}
          data-testid="document-detail-edit"
        >
          {t('detail.edit')}
        </Button>
      </Group>

      <DataList size="sm" gap={6} labelWidth="11rem">
        <Row label={t('fields.number')}>
          <Text size="sm" ff="monospace">
            {d.number || '—'}
          </Text>
        </Row>
        <Row label={t('fields.issuer')}>
          {issuer || '—'}
          {d.issuerCountry ? ` · ${countries.nameOf(d.issuerCountry)}` : ''}
        </Row>
        <Row label={t('fields.issuedOn')}>{d.issuedOn ? date(d.issuedOn) : '—'}</Row>
        <Row label={t('fields.language')}>{d.language ? languageName(d.language) : '—'}</Row>
        <Row label={t('fields.objects')} testId="document-detail-objects">
          <Text size="sm" ff="monospace">
            {exhibits.length > 0 ? exhibits.join(', ') : '—'}
          </Text>
        </Row>
        {d.webCapture ? (
          <>
            <Row label={t('fields.webUrl')}>
              <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {d.webCapture.url}
              </Text>
            </Row>
            <Row label={t('fields.webCapturedAt')}>
              {format.dateTime(d.webCapture.capturedAt)}
              {d.webCapture.tool ? ` · ${d.webCapture.tool}` : ''}
            </Row>
          </>
        ) : null}
        {d.citedBy > 0 ? (
          <Row label={t('fields.citedBy')}>{t('detail.citedBy', { count: d.citedBy })}</Row>
        ) : null}
      </DataList>

      {d.description ? <MarkdownView>{d.description}</MarkdownView> : null}

      <Divider label={t('detail.assessmentSection')} labelPosition="left" />
      <DataList size="sm" gap={6} labelWidth="11rem">
        <Row label={t('fields.assessment')} testId="document-detail-assessment">
          <AssessmentBadge status={a.status} />
        </Row>
        {a.reason ? (
          <Row label={t('fields.assessmentReason')} testId="document-detail-reason">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {a.reason}
            </Text>
          </Row>
        ) : null}
        {a.by || a.on ? (
          <Row label={t('fields.assessmentBy')}>
            {[a.by, a.on ? date(a.on) : ''].filter(Boolean).join(' · ')}
          </Row>
        ) : null}
        <Row label={t('fields.grading')}>
          {d.grading ? (
            <Stack gap={2}>
              <Text size="sm">
                <Text span fw={700} ff="monospace">
                  {d.grading.source}
                </Text>
                {` — ${t(`source.${d.grading.source}`)}`}
              </Text>
              <Text size="sm">
                <Text span fw={700} ff="monospace">
                  {d.grading.information}
                </Text>
                {` — ${t(`information.${d.grading.information}`)}`}
              </Text>
            </Stack>
          ) : (
            t('detail.notGraded')
          )}
        </Row>
        <Row label={t('fields.handlingCode')}>
          {d.handlingCode ? (
            <HandlingCodeBadge code={d.handlingCode} />
          ) : (
            t('detail.noHandlingCode')
          )}
        </Row>
      </DataList>

      <Divider label={t('detail.fileSection')} labelPosition="left" />
      <DocumentFileSection document={d} onAttach={props.onAttach} attaching={props.attaching} />
    </Stack>
  );
}
