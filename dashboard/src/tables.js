// Headline tiles, the sortable court table, the sentence table and the transparency figures. Data reaches the DOM
// through textContent only: court names come from scraped pages.
import { sortHealthRows } from './health.js';
import { num, sortRows } from './model.js';

function element(tag, attributes = {}, text = undefined) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    node.setAttribute(name, value);
  if (text !== undefined)
    node.textContent = text;
  return node;
}

const TILES = [
  ['cases', 'cases'], ['defendants', 'defendants'], ['verdictCases', 'verdictCases'], ['pendingCases', 'pendingCases'],
  ['convictedDefendants', 'convicted'], ['acquittedDefendants', 'acquitted'], ['knownSentences', 'knownSentences'],
];

/** The summary's headline figures; the suspended share with its "n of m". */
export function renderTiles(container, summary, loc) {
  const tiles = TILES.map(([field, label]) => {
    const value = num(summary?.[field]);
    const tile = element('div', { class: 'tile', 'data-field': field, 'data-value': String(value) });
    tile.append(element('span', { class: 'value' }, loc.number(value)), element('span', { class: 'label' }, loc.t(label)));
    return tile;
  });
  const known = num(summary?.knownSentences);
  const share = known > 0 ? num(summary?.suspendedShare) : null;
  const tile = element('div', { class: 'tile accent', 'data-field': 'suspendedShare', 'data-value': String(share ?? '') });
  tile.append(
    element('span', { class: 'value' }, loc.percent(share)),
    element('span', { class: 'label' }, `${loc.t('suspendedShare')} (${loc.number(num(summary?.suspendedSentences))} / ${loc.number(known)})`),
  );
  container.replaceChildren(...tiles, tile);
}

const COURT_COLUMNS = [
  { key: 'courtName', label: 'courtName', kind: 'text' },
  { key: 'cases', label: 'cases', kind: 'number' },
  { key: 'defendants', label: 'defendants', kind: 'number' },
  { key: 'verdictCases', label: 'verdictsShort', kind: 'number' },
  { key: 'convicted', label: 'convicted', kind: 'number' },
  { key: 'known', label: 'known', kind: 'number' },
  { key: 'suspendedShare', label: 'suspendedShare', kind: 'percent' },
  { key: 'longestReal', label: 'longestReal', kind: 'months' },
  { key: 'longestSuspended', label: 'longestSuspended', kind: 'months' },
  { key: 'publishedShare', label: 'publishedShare', kind: 'percent' },
];

function cellText(kind, value, loc) {
  switch (kind) {
    case 'number': return loc.number(value);
    case 'percent': return loc.percent(value);
    case 'months': return loc.months(value);
    default: return value;
  }
}

/**
 * A header row of sort buttons, one per column: the sorted one marked ▲/▼ and by aria-sort; a click calls
 * onSort(key). `numeric(column)` right-aligns a column.
 */
function sortableHead(columns, sort, loc, onSort, numeric) {
  const head = element('thead');
  const headRow = element('tr');
  for (const column of columns) {
    const sorted = sort.key === column.key;
    const th = element('th', {
      scope: 'col',
      class: numeric(column) ? 'num' : 'text',
      'aria-sort': sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none',
    });
    const button = element('button', { type: 'button', 'data-sort': column.key }, loc.t(column.label));
    if (sorted)
      button.append(element('span', { 'aria-hidden': 'true' }, sort.dir === 'asc' ? ' ▲' : ' ▼'));
    button.addEventListener('click', () => onSort(column.key));
    th.append(button);
    headRow.append(th);
  }
  head.append(headRow);
  return head;
}

/** A court's row header: its name as a button that filters the page by it (onCourt(code)), and its code. */
function courtCell(name, code, loc, onCourt) {
  const th = element('th', { scope: 'row', class: 'text' });
  const button = element('button', { type: 'button', class: 'link', title: loc.t('filterCourt') }, name);
  button.addEventListener('click', () => onCourt(code));
  th.append(button, element('small', {}, ` ${code}`));
  return th;
}

/** The one row of an empty table. */
function noDataRow(columns, loc) {
  const tr = element('tr');
  tr.append(element('td', { colspan: String(columns) }, loc.t('noData')));
  return tr;
}

/**
 * The court table, sorted by `sort` ({key, dir}); a header click calls onSort(key), the court's button
 * onCourt(code) (filter by it).
 */
