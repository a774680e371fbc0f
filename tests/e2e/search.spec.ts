import { test, expect } from './harness';
import { confirmRecoveryKey, createThroughUi, invokeOk, screen } from './support/flows';

test.describe('Global search', () => {
  test('a Cyrillic query finds Latin data as you type; Enter opens it, or all results', async ({
    app,
  }) => {
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const kosovo = await invokeOk(app, 'case:create', {
      fields: {
        reference: 'KU-2026/052',
        title: 'Ikona Sv. Nikole iz Peći',
        openedOn: '2026-02-01',
      },
    });
    const nikola = await invokeOk(app, 'party:create', {
      fields: { kind: 'person', givenNames: 'Nikola', familyName: 'Petrović' },
    });
    await invokeOk(app, 'party:assign-role', {
      caseId: kosovo.id,
      partyId: nikola.id,
      role: 'suspect',
    });
    await invokeOk(app, 'party:create', {
      fields: { kind: 'person', givenNames: 'Marija', familyName: 'Nikolić' },
    });
    await invokeOk(app, 'case:add-note', {
      caseId: kosovo.id,
      at: '2026-02-03T10:00',
      body: 'Nikolić je prepoznao ikonu na fotografiji.',
    });

    // Ctrl+K puts the cursor in the box; results come grouped, the match marked.
    await page.keyboard.press('Control+K');
    const box = page.getByTestId('global-search');
    await expect(box).toBeFocused();
    await box.pressSequentially('Никола Петр');
    const hits = page.getByTestId('global-search-hit');
    await expect(hits).toHaveCount(1);
    await expect(hits.first()).toHaveAttribute('data-kind', 'party');
    await expect(hits.first().getByTestId('global-search-hit-title').locator('mark')).toHaveText([
      'Petr',
      'Nikola',
    ]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(screen(page, 'party')).toBeVisible();
    await expect(page.getByTestId('party-name')).toHaveText('Nikola Petrović');

    // Enter without choosing: every result, in groups, with the case of each hit.
    await box.fill('');
    await box.pressSequentially('никол');
    await expect(page.getByTestId('global-search-dropdown')).toContainText('Cases');
    await page.keyboard.press('Enter');
    await expect(screen(page, 'search')).toBeVisible();
    await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', 'никол');
    await expect(page.getByTestId('search-group-party').getByTestId('search-hit')).toHaveCount(2);
    const caseHit = page.getByTestId('search-group-case').getByTestId('search-hit');
    await expect(caseHit).toHaveCount(1);
    await expect(caseHit.locator('mark')).toHaveText('Nikol');
    const noteHit = page.getByTestId('search-group-journal').getByTestId('search-hit');
    await expect(noteHit.getByTestId('search-hit-case')).toHaveText('KU-2026/052');
    await expect(noteHit.locator('mark').first()).toHaveText('Nikol');

    // Within one case: the parties of other cases are left out.
    await page.getByTestId('search-case').click();
    await page.getByRole('option', { name: 'KU-2026/052 — Ikona Sv. Nikole iz Peći' }).click();
    await expect(page.getByTestId('search-group-party').getByTestId('search-hit')).toHaveCount(1);
    await expect(page).toHaveURL(/case=/);

    // Nothing found is said, not left blank; the query is kept in the address.
    await page.getByTestId('search-query').fill('Скопје');
    await expect(page.getByTestId('search-nothing')).toBeVisible();
    await expect(page).toHaveURL(/q=%D0%A1/);

    // A result opens its page.
    await page.getByTestId('search-query').fill('ikona pec');
    await page.getByTestId('search-group-case').getByTestId('search-hit').click();
    await expect(page.getByTestId('case-title')).toHaveText('Ikona Sv. Nikole iz Peći');
  });
});
