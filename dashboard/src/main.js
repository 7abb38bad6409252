// The dashboard: filters in the URL fragment, every figure fetched from the gateway's statistics routes, the
// headline figures pushed by WatchSummary (polling when the stream cannot be held open), charts reloaded when the
// data version moves (at most every RELOAD_INTERVAL_MS).
import { apiKey, AuthError, downloadRelease, getCourtHealth, getCourts, getStats, watchSummary } from './api.js';
import { articleChart, monthlyChart, sentenceChart, shareChart, sourceChart } from './charts.js';
import { healthCounts, healthRows } from './health.js';
import { LANGUAGES, locale } from './i18n.js';
import * as model from './model.js';
import { courtPicker } from './picker.js';
import {
  HEALTH_TEXT_KEYS, renderChanges, renderCompleteness, renderCourtTable, renderHealthCounts, renderHealthTable, renderSentenceTable,
  renderTiles, renderTransparency,
} from './tables.js';

const RELOAD_INTERVAL_MS = reloadInterval();
const POLL_INTERVAL_MS = 30_000;
const STREAM_RETRY_MS = 60_000;
const SHARES_REFRESH_MS = 300_000;
// Court health moves with the collector's passes (every few hours per court): a look every 5 minutes is enough.
const HEALTH_REFRESH_MS = 300_000;
const CHANGES_DAYS = 30;
const LANGUAGE_STORAGE = 'mz.lang';

const $ = (id) => document.getElementById(id);

/** 15 s between chart reloads while data keeps arriving; ?reload=N (2–300 s) changes it. */
function reloadInterval() {
  const seconds = Number(new URLSearchParams(location.search).get('reload'));
  return Number.isFinite(seconds) && seconds >= 2 ? Math.min(seconds, 300) * 1000 : 15_000;
}

function initialLanguage() {
  const stored = localStorage.getItem(LANGUAGE_STORAGE);
  if (LANGUAGES.includes(stored))
    return stored;
  return (navigator.language ?? '').toLowerCase().startsWith('en') ? 'en' : 'ru';
}

/** Today in the reader's time zone, as the API's YYYY-MM-DD. */
function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const state = {
  loc: locale(initialLanguage()),
  filters: { asOf: today(), courts: [], article: '', part: '', allCases: false },
  sort: { key: 'cases', dir: 'desc' },
  data: null,
  liveSummary: null,
  loads: 0,
  loadedVersion: null,
  loading: null,
  reloadPending: false,
  reloadTimer: 0,
  lastLoadEnd: 0,
  sharesFor: '',
  sharesAt: 0,
  connection: 'loading',
  watch: null,
  pollTimer: 0,
  retryTimer: 0,
  message: '',
  // The court registry, for the picker's district groups; null until it loads (or when it cannot: a flat list).
  registry: null,
  // The collector's health (GET /api/v1/courts/health) for the Courts panel: 'loading', 'ready', 'unavailable'
  // (no collector: 404, 503, …) or 'auth'; the panel alone says so, the rest of the page does not depend on it.
  health: null,
  healthState: 'loading',
  healthError: '',
  healthSort: { key: 'status', dir: 'desc' },
  healthTimer: 0,
};

const picker = courtPicker({
  details: $('courtPicker'),
  summary: $('courtSummary'),
  search: $('courtSearch'),
  clear: $('courtsClear'),
  list: $('courtList'),
}, (courts) => setFilters({ ...state.filters, courts }));

const charts = {
  monthly: monthlyChart($('monthlyChart')),
  articles: articleChart($('articleChart')),
  sentences: sentenceChart($('sentenceChart')),
  share: shareChart($('shareChart')),
  sources: sourceChart($('sourceChart')),
};

// ---- rendering -------------------------------------------------------------------------------------------

function applyLabels() {
  const { loc } = state;
  document.documentElement.lang = loc.lang;
  document.title = loc.t('title');
  for (const node of document.querySelectorAll('[data-label]'))
    node.textContent = loc.t(node.dataset.label);
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === loc.lang));
  for (const canvas of document.querySelectorAll('canvas'))
    canvas.setAttribute('aria-label', canvas.closest('section')?.querySelector('h2')?.textContent ?? '');
}

function renderStatus() {
  const { loc } = state;
  const summary = state.liveSummary ?? state.data?.summary;
  const parts = [];
  if (state.message)
    parts.push(state.message);
  else
    parts.push(`● ${loc.t(state.connection)}`);
  if (summary)
    parts.push(`${loc.t('dataVersion')} ${summary.dataVersion}`); // an opaque number: not formatted
  if (state.lastLoadEnd)
    parts.push(`${loc.t('updated')} ${loc.time(new Date(state.lastLoadEnd))}`);
  const status = $('status');
  status.textContent = parts.join(' · ');
  status.dataset.connection = state.connection;
}

