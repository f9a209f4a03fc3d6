import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openDatabase } from '../activities/store/database';
import { freePort } from '../test/support/ports';
import { addUser, launchChromium, startApi } from '../test/support/webStack';
import { Figure } from './timing';
import { GUIDELINES, loadCountyReadModel, OPEN_ROUNDS } from './webReadModel';

const command = 'npm run bench -- web';
const WARM_UP = 10;
const REQUESTS = 100;
const BROWSER_WARM_UP = 3;
const LOADS = 20;

/** The targets: the API 100 ms at p95, the forecast 500 ms, a page usable in Chromium within 1 s. */
const API_TARGET_MS = 100;
const FORECAST_TARGET_MS = 500;
const PAGE_TARGET_MS = 1000;

/** A word of many titles, and an organisation that many rounds remind. */
const SEARCH = 'vård';
const ORGANISATION = 'kommun-boras';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** p50 / p95 against a target on the p95, said so in the figure. */
function figure(name: string, samples: number[], targetMs: number): Figure {
  const p95 = percentile(samples, 95);
  const met = p95 <= targetMs ? 'met' : 'MISSED';
  return {
    name: `${name}, p50 / p95 of ${samples.length} (target p95 ≤ ${targetMs} ms: ${met})`,
    value: `${ms(percentile(samples, 50))} / ${ms(p95)}`,
    command,
  };
}

/** Someone signed in over HTTP: the session cookie, as a browser keeps it. */
async function signIn(url: string, username: string, password: string): Promise<string> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value) cookies.set(name, value);
      else cookies.delete(name);
    }
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const first = await fetch(`${url}/api/session`);
  keep(first);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const signed = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: cookie() },
    body: JSON.stringify({ username, password }),
  });
  if (signed.status !== 200) throw new Error(`signing in answered ${signed.status}: ${await signed.text()}`);
  keep(signed);
  return cookie();
}

/**
 * Wall time of each of REQUESTS GETs, one after another, after WARM_UP; each must answer 200, and the first must
 * hold what `check` looks for (it says what, in words).
 */
