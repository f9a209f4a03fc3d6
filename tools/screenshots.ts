import fs from 'node:fs';
import path from 'node:path';
import { startTour, TOUR_PASSWORD, tourPages, tourPath } from '../test/support/pageTour';
import { launchChromium } from '../test/support/webStack';

/**
 * `npm run screenshots`: every page of the page tour in Swedish, photographed into docs/screenshots/ for the README.
 * The same tour the accessibility test (test/e2e/everyPage.test.ts) takes, on the real stack.
 */
const MAX_HEIGHT = 1800;

async function main() {
  const out = path.resolve(__dirname, '../docs/screenshots');
  fs.mkdirSync(out, { recursive: true });
  const [tour, browser] = await Promise.all([startTour('screenshots'), launchChromium()]);
  try {
    const signedIn = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const signedOut = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const login = await signedIn.newPage();
    await login.goto(`${tour.url}/login`);
    await login.getByLabel('Användarnamn', { exact: true }).fill(tour.username);
    await login.getByLabel('Lösenord', { exact: true }).fill(TOUR_PASSWORD);
    await login.getByRole('button', { name: 'Logga in' }).click();
    await login.waitForURL(`${tour.url}/`);
    for (const tourPage of tourPages) {
      const { name, signedOut: anonymous } = tourPage;
      const page = await (anonymous ? signedOut : signedIn).newPage();
      await page.goto(`${tour.url}${tourPath(tourPage, tour)}`);
      // The top of a long page (a round's 57 organisations, a year's forecast) says what it is; the files stay small.
      const height = Math.min(await page.evaluate('document.documentElement.scrollHeight'), MAX_HEIGHT);
      await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1280, height } });
      await page.close();
      console.error(`screenshots: ${name}`);
    }
  } finally {
    await browser.close();
    await tour.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
