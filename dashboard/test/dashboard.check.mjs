#!/usr/bin/env node
// Drives the dashboard in headless Chromium (Debian's chromium, through playwright-core) against a running gateway
// and prints what the page showed at each step as one JSON document on stdout; the end-to-end test
// (tests/Mediazona.EndToEnd.Tests/DashboardTests.cs) asserts on it. Steps:
//   1. open the page filtered to --court as of --as-of (API key from --key, stored as the page stores it);
//   2. with --live-case: submit that JSON (a SubmitCasesRequest) with --ingest-key and wait until the headline
//      figures (WatchSummary) and then the charts (a reload) show one case more;
//   3. pick --article in the article filter;
//   4. switch to English;
//   5. drop the court filter and sort the court table by cases, ascending then descending;
//   6. screenshots (desktop, Russian, step 1; phone, English, the end) into --screenshots.
// Exit codes: 0 ran (the assertions are the caller's), 2 bad arguments or no Chromium, 1 a step failed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    key: { type: 'string', default: '' },
    court: { type: 'string', default: '' },
    'as-of': { type: 'string', default: '' },
    article: { type: 'string', default: '' },
    'live-case': { type: 'string', default: '' },
    'ingest-key': { type: 'string', default: '' },
    screenshots: { type: 'string', default: '' },
    chromium: { type: 'string', default: process.env.MZ_CHROMIUM || '/usr/bin/chromium' },
    timeout: { type: 'string', default: '60000' },
  },
});

function fail(code, message) {
  process.stderr.write(`dashboard.check: ${message}\n`);
  process.exit(code);
}

if (!args.url)
  fail(2, 'usage: dashboard.check.mjs --url http://127.0.0.1:8080 [--key K] [--court C] [--as-of YYYY-MM-DD] [--article 337] [--live-case case.json --ingest-key K] [--screenshots DIR]');
if (!existsSync(args.chromium))
  fail(2, `Chromium not found at ${args.chromium}: install Debian's package (apt-get install chromium; deploy/local/lib.sh ensure_packages does) or set MZ_CHROMIUM`);

const timeout = Number(args.timeout);
const base = args.url.replace(/\/$/, '');
const errors = [];
const report = { steps: {}, screenshots: [], errors };

const browser = await chromium.launch({
  executablePath: args.chromium,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

async function snapshot(page) {
  return page.evaluate(() => window.mzDashboard.snapshot());
}

/** Waits until a load after `loadsBefore` has finished (or the page reports a problem), then snapshots. */
async function settled(page, loadsBefore, what) {
  try {
    await page.waitForFunction((before) => {
      const { state, loads } = document.body.dataset;
      return (state === 'ready' && Number(loads) > before) || state === 'auth' || state === 'error';
    }, loadsBefore, { timeout });
  } catch (error) {
    throw new Error(`${what}: the dashboard did not finish loading (${error.message}); page: ${JSON.stringify(await snapshot(page))}`);
  }
  const shot = await snapshot(page);
  if (shot.state !== 'ready')
    throw new Error(`${what}: the dashboard reports '${shot.state}': ${shot.message}`);
  return shot;
}

async function screenshot(page, name) {
  if (!args.screenshots)
    return;
  mkdirSync(args.screenshots, { recursive: true });
  const path = join(args.screenshots, name);
  await page.screenshot({ path, fullPage: true });
  report.screenshots.push(path);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  // The key as the page's own key form stores it; Russian first, whatever the browser's language.
  await context.addInitScript(({ key }) => {
    if (!sessionStorage.getItem('mz.check')) {
      sessionStorage.setItem('mz.check', '1');
      if (key)
        localStorage.setItem('mz.apiKey', key);
      localStorage.setItem('mz.lang', 'ru');
    }
  }, { key: args.key });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400)
      errors.push(`http: ${response.status()} ${response.request().method()} ${response.url()}`);
  });

  const hash = new URLSearchParams();
  if (args['as-of'])
    hash.set('asOf', args['as-of']);
  if (args.court)
    hash.set('court', args.court);
  // reload=2: charts follow a new data version after 2 s instead of 15 (the test waits for it).
  await page.goto(`${base}/?reload=2#${hash}`);
  const initial = await settled(page, 0, 'first load');
  report.steps.initial = initial;
  await screenshot(page, 'dashboard-desktop-ru.png');

  if (args['live-case']) {
    const response = await fetch(`${base}/api/v1/cases:submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': args['ingest-key'] },
      body: readFileSync(args['live-case'], 'utf8'),
    });
    if (!response.ok)
      throw new Error(`live case: submit answered ${response.status} ${await response.text()}`);
    const before = Number(initial.tiles.cases.value);
    await page.waitForFunction((expected) => document.querySelector('#tiles [data-field="cases"]')?.dataset.value === String(expected),
      before + 1, { timeout });
    report.steps.liveTiles = await snapshot(page);
    await page.waitForFunction((expected) => {
      const shot = window.mzDashboard.snapshot();
      const received = shot.charts.monthly.datasets.find((d) => d.key === 'received');
      return shot.state === 'ready' && received && received.data.reduce((a, b) => a + b, 0) === expected;
    }, before + 1, { timeout });
    report.steps.live = await snapshot(page);
  }

  if (args.article) {
    const loads = (await snapshot(page)).loads;
    await page.selectOption('#article', `${args.article}|`);
    report.steps.article = await settled(page, loads, 'article filter');
  }

  await page.click('[data-lang="en"]');
  report.steps.english = await snapshot(page);

  if (args.court) {
    const loads = (await snapshot(page)).loads;
    await page.selectOption('#court', '');
    await settled(page, loads, 'all courts');
  }
  await page.click('#courtTable thead button[data-sort="cases"]');
  report.steps.sortedAscending = await snapshot(page);
  await page.click('#courtTable thead button[data-sort="cases"]');
  report.steps.sortedDescending = await snapshot(page);

  await page.setViewportSize({ width: 390, height: 844 });
  // Let the charts follow the new width before measuring and taking the picture.
  await page.waitForTimeout(300);
  report.steps.phone = {
    viewportWidth: 390,
    documentWidth: await page.evaluate(() => document.documentElement.scrollWidth),
  };
  await screenshot(page, 'dashboard-phone-en.png');
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.stderr.write(`dashboard.check: ${error.message}\n${errors.join('\n')}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
