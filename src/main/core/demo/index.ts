/** The demo case file's content: realistic cases for screenshots, e2e tests and trying the app. */
export {
  populateDemo,
  DEMO_REFERENCE_PATTERN,
  type DemoOptions,
  type DemoSummary,
} from './populate-demo';
export type { DemoTally } from './demo-writer';