function fillSelect(select, options, value) {
  const nodes = options.map(([optionValue, text]) => {
    const option = document.createElement('option');
    option.value = optionValue;
    option.textContent = text;
    return option;
  });
  select.replaceChildren(...nodes);
  select.value = value;
}

function renderFilters() {
  const { loc, filters, data } = state;
  $('asOf').value = filters.asOf;
  $('allCases').checked = filters.allCases;
  const choices = model.courtChoices(data?.courtOptions, filters.courts, loc.collator);
  picker.render(choices, filters.courts, loc, model.courtGroups(choices, state.registry, loc.collator));
  const articles = model.articleChoices(data?.articleOptions).map((c) => [
    `${c.article}|${c.part}`, `${c.part ? '\u00a0\u00a0' : ''}${loc.article(c.article, c.part)} (${loc.number(c.cases)})`,
  ]);
  const current = filters.article ? `${filters.article}|${filters.part}` : '';
  if (current && !articles.some(([v]) => v === current))
    articles.unshift([current, loc.article(filters.article, filters.part)]);
  fillSelect($('article'), [['', loc.t('allArticles')], ...articles], current);
}

/** The Courts panel: registry × health, only the picked courts when some are picked; one line when health failed. */
function renderHealth() {
  const { loc } = state;
  const panel = $('courtHealth');
  panel.dataset.state = state.healthState;
  const message = $('courtHealthMessage');
  const failed = state.healthState !== 'ready';
  message.hidden = !failed;
  $('courtHealthCounts').hidden = failed;
  $('courtHealthBox').hidden = failed;
  if (failed) {
    $('courtHealthCounts').replaceChildren();
    $('courtHealthTable').replaceChildren();
    message.textContent = state.healthState === 'loading' ? loc.t('healthLoading')
      : state.healthState === 'auth' ? loc.t(apiKey.get() ? 'badKey' : 'needKey')
        : `${loc.t('healthUnavailable')}: ${state.healthError}`;
    return;
  }
  const names = new Map((state.data?.courtOptions?.courts ?? []).filter((c) => c.courtName).map((c) => [c.courtCode, c.courtName]));
  const rows = healthRows(state.registry, state.health, { picked: state.filters.courts, names });
  renderHealthCounts($('courtHealthCounts'), healthCounts(rows), loc);
  renderHealthTable($('courtHealthTable'), rows, state.healthSort, loc, {
    onSort: (key) => {
      const flipped = state.healthSort.dir === 'asc' ? 'desc' : 'asc';
      state.healthSort = { key, dir: state.healthSort.key === key ? flipped : HEALTH_TEXT_KEYS.has(key) ? 'asc' : 'desc' };
      renderHealth();
    },
    onCourt: (code) => setFilters({ ...state.filters, courts: [code] }),
  });
}

function render() {
  const { loc, data } = state;
  applyLabels();
  renderFilters();
  renderStatus();
  renderHealth();
  if (!data)
    return;
  renderTiles($('tiles'), state.liveSummary ?? data.summary, loc);

  const stack = model.monthlyStack(data.monthly, data.perCategory);
  charts.monthly.update(stack, loc);
  $('recordMonth').textContent = stack.recordMonth ? `${loc.t('recordMonth')}: ${loc.month(stack.recordMonth)}` : '';

  const rows = model.articleParts(data.articles);
  // Horizontal bars need height per row to stay readable on a phone.
  $('articleBox').style.height = `${Math.max(160, rows.length * 34 + 70)}px`;
  charts.articles.update(rows, loc);

  const lengths = model.sentenceLengths(data.sentences, data.filters.article);
  $('sentenceArticle').textContent = lengths.article ? loc.article(lengths.article, '') : '';
  charts.sentences.update(lengths, loc);
  renderSentenceTable($('sentenceTable'), lengths.rows, loc);

  charts.share.update(model.shareSeries(data.shares), loc);

  const transparency = model.transparencyFigures(data.transparency);
  renderTransparency($('transparencyFigures'), transparency, loc);
  charts.sources.update(transparency, loc);

  renderCourtTable($('courtTable'), model.courtRows(data.courts, data.transparency), state.sort, loc, {
    onSort: (key) => {
      const flipped = state.sort.dir === 'asc' ? 'desc' : 'asc';
      state.sort = { key, dir: state.sort.key === key ? flipped : key === 'courtName' ? 'asc' : 'desc' };
      render();
    },
    onCourt: (code) => setFilters({ ...state.filters, courts: [code] }),
  });

  renderCompleteness($('completenessTable'), model.completenessRows(data.completeness), loc);
  renderChanges($('changesTable'), model.changeRows(data.changes), loc);

  // Each chart's receipt: the answer it was drawn from names the cases it counted (docs/releases.md#receipts).
  for (const element of document.querySelectorAll('[data-receipt]')) {
    const id = data[element.dataset.receipt]?.receiptId ?? '';
    element.textContent = id ? `${loc.t('receipt')}: ${id}` : '';
    element.title = loc.t('receiptHint');
  }
}

