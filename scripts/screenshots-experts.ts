import { expect, type Page } from '@playwright/test';
import type { AppHarness } from '../tests/e2e/support/app-harness';

/**
 * Screenshots of issue #7 on the demo case file: the directory of experts with one expert's
 * detail open (experts.png), the overdue consultation about the helmet (consultation.png) and the
 * krater's conflicting opinions with their summary (opinions.png).
 */
type Shoot = (page: Page, name: string) => Promise<void>;

interface Ok<T> {
  ok: boolean;
  value?: T;
}

async function invoke<T>(app: AppHarness, channel: string, input: unknown): Promise<T> {
  const result = (await app.invokeAs(app.url, channel, input)) as Ok<T>;
  if (!result.ok || result.value === undefined) throw new Error(`${channel} failed`);
  return result.value;
}

/** Waits until every image on the page has loaded (photo thumbnails arrive asynchronously). */
async function imagesLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(
      (globalThis as unknown as { document: { images: ArrayLike<{ complete: boolean }> } }).document
        .images,
    ).every((img) => img.complete),
  );
}

export async function shootExperts(app: AppHarness, page: Page, shoot: Shoot): Promise<void> {
  const park = () => page.mouse.move(0, 899);
  const experts = await invoke<{ id: string; overdueCount: number }[]>(app, 'expert:list', {});
  const overdue = experts.find((e) => e.overdueCount > 0);
  if (!overdue) throw new Error('the demo has no expert with an overdue consultation');

  await page.goto(`${app.url}#/case-file/experts?expert=${overdue.id}`);
  await expect(page.getByTestId('experts-table-row').first()).toBeVisible();
  await expect(page.getByTestId('expert-history-row').first()).toBeVisible();
  await park();
  await shoot(page, 'experts');

  const detail = await invoke<{
    consultations: { id: string; caseId: string; state: string }[];
  }>(app, 'expert:get', { id: overdue.id });
  const late = detail.consultations.find((c) => c.state === 'overdue');
  if (!late) throw new Error('the overdue consultation is missing');
  await page.goto(`${app.url}#/case-file/cases/${late.caseId}/experts/${late.id}`);
  await expect(page.getByTestId('consultation-state')).toHaveAttribute('data-state', 'overdue');
  await expect(page.getByTestId('consultation-object').first()).toBeVisible();
  await imagesLoaded(page);
  await park();
  await shoot(page, 'consultation');

  const opinions = await invoke<{ objectId: string; exhibitNumber: string }[]>(
    app,
    'opinion:for-case',
    { caseId: late.caseId },
  );
  const krater = opinions.find((o) => o.exhibitNumber === 'T-2');
  if (!krater) throw new Error('the demo krater has no opinions');
  await page.goto(`${app.url}#/case-file/objects/${krater.objectId}/opinions`);
  await expect(page.getByTestId('opinion-column')).toHaveCount(2);
  await expect(page.getByTestId('opinion-summary-authenticity')).toHaveAttribute(
    'data-state',
    'disputed',
  );
  await park();
  await shoot(page, 'opinions');
}
