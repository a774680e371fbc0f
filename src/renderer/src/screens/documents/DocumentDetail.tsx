import {
  ActionIcon,
  Alert,
  Box,
  Button,
  CopyButton,
  DataList,
  Divider,
  Drawer,
  Group,
  Image,
  Loader,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconCopy,
  IconFileOff,
  IconFileUpload,
  IconPencil,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { DocumentVerification, DocumentView } from '../../../../shared/domain/document';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { useCalendarDate } from '../../components/data/dates';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { MarkdownView } from '../../components/data/MarkdownView';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { HandlingCodeBadge } from '../cases/case-marks';
import { useCountries } from '../parties/countries';
import { exhibitsOf, issuerName, type DocumentNames } from './document-columns';
import { AssessmentBadge, GradeBadge } from './document-marks';
import { useLanguageName } from './languages';
import { useDocumentsText } from './useDocumentsText';

/** How much of the file's text the drawer shows. */
export const TEXT_PREVIEW_CHARS = 2000;

type Content = ChannelOutput<'document:content'>;

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

function Row(props: { label: string; children: ReactNode; testId?: string }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{props.label}</DataList.ItemLabel>
      <DataList.ItemValue miw={0} data-testid={props.testId}>
        {props.children}
      </DataList.ItemValue>
    </DataList.Item>
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
  const call = useIpc();
  const date = useCalendarDate();
  const format = useFormat();
  const countries = useCountries();
  const languageName = useLanguageName();
  const [verifying, setVerifying] = useState(false);
  const [verification, setVerification] = useState<DocumentVerification | null>(null);
  const [content, setContent] = useState<Content | null>(null);
  const [contentLoading, setContentLoading] = useState(false);
  const fileId = d.file?.attachmentId ?? null;

  useEffect(() => {
    if (!fileId) return;
    let live = true;
    setContentLoading(true);
    void call(api.document.content({ id: d.id })).then((c) => {
      if (!live) return;
      setContentLoading(false);
      if (c) setContent(c);
    });
    return () => {
      live = false;
    };
  }, [call, d.id, fileId]);

  const verify = async () => {
    setVerifying(true);
    const result = await call(api.document.verify({ id: d.id }));
    setVerifying(false);
    if (result) setVerification(result);
  };

  const issuer = issuerName(d, names);
  const exhibits = exhibitsOf(d, names);
  const a = d.assessment;
  const text = content?.text ?? '';
  const imageUrl =
    content?.mediaType.startsWith('image/') && content.dataUrl ? content.dataUrl : null;

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
      {d.file ? (
        <>
          <DataList size="sm" gap={6} labelWidth="11rem">
            <Row label={t('fields.file')} testId="document-detail-file">
              <Text size="sm" style={{ wordBreak: 'break-all' }}>
                {d.file.name}
              </Text>
              <Text size="xs" c="dimmed">
                {d.file.mediaType}
              </Text>
            </Row>
            <Row label={t('fields.size')} testId="document-detail-size">
              {`${format.bytes(d.file.size)} (${format.number(d.file.size)})`}
            </Row>
            <Row label={t('fields.ingestedAt')}>{format.dateTime(d.file.ingestedAt)}</Row>
            <Row label={t('fields.sha256')}>
              <Group gap={4} wrap="nowrap" align="flex-start">
                <Text
                  size="xs"
                  ff="monospace"
                  style={{ overflowWrap: 'anywhere' }}
                  data-testid="document-detail-sha256"
                >
                  {d.file.sha256.slice(0, 32)}
                  <wbr />
                  {d.file.sha256.slice(32)}
                </Text>
                <CopyButton value={d.file.sha256} timeout={1500}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('detail.copied') : t('detail.copy')}>
                      <ActionIcon
                        variant="subtle"
                        color={copied ? 'teal' : 'gray'}
                        size="sm"
                        onClick={copy}
                        aria-label={t('detail.copy')}
                        data-testid="document-detail-copy"
                      >
                        {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            </Row>
            <Row label={t('fields.text')} testId="document-detail-text-status">
              {d.text.status === 'extracted'
                ? t('textStatus.extracted', { count: d.text.pages })
                : t(`textStatus.${d.text.status}`)}
            </Row>
          </DataList>
          <Group gap="sm" align="center">
            <Tooltip label={t('detail.verifyHint')} multiline w={300}>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconShieldCheck size={14} />}
                loading={verifying}
                onClick={() => void verify()}
                data-testid="document-detail-verify"
              >
                {t('detail.verify')}
              </Button>
            </Tooltip>
          </Group>
          {verification ? (
            <Alert
              color={verification.ok ? 'teal' : 'red'}
              variant="light"
              icon={
                verification.ok ? <IconShieldCheck size={18} /> : <IconAlertTriangle size={18} />
              }
              data-testid="document-detail-verification"
              data-ok={verification.ok}
            >
              {t(verification.ok ? 'detail.verifyOk' : 'detail.verifyFailed', {
                at: format.dateTime(verification.checkedAt),
              })}
            </Alert>
          ) : null}

          {contentLoading ? (
            <Group gap="xs" c="dimmed">
              <Loader size="xs" />
              <Text size="sm">{t('detail.loadingContent')}</Text>
            </Group>
          ) : null}
          {imageUrl ? (
            <Image
              src={imageUrl}
              alt={t('detail.imageAlt')}
              fit="contain"
              mah={420}
              radius="sm"
              style={{ border: '1px solid var(--mantine-color-gray-3)' }}
              data-testid="document-detail-image"
            />
          ) : null}
          {text ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('detail.textSection')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('detail.textPreviewNote', { chars: format.number(TEXT_PREVIEW_CHARS) })}
              </Text>
              <Box
                component="pre"
                p="sm"
                m={0}
                mah={320}
                style={{
                  overflow: 'auto',
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-word',
                  fontSize: 12,
                  background: 'var(--mantine-color-gray-0)',
                  border: '1px solid var(--mantine-color-gray-3)',
                  borderRadius: 'var(--mantine-radius-sm)',
                }}
                data-testid="document-detail-text"
              >
                {text.slice(0, TEXT_PREVIEW_CHARS)}
                {text.length > TEXT_PREVIEW_CHARS ? '…' : ''}
              </Box>
            </Stack>
          ) : null}
          {content && !content.dataUrl && !text ? (
            <Text size="sm" c="dimmed">
              {t('detail.tooLarge')}
            </Text>
          ) : null}
        </>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Group gap="xs" c="dimmed" wrap="nowrap">
            <IconFileOff size={18} />
            <Text size="sm">{t('detail.noFile')}</Text>
          </Group>
          <Button
            size="xs"
            leftSection={<IconFileUpload size={14} />}
            loading={props.attaching}
            onClick={() => props.onAttach(d)}
            data-testid="document-detail-attach"
          >
            {t('detail.attach')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