// ---- loading ---------------------------------------------------------------------------------------------

function handleError(error) {
  const { loc } = state;
  if (error instanceof AuthError) {
    state.message = loc.t(apiKey.get() ? 'badKey' : 'needKey');
    const message = $('accessMessage');
    message.textContent = state.message;
    message.hidden = false;
    $('access').open = true;
    document.body.dataset.state = 'auth';
  } else {
    state.message = `${loc.t('loadFailed')}: ${error.message}`;
    document.body.dataset.state = 'error';
  }
  renderStatus();
}

/**
 * The summaries behind the suspended share over time: one call per month end (up to 24). While data streams in,
 * a reload asks again only for the last date; the earlier ones are kept until SHARES_REFRESH_MS have passed (late
 * cards can still move them), so that following a busy import does not recompute two dozen summaries every time.
 */
async function shareSummaries(filters, months, get) {
  const dates = model.shareDates(months, filters.asOf);
  const previous = state.data?.shares ?? [];
  const reuse = state.sharesFor === model.filterQuery(filters) && Date.now() - state.sharesAt < SHARES_REFRESH_MS;
  const kept = new Map(reuse ? previous.map((p) => [p.asOf, p.summary]) : []);
  const points = await Promise.all(dates.map(async (asOf, i) => ({
    asOf,
    summary: i < dates.length - 1 && kept.has(asOf) ? kept.get(asOf) : await get('summary', { asOf }),
  })));
  return { points, fresh: !reuse };
}

/** Every figure for the current filters; an older load still running is abandoned. */
async function load() {
  if (state.reloadTimer) {
    clearTimeout(state.reloadTimer);
    state.reloadTimer = 0;
  }
  state.loading?.abort();
  const controller = new AbortController();
  state.loading = controller;
  state.reloadPending = false;
  const { signal } = controller;
  const filters = { ...state.filters };
  document.body.dataset.state = 'loading';
  const options = {
    signal,
    onWait: (seconds) => {
      state.message = `${state.loc.t('rateLimited')} ${seconds} s`;
      renderStatus();
    },
  };
  const get = (route, overrides = {}) => getStats(route, model.filterQuery(filters, overrides), options);
  try {
    // What changed is asked beside the figures: the last CHANGES_DAYS days before today, for the picked courts (not
    // as of the filters' date: a change is when the data moved, not when a case entered court).
    const [[summary, monthly, articles, sentences, courts, transparency, completeness], changes] = await Promise.all([
      Promise.all(['summary', 'monthly', 'articles', 'sentences', 'courts', 'transparency', 'completeness'].map((route) => get(route))),
      getStats('changes', model.changesQuery(model.daysBefore(today(), CHANGES_DAYS), filters.courts), options),
    ]);
    // Each filter's choices are counted under the other filters, not its own: the article list counts the picked
    // courts' cases and still lists every article; the court picker counts the article's cases in every court.
    const allArticles = { article: '', part: '' };
    const allCourts = { courts: [] };
    const [perCategory, { points: shares, fresh }, courtOptions, articleOptions] = await Promise.all([
      Promise.all(model.presentCategories(summary).map(async (category) => ({ category, answer: await get('monthly', { category }) }))),
      shareSummaries(filters, (monthly.months ?? []).map((m) => m.month), get),
      filters.courts.length > 0 ? get('courts', allCourts) : courts,
      filters.article !== '' ? get('articles', allArticles) : articles,
    ]);
    state.data = { filters, summary, monthly, perCategory, articles, sentences, courts, transparency, completeness, changes, shares, courtOptions, articleOptions };
    if (fresh)
      Object.assign(state, { sharesFor: model.filterQuery(filters), sharesAt: Date.now() });
    state.loadedVersion = summary.dataVersion;
    if (state.liveSummary && model.num(state.liveSummary.dataVersion) <= model.num(summary.dataVersion))
      state.liveSummary = null;
    state.message = '';
    state.lastLoadEnd = Date.now();
    render();
    state.loads++;
    document.body.dataset.loads = String(state.loads);
    document.body.dataset.state = 'ready';
  } catch (error) {
    if (!signal.aborted)
      handleError(error);
  } finally {
    if (state.loading === controller) {
      state.loading = null;
      if (state.reloadPending)
        scheduleReload();
    }
  }
}

