import { h1, para } from '../../engine/blocks';
import type { ReportBuilder } from '../../engine/frame';

/** STUB (issue #9 foundation): one placeholder section. */
export const buildReturn: ReportBuilder = (model, w) => {
  const title = w.one((t) => t.kind[model.meta.kind]);
  return {
    content: [h1(title), para(model.meta.caseReference)],
    headings: [title],
    cover: false,
    toc: false,
  };
};
