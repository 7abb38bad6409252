#!/usr/bin/env node
// Drives the dashboard in headless Chromium (Debian's chromium, through playwright-core) against a running gateway,
// through the page's own controls, and prints what the page showed after each step as one JSON document on stdout;
// the end-to-end tests (tests/Mediazona.EndToEnd.Tests/DashboardTests.cs, Study/StudyDashboardTests.cs) assert on
// it. The steps come from --plan, a JSON array of actions run in order; an action with a "name" records the page's
// snapshot (window.mzDashboard.snapshot()) under report.steps[name]:
//   { "do": "open", "filters": { asOf, courts: [...], article, part, allCases } }   load the page at that fragment
//   { "do": "reload" }                                    reload the page at its current URL (a shared link)
//   { "do": "courts", "pick": ["35GV0001", ...] }         the court picker: clear, then tick each court ([]: all)
//   { "do": "article", "value": "337|5" }                 the article select ("337|" an article, "" all)
//   { "do": "asOf", "value": "2023-03-21" }               the date field
//   { "do": "live", "file": "case.json", "key": "..." }   submit a SubmitCasesRequest while the page is open, wait for
//                                                         the tiles (WatchSummary; snapshot "<name>Tiles"), then the charts
//   { "do": "lang", "value": "en" }                       the language switch
//   { "do": "sort", "key": "cases" }                      a click on the court table's column header ("table":
//                                                         "courtHealthTable": the Courts panel's)
//   { "do": "health" }                                    wait until the Courts panel has its answer (or its failure)
//   { "do": "click", "selector": "#courtSummary" }        a click on any element (no reload awaited)
//   { "do": "viewport", "width": 390, "height": 844 }     resize; records { viewportWidth, documentWidth }
//   { "do": "measure" }                                   records { viewportWidth, documentWidth } as the page is now
//   { "do": "screenshot", "file": "dashboard.png" }       a full-page picture into --screenshots ("fullPage": false: the screen)
// A step that loads waits until the figures drawn are those of the filters shown. The API key (--key) is stored as
// the page's key form stores it, and the page starts in Russian.
// Exit codes: 0 ran (the assertions are the caller's), 2 bad arguments or no Chromium, 1 a step failed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { formatHash } from '../src/model.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    key: { type: 'string', default: '' },
    plan: { type: 'string', default: '' },
    screenshots: { type: 'string', default: '' },
    chromium: { type: 'string', default: process.env.MZ_CHROMIUM || '/usr/bin/chromium' },
    timeout: { type: 'string', default: '60000' },
  },
});

function fail(code, message) {
  process.stderr.write(`dashboard.check: ${message}\n`);
  process.exit(code);
}

if (!args.url || !args.plan)
  fail(2, 'usage: dashboard.check.mjs --url http://127.0.0.1:8080 --plan plan.json [--key K] [--screenshots DIR]');
if (!existsSync(args.chromium))
  fail(2, `Chromium not found at ${args.chromium}: install Debian's package (apt-get install chromium; deploy/local/lib.sh ensure_packages does) or set MZ_CHROMIUM`);
let plan;
try {
  plan = JSON.parse(readFileSync(args.plan, 'utf8'));
} catch (error) {
  fail(2, `--plan ${args.plan}: ${error.message}`);
}
if (!Array.isArray(plan) || plan[0]?.do !== 'open')
  fail(2, '--plan must be a JSON array of actions that starts with "open"');

const timeout = Number(args.timeout);
const base = args.url.replace(/\/$/, '');
const errors = [];
const report = { steps: {}, screenshots: [], errors };

