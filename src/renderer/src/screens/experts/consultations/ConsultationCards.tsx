import {
  Alert,
  Anchor,
  Badge,
  Card,
  DataList,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlarm, IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ConsultationView, ExpertView } from '../../../../../shared/domain/expert-views';
import type { ObjectSummary } from '../../../../../shared/domain/object-views';
import { PhotoThumb } from '../../../components/photos/PhotoThumb';
import { useDataText } from '../../../components/data/data-text';
import { useCalendarDate } from '../../../components/data/dates';
import { useVocabulary } from '../../../hooks/useVocabulary';
import { LANGUAGE_NAMES } from '../../../lib/language-names';
import { DetailRow } from '../../documents/DetailRow';
import { useCountries } from '../../objects/fields/countries';
import { useSpokenLanguages } from '../directory/languages';
import { objectRoutes } from '../../objects/object-routes';
import { TEMPLATE_KINDS, type TemplateKind } from './consultation-form';
import { useQuestionText } from './consultation-marks';
import { consultationRoutes } from './consultation-routes';
import { useConsultationsText } from './consultations-text';

function useNone(): ReactNode {
  const data = useDataText();
  return (
    <Text span size="sm" c="gray.5">
      {data('notGiven')}
    </Text>
  );
}

/**
 * The expert asked: name (a link to their row in the directory), institution, country, the
 * languages they speak, fields of expertise and how to reach them. `expert` is the directory's
 * record when it could be read; the consultation's own copy of the name is shown otherwise.
 */
export function ExpertCard(props: { consultation: ConsultationView; expert: ExpertView | null }) {
  const { consultation: c, expert } = props;
  const t = useConsultationsText();
  const countries = useCountries();
  const fields = useVocabulary('expertise_field');
  const spoken = useSpokenLanguages();
  const none = useNone();
  return (
    <Card h="100%" data-testid="consultation-expert">
      <Title order={3} size="h5" mb="xs">
        {t('page.expert')}
      </Title>
      <Stack gap={2} mb="sm">
        <Anchor
          component={Link}
          to={consultationRoutes.expert(c.expertId)}
          fw={600}
          w="fit-content"
          data-testid="consultation-expert-link"
        >
          <Group gap={4} wrap="nowrap">
            {expert?.title ? `${expert.title} ${c.expertName}` : c.expertName}
            <IconExternalLink size={14} aria-hidden />
          </Group>
        </Anchor>
        {c.expertInstitution ? <Text size="sm">{c.expertInstitution}</Text> : null}
        {c.expertCountry ? (
          <Text size="sm" c="dimmed">
            {countries.nameOf(c.expertCountry)}
          </Text>
        ) : null}
      </Stack>
      {expert ? (
        <DataList size="sm">
          <DetailRow label={t('page.languages')}>
            {expert.languages.length > 0 ? expert.languages.map(spoken.nameOf).join(', ') : none}
          </DetailRow>
          <DetailRow label={t('page.fields')}>
            {expert.fields.length > 0 ? (
              <Group gap={4}>
                {expert.fields.map((f) => (
                  <Badge key={f} size="sm" variant="outline" color="gray" tt="none" fw={500}>
                    {fields.labelOf(f)}
                  </Badge>
                ))}
              </Group>
            ) : (
              none
            )}
          </DetailRow>
          {expert.email || expert.phone ? (
            <DetailRow label={t('page.contact')}>
              {[expert.email, expert.phone].filter(Boolean).join(' · ')}
            </DetailRow>
          ) : null}
          {expert.courtRegistration || expert.accreditation ? (
            <DetailRow label={t('page.accreditation')}>
              {[expert.accreditation, expert.courtRegistration].filter(Boolean).join(' · ')}
            </DetailRow>
          ) : null}
        </DataList>
      ) : null}
    </Card>
  );
}

/**
 * The mandate and the calendar: legal basis, who ordered the examination and their number, our
 * reference, the deadline (with a warning once it has passed unanswered), when it was sent and
 * answered, and the letter's languages and signatory.
 */
