import { Mark } from '@mantine/core';
import { Fragment } from 'react';
import type { SearchHit } from '../../../../shared/domain/search-views';

type Segments = SearchHit['snippet'];

/** A result's text with what the query matched marked (<mark>), in the original spelling. */
export function Highlighted({ segments }: { segments: Segments }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <Mark key={i} color="yellow" px={1} style={{ borderRadius: 2 }}>
            {s.text}
          </Mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}