const browser = await chromium.launch({
  executablePath: args.chromium,
  headless: true,
  // The background-networking flags keep Chromium from calling out (the network here is closed).
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const snapshot = (page) => page.evaluate(() => window.mzDashboard.snapshot());

/** Waits for a load after `loadsBefore` that drew the filters the page shows now (or a reported problem). */
async function settled(page, loadsBefore, what) {
  try {
    await page.waitForFunction((before) => {
      const { state, loads } = document.body.dataset;
      if (state === 'auth' || state === 'error')
        return true;
      const shot = window.mzDashboard.snapshot();
      return state === 'ready' && Number(loads) > before && !shot.courtPickPending && shot.loadedQuery === shot.query;
    }, loadsBefore, { timeout });
  } catch (error) {
    throw new Error(`${what}: the dashboard did not finish loading (${error.message}); page: ${JSON.stringify(await snapshot(page))}`);
  }
  const shot = await snapshot(page);
  if (shot.state !== 'ready')
    throw new Error(`${what}: the dashboard reports '${shot.state}': ${shot.message}`);
  return shot;
}

/** Runs `change` (a control used), then waits for the reload it causes. */
async function reloadAfter(page, what, change) {
  const { loads } = await snapshot(page);
  await change();
  return settled(page, loads, what);
}

async function pickCourts(page, codes) {
  await page.click('#courtSummary');
  await page.click('#courtsClear');
  for (const code of codes)
    await page.check(`#courtList input[value="${code}"]`);
  // Close the panel as a reader would, by clicking elsewhere.
  await page.click('h1');
}

async function live(page, step, name) {
  const before = Number((await snapshot(page)).tiles.cases.value);
  const response = await fetch(`${base}/api/v1/cases:submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': step.key },
    body: readFileSync(step.file, 'utf8'),
  });
  if (!response.ok)
    throw new Error(`live case: submit answered ${response.status} ${await response.text()}`);
  await page.waitForFunction((expected) => document.querySelector('#tiles [data-field="cases"]')?.dataset.value === String(expected),
    before + 1, { timeout });
  if (name)
    report.steps[`${name}Tiles`] = await snapshot(page);
  await page.waitForFunction((expected) => {
    const shot = window.mzDashboard.snapshot();
    const received = shot.charts.monthly.datasets.find((d) => d.key === 'received');
    return shot.state === 'ready' && received && received.data.reduce((a, b) => a + b, 0) === expected;
  }, before + 1, { timeout });
  return snapshot(page);
}

const widths = (page) => page.evaluate(() => ({ viewportWidth: window.innerWidth, documentWidth: document.documentElement.scrollWidth }));

async function run(page, step, what) {
  switch (step.do) {
    case 'open':
      // reload=2: charts follow a new data version after 2 s instead of 15 (the live step waits for it).
      await page.goto(`${base}/?reload=2${formatHash(step.filters ?? {}) || '#'}`);
      return settled(page, 0, what);
    case 'reload':
      await page.reload();
      return settled(page, 0, what);
    case 'courts':
      return reloadAfter(page, what, () => pickCourts(page, step.pick ?? []));
    case 'article':
      return reloadAfter(page, what, () => page.selectOption('#article', step.value));
    case 'asOf':
      return reloadAfter(page, what, () => page.fill('#asOf', step.value));
    case 'live':
      return live(page, step, step.name);
    case 'lang':
      await page.click(`[data-lang="${step.value}"]`);
      return snapshot(page);
    case 'sort':
      await page.click(`#${step.table ?? 'courtTable'} thead button[data-sort="${step.key}"]`);
      return snapshot(page);
    case 'health':
      await page.waitForFunction(() => window.mzDashboard.snapshot().courtHealth.state !== 'loading', null, { timeout });
      return snapshot(page);
    case 'click':
      await page.click(step.selector);
      return snapshot(page);
    case 'viewport':
      await page.setViewportSize({ width: step.width, height: step.height });
      // Let the charts follow the new width before measuring (and before a picture).
      await page.waitForTimeout(300);
      return widths(page);
    case 'measure':
      return widths(page);
    case 'screenshot': {
      if (!args.screenshots)
        return null;
      mkdirSync(args.screenshots, { recursive: true });
      const path = join(args.screenshots, step.file);
      await page.screenshot({ path, fullPage: step.fullPage ?? true });
      report.screenshots.push(path);
      return null;
    }
    default:
      throw new Error(`${what}: unknown action '${step.do}'`);
  }
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
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

  for (const [index, step] of plan.entries()) {
    const what = `step ${index + 1} (${step.do}${step.name ? ` "${step.name}"` : ''})`;
    const result = await run(page, step, what);
    if (step.name && result)
      report.steps[step.name] = result;
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.stderr.write(`dashboard.check: ${error.message}\n${errors.join('\n')}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
