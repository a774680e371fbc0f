import {
  ActionIcon,
  Button,
  Card,
  CopyButton,
  Group,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { ConsultationView } from '../../../../../shared/domain/expert-views';
import { api } from '../../../api';
import { useFormat } from '../../../i18n/useFormat';
import { LANGUAGE_NAMES } from '../../../lib/language-names';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { fileNamePart } from './consultation-form';
import { useConsultationsText } from './consultations-text';

/**
 * The request letter: generated as PDF where the person chooses (questions, mandate, and each
 * object's Object ID sheet with photos), and every copy generated listed with who made it, when,
 * its pages, languages and SHA-256, so the copy sent can be recognised later.
 */
export function LettersCard(props: {
  consultation: ConsultationView;
  onGenerated: (consultation: ConsultationView) => void;
}) {
  const { consultation } = props;
  const t = useConsultationsText();
  const call = useIpc();
  const notify = useNotify();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const letters = [...consultation.letters].reverse();

  const generate = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const name = fileNamePart(consultation.reference || consultation.expertName);
      const chosen = await call(
        api.dialog.savePdf({ suggestedName: t('letters.fileName', { name }) }),
      );
      if (!chosen?.path) return;
      const done = await call(api.consultation.letter({ id: consultation.id, path: chosen.path }));
      if (!done) return;
      notify.success(t('letters.generated', { path: done.path }));
      props.onGenerated(done.consultation);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-testid="consultation-letters">
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <div>
          <Title order={3} size="h5">
            {t('letters.title')}
          </Title>
          <Text size="xs" c="dimmed" maw={640}>
            {t('letters.intro')}
          </Text>
        </div>
        <Button
          leftSection={<IconFileTypePdf size={16} />}
          onClick={() => void generate()}
          loading={busy}
          data-testid="consultation-letter-generate"
        >
          {t('letters.generate')}
        </Button>
      </Group>
      {letters.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="consultation-letters-none">
          {t('letters.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('letters.columns.generatedAt')}</Table.Th>
                <Table.Th>{t('letters.columns.generatedBy')}</Table.Th>
                <Table.Th ta="end">{t('letters.columns.pages')}</Table.Th>
                <Table.Th>{t('letters.columns.languages')}</Table.Th>
                <Table.Th>{t('letters.columns.sha256')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {letters.map((l) => (
                <Table.Tr key={`${l.sha256}-${l.generatedAt}`} data-testid="consultation-letter">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{format.dateTime(l.generatedAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{l.generatedBy}</Text>
                  </Table.Td>
                  <Table.Td ta="end">
                    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.number(l.pages)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {LANGUAGE_NAMES[l.language]}
                      {l.secondLanguage ? ` + ${LANGUAGE_NAMES[l.secondLanguage]}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text
                        size="xs"
                        ff="monospace"
                        style={{ overflowWrap: 'anywhere' }}
                        data-testid="consultation-letter-sha256"
                      >
                        {l.sha256}
                      </Text>
                      <CopyButton value={l.sha256} timeout={1500}>
                        {({ copied, copy }) => (
                          <Tooltip label={copied ? t('letters.copied') : t('letters.copy')}>
                            <ActionIcon
                              variant="subtle"
                              color={copied ? 'teal' : 'gray'}
                              size="sm"
                              onClick={copy}
                              aria-label={t('letters.copy')}
                              data-testid="consultation-letter-copy"
                            >
                              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </CopyButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