export function renderCourtTable(table, rows, sort, loc, { onSort, onCourt }) {
  const head = sortableHead(COURT_COLUMNS, sort, loc, onSort, column => column.kind !== 'text');

  const body = element('tbody');
  for (const row of sortRows(rows, sort.key, sort.dir, loc.collator)) {
    const tr = element('tr', { 'data-court': row.courtCode });
    for (const column of COURT_COLUMNS) {
      const value = row[column.key];
      if (column.kind === 'text') {
        tr.append(courtCell(value, row.courtCode, loc, onCourt));
      } else {
        tr.append(element('td', { class: 'num', 'data-key': column.key, 'data-value': String(value ?? '') }, cellText(column.kind, value, loc)));
      }
    }
    body.append(tr);
  }
  if (rows.length === 0)
    body.append(noDataRow(COURT_COLUMNS.length, loc));
  table.replaceChildren(head, body);
}

/** Per article: convicted, known, suspended share, median and maximum real and suspended terms. */
export function renderSentenceTable(table, rows, loc) {
  const head = element('thead');
  const top = element('tr');
  for (const [key, label] of [['article', 'article'], ['convicted', 'convicted'], ['known', 'known'], ['share', 'suspendedShort']])
    top.append(element('th', { scope: 'col', rowspan: '2', class: key === 'article' ? 'text' : 'num' }, loc.t(label)));
  top.append(element('th', { scope: 'colgroup', colspan: '2', class: 'num' }, loc.t('realTerm')));
  top.append(element('th', { scope: 'colgroup', colspan: '2', class: 'num' }, loc.t('suspendedTerm')));
  const second = element('tr');
  for (let i = 0; i < 2; i++)
    second.append(element('th', { scope: 'col', class: 'num' }, loc.t('median')), element('th', { scope: 'col', class: 'num' }, loc.t('max')));
  head.append(top, second);
  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr', { 'data-article': row.article });
    tr.append(element('th', { scope: 'row', class: 'text' }, loc.article(row.article, '')));
    const share = row.known > 0 ? row.suspendedShare : null;
    tr.append(element('td', { class: 'num', 'data-key': 'convicted', 'data-value': String(row.convicted) }, loc.number(row.convicted)));
    tr.append(element('td', { class: 'num', 'data-key': 'known', 'data-value': String(row.known) }, loc.number(row.known)));
    tr.append(element('td', { class: 'num', 'data-key': 'suspendedShare', 'data-value': String(share ?? '') }, loc.percent(share)));
    for (const key of ['realMedian', 'realMax', 'suspendedMedian', 'suspendedMax'])
      tr.append(element('td', { class: 'num', 'data-key': key, 'data-value': String(row[key]) }, loc.months(row[key])));
    body.append(tr);
  }
  table.replaceChildren(head, body);
}

export function renderTransparency(list, figures, loc) {
  const entries = [
    ['verdictCases', loc.t('verdictCases'), loc.number(figures.verdictCases), figures.verdictCases],
    ['published', loc.t('published'), `${loc.number(figures.published)} (${loc.percent(figures.publishedShare)})`, figures.published],
    ['known', loc.t('knownSentences'), loc.number(figures.known), figures.known],
  ];
  const nodes = [];
  for (const [field, term, text, value] of entries) {
    const wrapper = element('div', { 'data-field': field, 'data-value': String(value) });
    wrapper.append(element('dt', {}, term), element('dd', {}, text));
    nodes.push(wrapper);
  }
  list.replaceChildren(...nodes);
}

const HEALTH_COLUMNS = [
  { key: 'courtName', label: 'courtName', kind: 'court' },
  { key: 'districtName', label: 'district', kind: 'text' },
  { key: 'level', label: 'level', kind: 'level' },
  { key: 'status', label: 'status', kind: 'status' },
  { key: 'cause', label: 'cause', kind: 'cause' },
  { key: 'since', label: 'since', kind: 'time' },
  { key: 'lastSuccess', label: 'lastSuccess', kind: 'time' },
  { key: 'lastNewCase', label: 'lastNewCase', kind: 'time' },
  { key: 'casesSeen', label: 'casesSeen', kind: 'number' },
  { key: 'expectedPerMonth', label: 'expectedPerMonth', kind: 'decimal' },
  { key: 'silentDays', label: 'silentDays', kind: 'number' },
];

/** Text columns sort A→Z on the first click, the others largest (latest, worst) first. */
export const HEALTH_TEXT_KEYS = new Set(HEALTH_COLUMNS.filter((c) => ['court', 'text', 'cause'].includes(c.kind)).map((c) => c.key));

/** A status as a coloured badge (data-tone: ok, warn, bad, none; styles.css colours it). */
export function statusBadge(status, tone, loc) {
  return element('span', { class: 'badge', 'data-tone': tone, 'data-status': status }, loc.t(status));
}

/** The counts above the table: the total, then one badge and number per status some court has. */
export function renderHealthCounts(list, counts, loc) {
  const total = element('li', { 'data-status': '', 'data-count': String(counts.total) });
  total.append(element('span', {}, `${loc.t('healthTotal')}: `), element('strong', {}, loc.number(counts.total)));
  const items = counts.byStatus.map(({ status, tone, count }) => {
    const item = element('li', { 'data-status': status, 'data-count': String(count) });
    item.append(statusBadge(status, tone, loc), element('strong', {}, ` ${loc.number(count)}`));
    return item;
  });
  list.replaceChildren(total, ...items);
}