/** Reload the charts soon, but not more often than every RELOAD_INTERVAL_MS, and never on top of a running load. */
function scheduleReload() {
  if (state.loading) {
    state.reloadPending = true;
    return;
  }
  if (state.reloadTimer)
    return;
  const wait = Math.max(0, state.lastLoadEnd + RELOAD_INTERVAL_MS - Date.now());
  state.reloadTimer = setTimeout(() => {
    state.reloadTimer = 0;
    load();
  }, wait);
}

// ---- live updates ----------------------------------------------------------------------------------------

function onLiveSummary(summary, query) {
  if (query !== model.filterQuery(state.filters))
    return;
  if (state.data && state.data.filters.asOf === state.filters.asOf)
    state.liveSummary = summary;
  if (state.data)
    renderTiles($('tiles'), state.liveSummary ?? state.data.summary, state.loc);
  renderStatus();
  if (state.loadedVersion !== null && summary.dataVersion !== state.loadedVersion)
    scheduleReload();
}

function stopLive() {
  state.watch?.abort();
  state.watch = null;
  clearInterval(state.pollTimer);
  clearTimeout(state.retryTimer);
}

/** WatchSummary for the current filters; on failure, polling until the stream is tried again. */
async function startLive() {
  stopLive();
  const controller = new AbortController();
  state.watch = controller;
  const query = model.filterQuery(state.filters);
  try {
    await watchSummary(query, (summary) => {
      state.connection = 'live';
      onLiveSummary(summary, query);
    }, controller.signal);
    // The server ended the stream (a restart, the proxy's idle cut): subscribe again shortly.
    if (!controller.signal.aborted)
      state.retryTimer = setTimeout(startLive, 5_000);
  } catch (error) {
    if (controller.signal.aborted)
      return;
    if (error instanceof AuthError) {
      handleError(error);
      return;
    }
    state.connection = 'polling';
    renderStatus();
    const poll = async () => {
      try {
        onLiveSummary(await getStats('summary', query), query);
      } catch (failure) {
        if (failure instanceof AuthError) {
          handleError(failure);
          return;
        }
        state.connection = 'offline';
        renderStatus();
      }
    };
    state.pollTimer = setInterval(poll, POLL_INTERVAL_MS);
    state.retryTimer = setTimeout(startLive, STREAM_RETRY_MS);
  }
}

// ---- filters, language, key ------------------------------------------------------------------------------

function setFilters(filters) {
  state.filters = filters;
  state.liveSummary = null;
  const hash = model.formatHash({ ...filters, asOf: filters.asOf === today() ? '' : filters.asOf });
  history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
  renderFilters();
  renderHealth();
  load();
  startLive();
}

function filtersFromForm() {
  const [article, part] = $('article').value.split('|');
  return {
    asOf: $('asOf').value || today(),
    courts: picker.picked(),
    article: article ?? '',
    part: part ?? '',
    allCases: $('allCases').checked,
  };
}

function filtersFromHash() {
  const parsed = model.parseHash(location.hash);
  return { ...parsed, asOf: parsed.asOf || today() };
}

$('filters').addEventListener('change', () => setFilters(filtersFromForm()));
$('filters').addEventListener('submit', (event) => event.preventDefault());
$('downloadRelease').addEventListener('click', () => downloadRelease(model.filterQuery(state.filters)).catch(handleError));
window.addEventListener('hashchange', () => setFilters(filtersFromHash()));

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    state.loc = locale(button.dataset.lang);
    localStorage.setItem(LANGUAGE_STORAGE, state.loc.lang);
    render();
  });
}

$('keyForm').addEventListener('submit', (event) => {
  event.preventDefault();
  apiKey.set($('apiKey').value.trim());
  $('apiKey').value = '';
  $('accessMessage').hidden = true;
  state.message = '';
  load();
  startLive();
  loadHealth();
});
$('forgetKey').addEventListener('click', () => {
  apiKey.set('');
  load();
  startLive();
  loadHealth();
});