export function MandateCard(props: { consultation: ConsultationView }) {
  const { consultation: c } = props;
  const t = useConsultationsText();
  const date = useCalendarDate();
  const none = useNone();
  const text = (value: string) => (value ? value : none);
  return (
    <Card h="100%" data-testid="consultation-mandate">
      <Title order={3} size="h5" mb="xs">
        {t('page.mandate')}
      </Title>
      {c.state === 'overdue' && c.overdueDays !== null ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlarm size={18} />}
          mb="sm"
          p="xs"
          data-testid="consultation-overdue"
        >
          {t('page.overdueWarning', { count: c.overdueDays, deadline: date(c.deadline ?? '') })}
        </Alert>
      ) : null}
      <DataList size="sm">
        <DetailRow label={t('fields.legalBasis')}>{text(c.legalBasis)}</DetailRow>
        <DetailRow label={t('fields.orderedBy')}>
          {c.orderedBy || c.orderReference
            ? [c.orderedBy, c.orderReference].filter(Boolean).join(' · ')
            : none}
        </DetailRow>
        <DetailRow label={t('fields.reference')}>{text(c.reference)}</DetailRow>
        <DetailRow label={t('fields.deadline')} testId="consultation-deadline">
          {c.deadline ? (
            <Text
              span
              size="sm"
              c={c.state === 'overdue' ? 'red.8' : undefined}
              fw={c.state === 'overdue' ? 600 : undefined}
            >
              {date(c.deadline)}
            </Text>
          ) : (
            none
          )}
        </DetailRow>
        <DetailRow label={t('fields.sentOn')}>{c.sentOn ? date(c.sentOn) : none}</DetailRow>
        <DetailRow label={t('fields.receivedOn')}>
          {c.receivedOn
            ? c.turnaroundDays !== null
              ? t('page.receivedAfter', { date: date(c.receivedOn), count: c.turnaroundDays })
              : date(c.receivedOn)
            : none}
        </DetailRow>
        <DetailRow label={t('page.letterLanguages')} testId="consultation-languages">
          {LANGUAGE_NAMES[c.language]}
          {c.secondLanguage ? ` + ${LANGUAGE_NAMES[c.secondLanguage]}` : ''}
        </DetailRow>
        <DetailRow label={t('fields.signatory')}>{text(c.signatory)}</DetailRow>
      </DataList>
    </Card>
  );
}

/**
 * The objects asked about: photo, exhibit number and title, each leading to the object's
 * opinions. Photos come from the case's object list when it holds the object.
 */
export function ObjectsCard(props: {
  consultation: ConsultationView;
  caseObjects: readonly ObjectSummary[] | null;
}) {
  const { consultation: c } = props;
  const t = useConsultationsText();
  const covers = new Map((props.caseObjects ?? []).map((o) => [o.id, o.coverAttachmentId]));
  return (
    <Card data-testid="consultation-objects">
      <Title order={3} size="h5" mb="xs">
        {t('page.objects', { count: c.objects.length })}
      </Title>
      <Table verticalSpacing={6} highlightOnHover>
        <Table.Tbody>
          {c.objects.map((o) => (
            <Table.Tr key={o.id} data-testid="consultation-object">
              <Table.Td w={56}>
                <PhotoThumb attachmentId={covers.get(o.id) ?? null} size={44} alt={o.title} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} w="1%">
                <Anchor
                  component={Link}
                  to={objectRoutes.object(o.id)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                >
                  {o.exhibitNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={o.title}>
                  {o.title}
                </Text>
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                <Anchor
                  component={Link}
                  to={objectRoutes.tab(o.id, 'opinions')}
                  size="sm"
                  data-testid="consultation-object-opinions"
                >
                  {t('page.objectOpinions')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {c.objects.length > 1 ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('page.objectsNote', { count: c.objects.length })}
        </Text>
      ) : null}
    </Card>
  );
}

const isTemplate = (kind: string): kind is TemplateKind =>
  (TEMPLATE_KINDS as readonly string[]).includes(kind);

/** The questions as numbered in the letter: the case's own wording, or the standard one. */
export function QuestionsCard(props: { consultation: ConsultationView }) {
  const t = useConsultationsText();
  const text = useQuestionText();
  return (
    <Card data-testid="consultation-questions">
      <Title order={3} size="h5" mb="xs">
        {t('page.questions', { count: props.consultation.questions.length })}
      </Title>
      <List type="ordered" spacing={8} size="sm">
        {props.consultation.questions.map((q, i) => {
          const standard = q.text.trim() === '' && isTemplate(q.kind);
          return (
            <List.Item key={`${i}-${q.kind}`} data-testid="consultation-question">
              <Stack gap={2}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {standard && isTemplate(q.kind) ? text.standard(q.kind) : q.text}
                </Text>
                <Group gap={6}>
                  <Badge size="xs" variant="light" color="steel" tt="none">
                    {q.kind === 'custom' ? t('page.ownQuestion') : text.kindLabel(q.kind)}
                  </Badge>
                  {standard ? (
                    <Text size="xs" c="dimmed">
                      {t('page.standardWording')}
                    </Text>
                  ) : null}
                </Group>
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </Card>
  );
}