function healthCell(column, row, loc) {
  const value = row[column.key];
  const data = { 'data-key': column.key, 'data-value': String(value ?? '') };
  switch (column.kind) {
    case 'level':
      return element('td', { class: 'text', ...data }, value ? loc.t(value) : '—');
    case 'status': {
      const td = element('td', { class: 'text', ...data });
      td.append(statusBadge(row.status, row.tone, loc));
      return td;
    }
    case 'cause':
      return element('td', { class: 'text cause', ...data }, value ?? '');
    case 'text':
      return element('td', { class: 'text', ...data }, value ?? '—');
    case 'time':
      return element('td', { class: 'num', ...data }, loc.dateTime(value));
    case 'decimal':
      return element('td', { class: 'num', ...data }, value === null ? '—' : loc.decimal(value));
    default:
      return element('td', { class: 'num', ...data }, value === null ? '—' : loc.number(value));
  }
}

/**
 * The Courts panel's table (rows from health.healthRows), sorted by `sort` ({key, dir}); a header click calls
 * onSort(key), a court's name onCourt(code) (filter the page by it), like the court table.
 */
export function renderHealthTable(table, rows, sort, loc, { onSort, onCourt }) {
  const head = sortableHead(HEALTH_COLUMNS, sort, loc, onSort, column => ['time', 'number', 'decimal'].includes(column.kind));

  const body = element('tbody');
  for (const row of sortHealthRows(rows, sort.key, sort.dir, loc.collator)) {
    const tr = element('tr', { 'data-court': row.courtCode, 'data-status': row.status });
    for (const column of HEALTH_COLUMNS) {
      if (column.kind === 'court') {
        tr.append(courtCell(row.courtName, row.courtCode, loc, onCourt));
      } else {
        tr.append(healthCell(column, row, loc));
      }
    }
    body.append(tr);
  }
  if (rows.length === 0)
    body.append(noDataRow(HEALTH_COLUMNS.length, loc));
  table.replaceChildren(head, body);
}

const COMPLETENESS_COLUMNS = [
  ['seen', 'seen', 'number'], ['unseen', 'estimatedUnseen', 'number'], ['unseenShare', 'unseenShare', 'percent'],
  ['withoutActShare', 'withoutActShare', 'percent'], ['namesHiddenShare', 'namesHiddenShare', 'percent'],
];

/** Per court: cases seen, estimated unseen from the case-number holes, and the shares hidden from the public. */
export function renderCompleteness(table, rows, loc) {
  const head = element('thead');
  const top = element('tr');
  top.append(element('th', { scope: 'col', class: 'text' }, loc.t('court')));
  for (const [, label] of COMPLETENESS_COLUMNS)
    top.append(element('th', { scope: 'col', class: 'num' }, loc.t(label)));
  head.append(top);
  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr', { 'data-court': row.courtCode });
    tr.append(element('th', { scope: 'row', class: 'text' }, row.courtCode));
    for (const [key, , kind] of COMPLETENESS_COLUMNS)
      tr.append(element('td', { class: 'num', 'data-key': key, 'data-value': String(row[key] ?? '') },
        kind === 'percent' ? loc.percent(row[key]) : loc.number(row[key])));
    body.append(tr);
  }
  if (rows.length === 0)
    body.append(noDataRow(COMPLETENESS_COLUMNS.length + 1, loc));
  table.replaceChildren(head, body);
}

const CHANGE_COLUMNS = ['newCases', 'revisions', 'outcomesChanged', 'actsPublished', 'reclassified', 'removed'];

/** What changed, per data version (newest first): new cases, revisions, outcomes, published acts, reclassified, removed. */
export function renderChanges(table, rows, loc) {
  const head = element('thead');
  const top = element('tr');
  top.append(element('th', { scope: 'col', class: 'text' }, loc.t('changedAt')));
  for (const key of CHANGE_COLUMNS)
    top.append(element('th', { scope: 'col', class: 'num' }, loc.t(key)));
  head.append(top);
  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr', { 'data-version': row.version });
    tr.append(element('th', { scope: 'row', class: 'text' }, row.at ? loc.dateTime(row.at) : row.version));
    for (const key of CHANGE_COLUMNS)
      tr.append(element('td', { class: 'num', 'data-key': key, 'data-value': String(row[key]) }, loc.number(row[key])));
    body.append(tr);
  }
  if (rows.length === 0)
    body.append(noDataRow(CHANGE_COLUMNS.length + 1, loc));
  table.replaceChildren(head, body);
}
