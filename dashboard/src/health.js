// Pure parts of the Courts panel: the court registry (GET /api/v1/courts) joined with the collector's health
// (GET /api/v1/courts/health), counts per status, status → tone, sorting. No DOM, no fetch: unit tested with node.
import { courtList, num, sortRows } from './model.js';

const PREFIX = 'COURT_HEALTH_STATUS_';
export const UNKNOWN = `${PREFIX}UNKNOWN`;

/** Every status the page shows, in the order of the counts above the table (the proto's order, UNKNOWN last). */
export const HEALTH_STATUSES = ['OK', 'STALE', 'CAPTCHA', 'BLOCKED', 'DOWN', 'MODULE_OFF', 'LAYOUT_CHANGED', 'DISABLED', 'UNKNOWN']
  .map((s) => `${PREFIX}${s}`);

/** The proto's numbers, for an answer that writes enums as integers (JSON parsers accept both). */
const BY_NUMBER = ['UNSPECIFIED', 'UNKNOWN', 'OK', 'STALE', 'CAPTCHA', 'BLOCKED', 'DOWN', 'MODULE_OFF', 'LAYOUT_CHANGED', 'DISABLED']
  .map((s) => `${PREFIX}${s}`);

/**
 * The badge's colour: 'ok' green; 'warn' amber for what usually passes by itself (a quiet court, a site that is
 * down and retried within the hour); 'bad' red for what needs a person (captcha, block, module off, changed
 * layout); 'none' grey for courts not watched (disabled) or not crawled yet.
 */
const TONES = {
  [`${PREFIX}OK`]: 'ok',
  [`${PREFIX}STALE`]: 'warn',
  [`${PREFIX}DOWN`]: 'warn',
  [`${PREFIX}CAPTCHA`]: 'bad',
  [`${PREFIX}BLOCKED`]: 'bad',
  [`${PREFIX}MODULE_OFF`]: 'bad',
  [`${PREFIX}LAYOUT_CHANGED`]: 'bad',
  [`${PREFIX}DISABLED`]: 'none',
  [UNKNOWN]: 'none',
};

/** Sorting by status: worst first when descending (a changed layout, a block, …, unknown, disabled, OK last). */
const SEVERITY = [
  'OK', 'DISABLED', 'UNKNOWN', 'STALE', 'DOWN', 'MODULE_OFF', 'CAPTCHA', 'BLOCKED', 'LAYOUT_CHANGED',
].reduce((map, s, i) => map.set(`${PREFIX}${s}`, i), new Map());

/** Courts by level, first instance first (the registry's COURT_LEVEL_* names). */
const LEVELS = new Map([['COURT_LEVEL_GARRISON', 1], ['COURT_LEVEL_DISTRICT', 2], ['COURT_LEVEL_APPEAL', 3], ['COURT_LEVEL_CASSATION', 4]]);

/** A status as the API gave it ("COURT_HEALTH_STATUS_CAPTCHA", 4, absent, unspecified, a newer name) → one of HEALTH_STATUSES. */
export function healthStatus(value) {
  const name = typeof value === 'number' ? BY_NUMBER[value] : value;
  return TONES[name] ? name : UNKNOWN;
}

/** 'ok' | 'warn' | 'bad' | 'none' for a status (any form healthStatus takes). */
export const statusTone = (status) => TONES[healthStatus(status)];

/** The label key of a status in i18n.js (the enum's full name, like the categories'). */
export const statusLabel = (status) => healthStatus(status);

/** An RFC 3339 Timestamp (any number of fractional digits) as epoch milliseconds; null when absent or unreadable. */
export function timestampMs(text) {
  if (typeof text !== 'string' || text === '')
    return null;
  const trimmed = text.replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? null : ms;
}

/** A google.type.Date ({year, month, day}) as YYYY-MM-DD; '' when absent. */
export function isoDate(date) {
  if (!date || !num(date.year))
    return '';
  return `${String(num(date.year)).padStart(4, '0')}-${String(num(date.month)).padStart(2, '0')}-${String(num(date.day)).padStart(2, '0')}`;
}

function emptyHealth(row) {
  return {
    ...row,
    status: UNKNOWN,
    tone: TONES[UNKNOWN],
    severity: SEVERITY.get(UNKNOWN),
    cause: null,
    since: null,
    lastSuccess: null,
    lastNewCase: null,
    lastEntryDate: '',
    casesSeen: null,
    expectedPerMonth: null,
    silentDays: null,
    reported: false,
  };
}

/**
 * One row per court of the registry, joined with its health entry by code (a court without one reads UNKNOWN);
 * then courts the collector reports but the registry does not list (configured extra sites), and picked courts
 * neither knows, by code. `names` (code → name, e.g. from the statistics' court list) names courts the registry
 * lacks. With `picked` codes, only those courts. Either answer may be null (not loaded, or failed).
 */
export function healthRows(registry, health, { picked = [], names = new Map() } = {}) {
  const courts = registry?.courts ?? [];
  const byCode = new Map(courts.map((c) => [c.code, c]));
  const reports = new Map((health?.courts ?? []).map((h) => [h.courtCode, h]));
  const codes = [...courts.map((c) => c.code)];
  for (const code of reports.keys())
    if (!byCode.has(code))
      codes.push(code);
  const chosen = courtList(picked);
  for (const code of chosen)
    if (!byCode.has(code) && !reports.has(code))
      codes.push(code);
  const wanted = chosen.length > 0 ? new Set(chosen) : null;

  const rows = [];
  for (const code of courtList(codes)) {
    if (wanted && !wanted.has(code))
      continue;
    const court = byCode.get(code);
    const district = court?.districtCode ? byCode.get(court.districtCode) : undefined;
    const base = emptyHealth({
      courtCode: code,
      courtName: court?.name || names.get(code) || code,
      districtCode: court?.districtCode ?? '',
      districtName: district?.name || court?.districtCode || null,
      level: court?.level ?? '',
      levelOrder: LEVELS.get(court?.level) ?? null,
    });
    const report = reports.get(code);
    if (!report) {
      rows.push(base);
      continue;
    }
    const status = healthStatus(report.status);
    rows.push({
      ...base,
      status,
      tone: TONES[status],
      severity: SEVERITY.get(status),
      cause: report.cause || null,
      since: timestampMs(report.since),
      lastSuccess: timestampMs(report.lastSuccessTime),
      lastNewCase: timestampMs(report.lastNewCaseTime),
      lastEntryDate: isoDate(report.lastEntryDate),
      casesSeen: num(report.casesSeen),
      expectedPerMonth: num(report.expectedCasesPerMonth),
      silentDays: num(report.silentDays),
      reported: true,
    });
  }
  return rows;
}

/** Courts per status, in HEALTH_STATUSES order, only statuses some court has; and the total. */
export function healthCounts(rows) {
  const counts = new Map();
  for (const row of rows)
    counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return {
    total: rows.length,
    byStatus: HEALTH_STATUSES.filter((s) => counts.has(s)).map((status) => ({ status, tone: TONES[status], count: counts.get(status) })),
  };
}

const SORT_KEYS = { status: 'severity', level: 'levelOrder' };

/**
 * Sorted copy, like the court table: 'status' by severity (worst first descending), 'level' garrison to cassation,
 * empty values (no cause, never succeeded, not reported) last either way, ties by code.
 */
export function sortHealthRows(rows, key, direction, collator) {
  return sortRows(rows, SORT_KEYS[key] ?? key, direction, collator);
}
