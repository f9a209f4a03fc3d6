import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { startTour, Tour, TOUR_PASSWORD, tourPages, tourPath } from '../support/pageTour';
import { launchChromium } from '../support/webStack';

/*
 * Every page of the web app, in Swedish and in English, as a county would see it a few weeks into use: each answers
 * as it should and axe-core finds no violation of WCAG 2.1 AA, the level the law on accessibility of digital public
 * services asks (EN 301 549).
 */

let tour: Tour;
let browser: Browser;
let signedIn: BrowserContext;
let signedOut: BrowserContext;

beforeAll(async () => {
  [tour, browser] = await Promise.all([startTour('every-page-e2e'), launchChromium()]);
  [signedIn, signedOut] = await Promise.all([browser.newContext(), browser.newContext()]);
  const page = await signedIn.newPage();
  await page.goto(`${tour.url}/login`);
  await page.getByLabel('Användarnamn', { exact: true }).fill(tour.username);
  await page.getByLabel('Lösenord', { exact: true }).fill(TOUR_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`${tour.url}/`);
  await page.close();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await tour?.stop();
});

describe.each(['sv', 'en'])('every page in %s', (language) => {
  beforeAll(async () => {
    for (const context of [signedIn, signedOut]) {
      const page = await context.newPage();
      await page.goto(`${tour.url}/language/${language}?back=%2F`);
      await page.close();
    }
  });

  test.each(tourPages)('$name ($path) answers and passes axe', async (tourPage) => {
    const { signedOut: anonymous, status } = tourPage;
    const path = tourPath(tourPage, tour);
    const page = await (anonymous ? signedOut : signedIn).newPage();
    try {
      const response = await page.goto(`${tour.url}${path}`);
      expect({ path, status: response?.status() }).toEqual({ path, status: status ?? 200 });
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    } finally {
      await page.close();
    }
  });
});