/** A table row's figures by column: { key: { value, text } } from the cells' data-* attributes. */
const cells = (row) => Object.fromEntries([...row.querySelectorAll('td[data-key]')].map((cell) => [
  cell.dataset.key, { value: cell.dataset.value, text: cell.textContent },
]));

/** The court registry once: it changes only with a release. Without it (no access, an older suite) the picker stays flat. */
async function loadRegistry() {
  try {
    state.registry = await getCourts();
    renderFilters();
  } catch {
    state.registry = null;
  }
  renderHealth();
}

/** The courts' health now and every HEALTH_REFRESH_MS; a failure shows in the Courts panel only. */
async function loadHealth() {
  clearTimeout(state.healthTimer);
  try {
    state.health = await getCourtHealth();
    state.healthState = 'ready';
    state.healthError = '';
  } catch (error) {
    state.health = null;
    state.healthState = error instanceof AuthError ? 'auth' : 'unavailable';
    state.healthError = error.message;
  }
  renderHealth();
  // Two calls may overlap (a key saved while one runs): one timer either way.
  clearTimeout(state.healthTimer);
  state.healthTimer = setTimeout(loadHealth, HEALTH_REFRESH_MS);
}

/** A read-only view of what the page shows, for the browser test (and anyone curious in the console). */
window.mzDashboard = {
  snapshot: () => ({
    state: document.body.dataset.state,
    loads: state.loads,
    lang: state.loc.lang,
    connection: state.connection,
    filters: { ...state.filters },
    dataVersion: state.loadedVersion,
    message: state.message,
    charts: Object.fromEntries(Object.entries(charts).map(([name, chart]) => [name, chart.view.snapshot()])),
    tiles: Object.fromEntries([...document.querySelectorAll('#tiles .tile')].map((tile) => [
      tile.dataset.field, { value: tile.dataset.value, text: tile.querySelector('.value').textContent },
    ])),
    recordMonth: $('recordMonth').textContent,
    receipts: Object.fromEntries([...document.querySelectorAll('[data-receipt]')].map((node) => [node.dataset.receipt, node.textContent])),
    sentenceArticle: $('sentenceArticle').textContent,
    transparency: Object.fromEntries([...document.querySelectorAll('#transparencyFigures [data-field]')].map((node) => [
      node.dataset.field, { value: node.dataset.value, text: node.querySelector('dd').textContent },
    ])),
    courts: [...document.querySelectorAll('#courtTable tbody tr[data-court]')].map((row) => ({
      court: row.dataset.court, name: row.querySelector('th button').textContent, cells: cells(row),
    })),
    sentenceRows: [...document.querySelectorAll('#sentenceTable tbody tr[data-article]')].map((row) => ({ article: row.dataset.article, cells: cells(row) })),
    completenessRows: [...document.querySelectorAll('#completenessTable tbody tr[data-court]')].map((row) => ({ court: row.dataset.court, cells: cells(row) })),
    changeRows: [...document.querySelectorAll('#changesTable tbody tr[data-version]')].map((row) => ({ version: row.dataset.version, cells: cells(row) })),
    courtSort: { ...state.sort },
    query: model.filterQuery(state.filters),
    loadedQuery: state.data ? model.filterQuery(state.data.filters) : null,
    hash: location.hash,
    courtChoices: [...$('courtList').querySelectorAll('label.option input')].map((box) => box.value),
    courtGroups: [...$('courtList').querySelectorAll('.group')].map((section) => section.dataset.group),
    courtSummary: $('courtSummary').textContent,
    courtPickPending: picker.pending(),
    articleChoices: [...$('article').options].map((o) => ({ value: o.value, text: o.textContent })),
    courtHealth: {
      state: state.healthState,
      message: $('courtHealthMessage').hidden ? '' : $('courtHealthMessage').textContent,
      sort: { ...state.healthSort },
      counts: Object.fromEntries([...document.querySelectorAll('#courtHealthCounts li')].map((item) => [
        item.dataset.status || 'total', { value: Number(item.dataset.count), text: item.textContent },
      ])),
      rows: [...document.querySelectorAll('#courtHealthTable tbody tr[data-court]')].map((row) => ({
        court: row.dataset.court, name: row.querySelector('th button').textContent, status: row.dataset.status,
        statusText: row.querySelector('.badge').textContent, tone: row.querySelector('.badge').dataset.tone, cells: cells(row),
      })),
    },
  }),
};

state.filters = filtersFromHash();
render();
load();
startLive();
loadRegistry();
loadHealth();
