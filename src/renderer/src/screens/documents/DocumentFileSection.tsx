import {
  ActionIcon,
  Alert,
  Box,
  Button,
  CopyButton,
  DataList,
  Group,
  Image,
  Loader,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconCopy,
  IconFileOff,
  IconFileUpload,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { DocumentVerification, DocumentView } from '../../../../shared/domain/document';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { DetailRow as Row } from './DetailRow';
import { useDocumentsText } from './useDocumentsText';

/** How much of the file's text the drawer shows. */
export const TEXT_PREVIEW_CHARS = 2000;

type Content = ChannelOutput<'document:content'>;

/**
 * The document's file in the drawer: name, size, when stored, the full SHA-256 (to copy),
 * "Verify again" (the stored file re-read and compared), the text read from it, an image shown as
 * such; or, without a file, the button that attaches one.
 */
export function DocumentFileSection(props: {
  document: DocumentView;
  onAttach: (document: DocumentView) => void;
  attaching: boolean;
}) {
  const { document: d } = props;
  const t = useDocumentsText();
  const call = useIpc();
  const format = useFormat();
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

  const text = content?.text ?? '';
  const imageUrl =
    content?.mediaType.startsWith('image/') && content.dataUrl ? content.dataUrl : null;

  return d.file ? (
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
          icon={verification.ok ? <IconShieldCheck size={18} /> : <IconAlertTriangle size={18} />}
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
  );
}