async function timeRequests(
  url: string,
  cookie: string,
  check: (body: string) => string,
): Promise<{ samples: number[]; bytes: number; said: string }> {
  const samples: number[] = [];
  let bytes = 0;
  let said = '';
  for (let i = 0; i < WARM_UP + REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${body.slice(0, 500)}`);
    if (i === 0) said = check(body);
    if (i >= WARM_UP) samples.push(elapsed);
    bytes = Buffer.byteLength(body);
  }
  return { samples, bytes, said };
}

/** The navigation's entry, once its load event has ended: from navigation start to that end, in ms. */
const LOAD_TIME = `(() => {
  const [entry] = performance.getEntriesByType('navigation');
  return entry && entry.loadEventEnd > 0 ? entry.loadEventEnd - entry.startTime : undefined;
})()`;

/** Navigation start to the end of the load event, by the Navigation Timing API, for LOADS loads after a warm-up. */
async function timeLoads(page: Page, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < BROWSER_WARM_UP + LOADS; i++) {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`Chromium got ${response?.status()} for ${url}`);
    // In the page's own terms (this project compiles without the DOM's types): once the load event has ended.
    const handle = await page.waitForFunction(LOAD_TIME);
    if (i >= BROWSER_WARM_UP) samples.push((await handle.jsonValue()) as number);
  }
  return samples;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * The web server as `npm run api` runs it, on a read model of 10,000 guidelines and 1,000 open rounds to the 57
 * municipalities and regional administrations, as the workflows publish them. Temporal is named but not running:
 * every page measured reads the read model alone. Through HTTP, signed in: the overview, the filtered register,
 * a round, and the forecast whole and for one organisation, the API and the pages; in Chromium, each page's time
 * from navigation start to the end of its load event.
 */
export async function benchWeb(): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-web-'));
  const env = { DATA_DIR: dataDir, TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` };
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    const db = await openDatabase({ sqliteFile: path.join(dataDir, 'ledger.sqlite') });
    const loadStarted = Date.now();
    const loaded = await loadCountyReadModel(db, new Date(), (done) => console.error(`bench web: ${done} projections written`));
    const loadMs = Date.now() - loadStarted;
    await db.destroy();
    console.error(
      `bench web: ${loaded.subjects} subjects and ${loaded.upcomingMail} upcoming_mail rows in ${(loadMs / 1000).toFixed(0)} s`,
    );

    const password = 'a long enough password';
    await addUser(env, { username: 'bench', name: 'Bench Processledare', role: 'process-owner', password });
    api = await startApi(env);
    const cookie = await signIn(api.url, 'bench', password);

    const { guidelineId, round } = loaded.sampleRound;
    const roundPath = `/guidelines/${guidelineId}/rounds/${round}`;
    const register = `status=in-force&body=VVG&kind=guideline&q=${encodeURIComponent(SEARCH)}`;
    const organisation = `organisation=${ORGANISATION}`;
    const count = (n: number) => n.toLocaleString('en');
    /** What a JSON answer holds, in words for the figure; an answer with nothing in it fails the benchmark. */
    const holds = (describe: (value: any) => string | undefined) => (body: string) => {
      const said = describe(JSON.parse(body));
      if (!said) throw new Error(`an answer with nothing to measure: ${body.slice(0, 500)}`);
      return said;
    };
    const shows = (text: string) => (body: string) => {
      if (!body.includes(text)) throw new Error(`the page lacks "${text}": ${body.slice(0, 500)}`);
      return `shows "${text}"`;
    };
    const page = (n: number) => (n > 0 ? `${count(n)} rows, the first 50` : undefined);
    const cases = [
      {
        name: 'the overview',
        api: '/api/overview',
        html: '/',
        holds: holds((o) =>
          o.answerDeadlines.length && o.expiring.length
            ? `${o.answerDeadlines.length} answer deadlines, ${count(o.expiring.length)} expiring, ${o.expired.length} expired`
            : undefined,
        ),
        shows: shows('Att göra'),
        target: API_TARGET_MS,
      },
      {
        name: `the register filtered by status, body, kind and "${SEARCH}"`,
        api: `/api/guidelines?${register}`,
        html: `/guidelines?${register}`,
        holds: holds((p) => page(p.total)),
        shows: shows('<table'),
        target: API_TARGET_MS,
      },
      {
        name: "a round's page",
        api: `/api${roundPath}`,
        html: roundPath,
        holds: holds((r) => (r.recipients.length === 57 ? `57 organisations, ${r.progress.notAnsweredCount} silent` : undefined)),
        shows: shows('<progress'),
        target: API_TARGET_MS,
      },
      {
        name: 'the forecast, 12 months',
        api: '/api/forecast',
        html: '/forecast',
        holds: holds((p) => page(p.total)),
        shows: shows('<table'),
        target: FORECAST_TARGET_MS,
      },
      {
        name: `the forecast for ${ORGANISATION}`,
        api: `/api/forecast?${organisation}`,
        html: `/forecast?${organisation}`,
        holds: holds((p) => page(p.total)),
        shows: shows('<table'),
        target: FORECAST_TARGET_MS,
      },
    ];
    const shown = (path: string) => path.replace(guidelineId, '{id}').replace(encodeURIComponent(SEARCH), SEARCH);

    const figures: Figure[] = [
      {
        name: `read model written by the workflows' projection functions through writeProjection: ${count(GUIDELINES)} guidelines, ${count(OPEN_ROUNDS)} open rounds to 57 organisations; rows in subjects / upcoming_mail`,
        value: `${count(loaded.subjects)} / ${count(loaded.upcomingMail)} (written in ${(loadMs / 1000).toFixed(0)} s)`,
        command,
      },
    ];
    for (const c of cases) {
      const { samples, bytes, said } = await timeRequests(`${api.url}${c.api}`, cookie, c.holds);
      figures.push(figure(`API GET ${shown(c.api)}: ${c.name} (${said}; ${kb(bytes)})`, samples, c.target));
    }
    for (const c of cases) {
      const { samples, bytes } = await timeRequests(`${api.url}${c.html}`, cookie, c.shows);
      figures.push(figure(`page GET ${shown(c.html)}: ${c.name} (HTML ${kb(bytes)}; the target of its API route)`, samples, c.target));
    }

    browser = await launchChromium();
    const context = await browser.newContext();
    const url = new URL(api.url);
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
        return { name, value, domain: url.hostname, path: '/', httpOnly: true, sameSite: 'Lax' as const };
      }),
    );
    const tab = await context.newPage();
    for (const c of cases) {
      const samples = await timeLoads(tab, `${api.url}${c.html}`);
      figures.push(figure(`Chromium: ${shown(c.html)} usable, navigation start to load end: ${c.name}`, samples, PAGE_TARGET_MS));
    }
    return figures;
  } finally {
    await browser?.close();
    await api?.process.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
