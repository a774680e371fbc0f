import { Text, Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';
import { useDataText } from './data-text';

/**
 * Links and images are shown, never followed or fetched: a link is its text (the address in the
 * tooltip), an image its description. The app makes no network requests and leaves no trail of
 * an investigation in anyone's server logs. Raw HTML is never rendered (react-markdown's default).
 */
const components: Components = {
  a: ({ children, href }) => (
    <Text span inherit td="underline" style={{ textDecorationStyle: 'dotted' }} title={href}>
      {children}
    </Text>
  ),
  img: ({ alt, src }) => (
    <Text span inherit c="dimmed" title={typeof src === 'string' ? src : undefined}>
      [{alt || '…'}]
    </Text>
  ),
};

export function MarkdownView(props: { children: string; testId?: string; size?: 'xs' | 'sm' }) {
  const t = useDataText();
  if (props.children.trim() === '') {
    return (
      <Text size={props.size ?? 'sm'} c="dimmed" data-testid={props.testId}>
        {t('markdown.empty')}
      </Text>
    );
  }
  return (
    <Typography
      fz={props.size ?? 'sm'}
      data-testid={props.testId}
      style={{ overflowWrap: 'anywhere' }}
    >
      <Markdown components={components}>{props.children}</Markdown>
    </Typography>
  );
}
