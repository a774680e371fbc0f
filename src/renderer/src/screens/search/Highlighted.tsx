import { Mark } from '@mantine/core';
import { Fragment } from 'react';
import type { SearchHit } from '../../../../shared/domain/search-views';

type Segments = SearchHit['snippet'];

/**
 * Markdown emphasis and code marks in a snippet of Markdown text (a case summary, a journal
 * note): shown as they are they read as noise ("**Batrovci**"), and a snippet is too short to
 * render as Markdown.
 */
const MARKUP = /\*\*|__|\*|`/g;

/** A result's text with what the query matched marked (<mark>), in the original spelling. */
export function Highlighted({ segments, plain }: { segments: Segments; plain?: boolean }) {
  const text = (t: string) => (plain ? t.replace(MARKUP, '') : t);
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <Mark key={i} color="yellow" px={1} style={{ borderRadius: 2 }}>
            {text(s.text)}
          </Mark>
        ) : (
          <Fragment key={i}>{text(s.text)}</Fragment>
        ),
      )}
    </>
  );
}
