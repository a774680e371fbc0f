import { expect, type Page } from '@playwright/test';
import type { AppHarness } from '../tests/e2e/support/app-harness';

/**
 * Screenshots of issue #8 on the demo case file: the indicator catalogue
 * (indicators-catalogue.png), the ICOM Red Lists (indicators-redlists.png), the transit case's
 * risk overview (indicators-risk.png) and its suggestions beside the observations
 * (indicators-suggestions.png), and the helmet's Indicators tab (indicators-object.png).
 */
type Shoot = (page: Page, name: string) => Promise<void>;

async function invoke<T>(app: AppHarness, channel: string, input: unknown): Promise<T> {
  const result = (await app.invokeAs(app.url, channel, input)) as { ok: boolean; value?: T };
  if (!result.ok || result.value === undefined) throw new Error(`${channel} failed`);
  return result.value;
}

/** Scrolls `testId` to the top of the window, below the header. */
async function scrollTo(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).evaluate((e) => {
    e.scrollIntoView({ block: 'start' });
    e.ownerDocument.defaultView?.scrollBy(0, -70);
  });
}

export async function shootIndicators(app: AppHarness, page: Page, shoot: Shoot): Promise<void> {
  const park = () => page.mouse.move(0, 899);

  await page.goto(`${app.url}#/case-file/indicators`);
  await expect(page.getByTestId('screen-IndicatorsScreen')).toBeVisible();
  await expect(page.getByTestId('indicators-row').first()).toBeVisible();
  await park();
  await shoot(page, 'indicators-catalogue');
  await page.getByTestId('indicators-tab-redlists').click();
  await expect(page.getByTestId('indicators-redlist')).toHaveCount(3);
  await park();
  await shoot(page, 'indicators-redlists');

  const cases = await invoke<{ id: string; reference: string }[]>(app, 'case:list', {});
  const transit = cases.find((c) => c.reference === 'ITCG-2026-0007');
  if (!transit) throw new Error('the demo case file has no transit case');
  await page.goto(`${app.url}#/case-file/cases/${transit.id}/indicators`);
  const risk = page.getByTestId('risk-overview');
  await expect(risk).toHaveAttribute('data-loaded', 'true');
  await expect(page.getByTestId('suggestion-card').first()).toBeVisible();
  await park();
  await scrollTo(page, 'risk-overview');
  await shoot(page, 'indicators-risk');
  await scrollTo(page, 'suggestions-panel');
  await shoot(page, 'indicators-suggestions');

  const { rows } = await invoke<{ rows: { id: string }[] }>(app, 'object:list', {
    caseId: transit.id,
    limit: 500,
  });
  const matched = [];
  for (const o of rows) {
    const matches = await invoke<unknown[]>(app, 'redlist:matches', { objectId: o.id });
    if (matches.length > 0) matched.push(o);
  }
  const object = matched[0];
  if (!object) throw new Error('the demo transit case has no object matched to a Red List');
  await page.goto(`${app.url}#/case-file/objects/${object.id}/indicators`);
  await expect(page.getByTestId('redlist-match-row').first()).toBeVisible();
  await park();
  await shoot(page, 'indicators-object');
}
