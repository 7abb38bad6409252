// Unit tests of the dashboard's pure transforms: `node --test test/` (the end-to-end project runs them too).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  HEALTH_STATUSES, healthCounts, healthRows, healthStatus, isoDate, sortHealthRows, statusLabel, statusTone, timestampMs,
} from '../src/health.js';
import { locale } from '../src/i18n.js';
import {
  articleChoices, articleParts, changeRows, changesQuery, completenessRows, daysBefore, courtChoices, courtGroups, courtList, courtMatches, courtRows, groupTick, filterQuery, formatHash, JsonObjectSplitter,
  monthEnd, monthlyStack, parseHash, presentCategories, sentenceLengths, shareDates, shareSeries, sortRows,
} from '../src/model.js';

test('categories with cases come in the order of the code, int64 strings and numbers alike', () => {
  const summary = { byCategory: [{ category: 'CATEGORY_DESERTION', cases: '2' }, { category: 'CATEGORY_AWOL', cases: 5 }, { category: 'CATEGORY_LOOTING', cases: '0' }] };
  assert.deepEqual(presentCategories(summary), ['CATEGORY_AWOL', 'CATEGORY_DESERTION']);
});

test('the monthly stack puts every category on the total answer\'s months and drops empty ones', () => {
  const total = {
    months: [{ month: '2023-01', casesReceived: '1' }, { month: '2023-02', casesReceived: '0', verdicts: '1' }, { month: '2023-03', casesReceived: '3', verdicts: '2' }],
    recordMonth: '2023-03',
  };
  const stack = monthlyStack(total, [
    { category: 'CATEGORY_AWOL', answer: { months: [{ month: '2023-01', casesReceived: '1' }, { month: '2023-03', casesReceived: '2' }] } },
    { category: 'CATEGORY_DESERTION', answer: { months: [{ month: '2023-03', casesReceived: '1' }] } },
    { category: 'CATEGORY_INSULT', answer: { months: [] } },
  ]);
  assert.deepEqual(stack.months, ['2023-01', '2023-02', '2023-03']);
  assert.equal(stack.recordMonth, '2023-03');
  assert.deepEqual(stack.received, [1, 0, 3]);
  assert.deepEqual(stack.verdicts, [0, 1, 2]);
  assert.deepEqual(stack.byCategory, [
    { category: 'CATEGORY_AWOL', data: [1, 0, 2] },
    { category: 'CATEGORY_DESERTION', data: [0, 0, 1] },
  ]);
});

test('article rows are one per part, or the totals of an article without parts', () => {
  const breakdown = {
    articles: [
      { article: '337', totals: { cases: '3' }, parts: [{ part: '3.1', cases: '1', verdictCases: '1' }, { part: '5', cases: '3', verdictCases: '2' }] },
      { article: '352.1', totals: { cases: '1', defendants: '2' }, parts: [{ part: '', cases: '1' }] },
    ],
  };
  assert.deepEqual(articleParts(breakdown).map((r) => [r.article, r.part, r.cases, r.verdictCases]),
    [['337', '3.1', 1, 1], ['337', '5', 3, 2], ['352.1', '', 1, 0]]);
  assert.deepEqual(articleChoices(breakdown).map((c) => `${c.article}|${c.part}:${c.cases}`), ['337|:3', '337|3.1:1', '337|5:3', '352.1|:1']);
});

test('sentence lengths fill the empty yearly buckets and follow the filtered article', () => {
  const stats = {
    articles: [
      { article: '337', realTerms: { count: '2', histogram: [{ fromMonths: 24, toMonths: 36, count: '1' }, { fromMonths: 120, count: '1' }] }, suspendedTerms: { histogram: [{ fromMonths: 60, toMonths: 72, count: '3' }] } },
      { article: '332', realTerms: { histogram: [{ fromMonths: 0, toMonths: 12, count: '4' }] } },
    ],
  };
  const top = sentenceLengths(stats, '');
  assert.equal(top.article, '337');
  assert.deepEqual(top.real, [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(top.suspended, [0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0]);
  assert.equal(sentenceLengths(stats, '332').real[0], 4);
  assert.equal(sentenceLengths({ articles: [] }, '').article, '');
});

test('share dates are month ends capped at the as-of date, thinned to the maximum with the last kept', () => {
  assert.equal(monthEnd('2024-02'), '2024-02-29');
  assert.equal(monthEnd('2023-12'), '2023-12-31');
  assert.deepEqual(shareDates(['2023-01', '2023-02', '2023-03', '2023-04'], '2023-04-03'), ['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-03']);
  const months = Array.from({ length: 30 }, (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const thinned = shareDates(months, '', 24);
  assert.ok(thinned.length <= 24);
  assert.equal(thinned.at(-1), '2023-06-30');
});

test('the share series gives the cumulative share and the share among what became known in between', () => {
  const series = shareSeries([
    { asOf: 'a', summary: { knownSentences: '0', suspendedSentences: '0' } },
    { asOf: 'b', summary: { knownSentences: '1', suspendedSentences: '1' } },
    { asOf: 'c', summary: { knownSentences: '3', suspendedSentences: '1' } },
  ]);
  assert.deepEqual(series.map((p) => [p.cumulative, p.period]), [[null, null], [1, 1], [1 / 3, 0]]);
});

test('court rows join the published share, and sorting keeps empty values last either way', () => {
  const rows = courtRows(
    { courts: [{ courtCode: 'B', courtName: 'Бета', cases: '2', knownSentences: '0' }, { courtCode: 'A', courtName: 'Альфа', cases: '5', knownSentences: '2', suspendedShare: 0.5 }] },
    { courts: [{ courtCode: 'A', figure: { verdictCases: '2', publishedVerdictCases: '1', publishedShare: 0.5 } }] },
  );
  assert.deepEqual(rows.map((r) => [r.courtCode, r.suspendedShare, r.publishedShare]), [['B', null, null], ['A', 0.5, 0.5]]);
  const collator = new Intl.Collator('ru');
  assert.deepEqual(sortRows(rows, 'cases', 'desc', collator).map((r) => r.courtCode), ['A', 'B']);
  assert.deepEqual(sortRows(rows, 'cases', 'asc', collator).map((r) => r.courtCode), ['B', 'A']);
  assert.deepEqual(sortRows(rows, 'courtName', 'asc', collator).map((r) => r.courtCode), ['A', 'B']);
  assert.deepEqual(sortRows(rows, 'suspendedShare', 'asc', collator).map((r) => r.courtCode), ['A', 'B']);
  assert.deepEqual(sortRows(rows, 'suspendedShare', 'desc', collator).map((r) => r.courtCode), ['A', 'B']);
});

test('filters round-trip through the URL fragment and become the API\'s query parameters', () => {
  const filters = { asOf: '2023-04-03', courts: ['46GV0001'], article: '337', part: '5', allCases: true };
  assert.deepEqual(parseHash(formatHash(filters)), filters);
  assert.equal(formatHash(filters), '#asOf=2023-04-03&court=46GV0001&article=337&part=5&all=1');
  assert.deepEqual(parseHash('#asOf=soon&part=5'), { asOf: '', courts: [], article: '', part: '', allCases: false });
  assert.equal(filterQuery(filters, { category: 'CATEGORY_AWOL' }),
    'asOf=2023-04-03&courtCodes=46GV0001&article=337&part=5&category=CATEGORY_AWOL&allCases=true');
  assert.equal(filterQuery({ ...filters, courts: [], article: '' }), 'asOf=2023-04-03&allCases=true');
});

test('several courts repeat in the fragment and in the query, without blanks or repeats', () => {
  const filters = { asOf: '', courts: ['35GV0001', '65GV0001'], article: '', part: '', allCases: false };
  assert.equal(formatHash(filters), '#court=35GV0001&court=65GV0001');
  assert.deepEqual(parseHash('#court=35GV0001&court=65GV0001&court=&court=35GV0001').courts, ['35GV0001', '65GV0001']);
  assert.equal(filterQuery(filters), 'courtCodes=35GV0001&courtCodes=65GV0001');
  assert.deepEqual(courtList([' A ', '', 'B', 'A']), ['A', 'B']);
});

test('the court picker lists courts by name, picked courts without data first, and searches names and codes', () => {
  const { collator } = locale('ru');
  const choices = courtChoices({
    courts: [
      { courtCode: '65GV0001', courtName: 'Южно-Сахалинский гарнизонный военный суд', cases: '12' },
      { courtCode: '41GV0001', courtName: '35 гарнизонный военный суд', cases: '30' },
      { courtCode: '46GV0001', courtName: '', cases: 0 },
    ],
  }, ['99GV0001', '65GV0001'], collator);
  assert.deepEqual(choices.map((c) => [c.code, c.cases]), [['99GV0001', null], ['41GV0001', 30], ['46GV0001', 0], ['65GV0001', 12]]);
  assert.equal(choices[2].name, '46GV0001');
  assert.ok(courtMatches(choices[3], 'сахалин'));
  assert.ok(courtMatches(choices[3], 'ЮЖНО 65gv'));
  assert.ok(!courtMatches(choices[3], 'сахалин 41GV'));
  assert.ok(courtMatches(choices[1], ''));
});

test('court counts take the plural form of the language', () => {
  const ru = locale('ru');
  const en = locale('en');
  assert.deepEqual([1, 3, 5, 21, 24].map((n) => ru.courtCount(n)), ['1 суд', '3 суда', '5 судов', '21 суд', '24 суда']);
  assert.deepEqual([1, 24].map((n) => en.courtCount(n)), ['1 court', '24 courts']);
});

test('the stream splitter returns whole objects whatever the chunks, braces in strings included', () => {
  const splitter = new JsonObjectSplitter();
  assert.deepEqual(splitter.push('{"summary":{"cases":1,"name":"a}\\"{"}}\n{"summ'), [{ summary: { cases: 1, name: 'a}"{' } }]);
  assert.deepEqual(splitter.push('ary":{"cases":2}}'), [{ summary: { cases: 2 } }]);
  assert.deepEqual(splitter.push('[{"a":1},{"b":2}]'), [{ a: 1 }, { b: 2 }]);
});

test('numbers, shares and articles are written for Russian and English readers', () => {
  const ru = locale('ru');
  const en = locale('en');
  const spaces = (text) => text.replace(/[\u00a0\u202f]/g, ' ');
  assert.equal(spaces(ru.number(12345)), '12 345');
  assert.equal(en.number(12345), '12,345');
  assert.equal(spaces(ru.percent(1 / 3)), '33,3 %');
  assert.equal(en.percent(1 / 3), '33.3%');
  assert.equal(ru.percent(null), '—');
  assert.equal(ru.article('337', '5'), 'ст. 337 ч. 5');
  assert.equal(en.article('337', ''), 'Art. 337');
  assert.equal(en.month('2023-03'), 'Mar 2023');
  assert.equal(locale('xx').lang, 'ru');
});

const registry = {
  registryVersion: 'courts.v1+000000000000',
  courts: [
    { code: '54KV0000', name: 'Кассационный военный суд', level: 'COURT_LEVEL_CASSATION', districtCode: '' },
    { code: '77OV0000', name: '2-й Западный окружной военный суд', level: 'COURT_LEVEL_DISTRICT', districtCode: '77OV0000' },
    { code: '77GV0020', name: 'Курский гарнизонный военный суд', level: 'COURT_LEVEL_GARRISON', districtCode: '77OV0000' },
    { code: '39OV0000', name: 'Балтийский флотский военный суд', level: 'COURT_LEVEL_DISTRICT', districtCode: '39OV0000' },
    { code: '39GV0005', name: '224 гарнизонный военный суд', level: 'COURT_LEVEL_GARRISON', districtCode: '39OV0000' },
    { code: '31GV0007', name: 'Знаменский гарнизонный военный суд', level: 'COURT_LEVEL_GARRISON', districtCode: '' },
  ],
};

test('the picker groups its courts by district or fleet court, districts by name, unplaced courts last', () => {
  const collator = new Intl.Collator('ru');
  const choices = [
    { code: '46GV0001', name: '46GV0001', cases: null },
    { code: '39GV0005', name: '224 гарнизонный военный суд', cases: 2 },
    { code: '77GV0020', name: 'Курский гарнизонный военный суд', cases: 5 },
    { code: '77OV0000', name: '2-й Западный окружной военный суд', cases: 1 },
    { code: '31GV0007', name: 'Знаменский гарнизонный военный суд', cases: 1 },
    { code: '54KV0000', name: 'Кассационный военный суд', cases: 1 },
  ];
  const groups = courtGroups(choices, registry, collator);
  assert.deepEqual(groups.map((g) => [g.code, g.courts.map((c) => c.code)]), [
    ['77OV0000', ['77GV0020', '77OV0000']],
    ['39OV0000', ['39GV0005']],
    ['', ['46GV0001', '31GV0007', '54KV0000']],
  ]);
  assert.equal(groups[1].name, 'Балтийский флотский военный суд');
  // Every entry lands in exactly one group.
  assert.equal(groups.flatMap((g) => g.courts).length, choices.length);
});

test('without a registry, or with only placed courts, there is no empty group', () => {
  const collator = new Intl.Collator('ru');
  assert.equal(courtGroups([{ code: '77GV0020', name: 'Курский', cases: 1 }], null, collator), null);
  assert.equal(courtGroups([{ code: '77GV0020', name: 'Курский', cases: 1 }], { courts: [] }, collator), null);
  assert.deepEqual(courtGroups([{ code: '77GV0020', name: 'Курский', cases: 1 }], registry, collator).map((g) => g.code), ['77OV0000']);
});

test('a group box shows whether all, some or none of its courts are picked', () => {
  assert.equal(groupTick(['77GV0020', '77OV0000'], ['77GV0020', '77OV0000', '46GV0001']), 'all');
  assert.equal(groupTick(['77GV0020', '77OV0000'], ['77OV0000']), 'some');
  assert.equal(groupTick(['77GV0020', '77OV0000'], ['39GV0005']), 'none');
});

// ---- the Courts panel: registry × collector health ---------------------------------------------------------

const health = {
  courts: [
    {
      courtCode: '77GV0020', status: 'COURT_HEALTH_STATUS_CAPTCHA', cause: 'Неверно указан проверочный код',
      since: '2025-03-01T10:00:00.123456789Z', lastSuccessTime: '2025-02-28T09:30:00Z', casesSeen: 120,
      expectedCasesPerMonth: 4.5, silentDays: 3, lastEntryDate: { year: 2025, month: 2, day: 27 },
    },
    { courtCode: '77OV0000', status: 'COURT_HEALTH_STATUS_OK', lastSuccessTime: '2025-03-01T08:00:00Z', lastNewCaseTime: '2025-02-20T08:00:00Z', casesSeen: 40 },
    { courtCode: '39GV0005', status: 'COURT_HEALTH_STATUS_STALE', cause: 'P = 4e-5 after 60 days', since: '2025-01-01T00:00:00Z', casesSeen: 60, silentDays: 60 },
    { courtCode: '99GV0001', status: 'COURT_HEALTH_STATUS_LAYOUT_CHANGED', cause: 'unknown page' },
    { courtCode: '31GV0007', status: 'COURT_HEALTH_STATUS_SOMETHING_NEW' },
  ],
};

test('a status from the API is one of the panel\'s, anything else reads UNKNOWN; each has a colour and both languages', () => {
  assert.equal(healthStatus('COURT_HEALTH_STATUS_CAPTCHA'), 'COURT_HEALTH_STATUS_CAPTCHA');
  assert.equal(healthStatus(4), 'COURT_HEALTH_STATUS_CAPTCHA');
  for (const missing of [undefined, null, '', 'COURT_HEALTH_STATUS_UNSPECIFIED', 0, 'COURT_HEALTH_STATUS_SOMETHING_NEW', 42])
    assert.equal(healthStatus(missing), 'COURT_HEALTH_STATUS_UNKNOWN');
  assert.deepEqual(HEALTH_STATUSES.map((s) => statusTone(s)), ['ok', 'warn', 'bad', 'bad', 'warn', 'bad', 'bad', 'none', 'none']);
  assert.equal(statusTone(undefined), 'none');
  const [ru, en] = [locale('ru'), locale('en')];
  for (const status of HEALTH_STATUSES) {
    assert.equal(statusLabel(status), status);
    assert.notEqual(ru.t(status), status, `${status} has a Russian label`);
    assert.notEqual(en.t(status), status, `${status} has an English label`);
  }
  assert.equal(ru.t(statusLabel('COURT_HEALTH_STATUS_LAYOUT_CHANGED')), 'Сменилась вёрстка');
  assert.equal(en.t(statusLabel(8)), 'Layout changed');
});

test('timestamps of any precision and google.type.Date values are read, absent ones are empty', () => {
  assert.equal(timestampMs('2025-03-01T10:00:00Z'), Date.UTC(2025, 2, 1, 10));
  assert.equal(timestampMs('2025-03-01T10:00:00.123456789Z'), Date.UTC(2025, 2, 1, 10, 0, 0, 123));
  assert.equal(timestampMs('2025-03-01T13:00:00+03:00'), Date.UTC(2025, 2, 1, 10));
  assert.equal(timestampMs(undefined), null);
  assert.equal(timestampMs('soon'), null);
  assert.equal(isoDate({ year: 2025, month: 2, day: 7 }), '2025-02-07');
  assert.equal(isoDate(undefined), '');
  assert.equal(locale('en').dateTime(null), '—');
});

test('the panel has one row per registry court joined with its health, UNKNOWN without an entry, then courts only the collector reports', () => {
  const rows = healthRows(registry, health);
  assert.deepEqual(rows.map((r) => [r.courtCode, r.status]), [
    ['54KV0000', 'COURT_HEALTH_STATUS_UNKNOWN'],
    ['77OV0000', 'COURT_HEALTH_STATUS_OK'],
    ['77GV0020', 'COURT_HEALTH_STATUS_CAPTCHA'],
    ['39OV0000', 'COURT_HEALTH_STATUS_UNKNOWN'],
    ['39GV0005', 'COURT_HEALTH_STATUS_STALE'],
    ['31GV0007', 'COURT_HEALTH_STATUS_UNKNOWN'],
    ['99GV0001', 'COURT_HEALTH_STATUS_LAYOUT_CHANGED'],
  ]);
  const captcha = rows[2];
  assert.equal(captcha.courtName, 'Курский гарнизонный военный суд');
  assert.equal(captcha.districtName, '2-й Западный окружной военный суд');
  assert.equal(captcha.level, 'COURT_LEVEL_GARRISON');
  assert.equal(captcha.tone, 'bad');
  assert.equal(captcha.cause, 'Неверно указан проверочный код');
  assert.equal(captcha.since, Date.UTC(2025, 2, 1, 10, 0, 0, 123));
  assert.equal(captcha.lastSuccess, Date.UTC(2025, 1, 28, 9, 30));
  assert.equal(captcha.lastNewCase, null);
  assert.deepEqual([captcha.casesSeen, captcha.expectedPerMonth, captcha.silentDays, captcha.lastEntryDate], [120, 4.5, 3, '2025-02-27']);
  // proto3 leaves zeros out: a reported court has 0, an unreported one has nothing.
  assert.deepEqual([rows[1].silentDays, rows[1].expectedPerMonth, rows[1].cause], [0, 0, null]);
  assert.deepEqual([rows[0].casesSeen, rows[0].since, rows[0].cause, rows[0].tone, rows[0].districtName], [null, null, null, 'none', null]);
  // Not in the registry: named by code (or by the statistics' name when given), no district.
  assert.equal(rows[6].courtName, '99GV0001');
  assert.equal(healthRows(registry, health, { names: new Map([['99GV0001', 'Фейковый суд']]) }).at(-1).courtName, 'Фейковый суд');
});

test('picked courts narrow the panel, a picked court nobody knows reads UNKNOWN, and either answer may be missing', () => {
  assert.deepEqual(healthRows(registry, health, { picked: ['77GV0020', '46GV0001', '99GV0001'] }).map((r) => [r.courtCode, r.status]), [
    ['77GV0020', 'COURT_HEALTH_STATUS_CAPTCHA'], ['99GV0001', 'COURT_HEALTH_STATUS_LAYOUT_CHANGED'], ['46GV0001', 'COURT_HEALTH_STATUS_UNKNOWN'],
  ]);
  assert.deepEqual(healthRows(null, health).map((r) => r.courtCode), ['77GV0020', '77OV0000', '39GV0005', '99GV0001', '31GV0007']);
  assert.deepEqual(healthRows(registry, null).map((r) => r.status), Array(6).fill('COURT_HEALTH_STATUS_UNKNOWN'));
  assert.deepEqual(healthRows(null, null), []);
});

test('courts are counted per status in the panel\'s order, only statuses some court has', () => {
  const counts = healthCounts(healthRows(registry, health));
  assert.equal(counts.total, 7);
  assert.deepEqual(counts.byStatus.map((c) => [c.status, c.tone, c.count]), [
    ['COURT_HEALTH_STATUS_OK', 'ok', 1],
    ['COURT_HEALTH_STATUS_STALE', 'warn', 1],
    ['COURT_HEALTH_STATUS_CAPTCHA', 'bad', 1],
    ['COURT_HEALTH_STATUS_LAYOUT_CHANGED', 'bad', 1],
    ['COURT_HEALTH_STATUS_UNKNOWN', 'none', 3],
  ]);
  assert.deepEqual(healthCounts([]), { total: 0, byStatus: [] });
});

test('the panel sorts by severity, level, text and time, empty values last either way, ties by code', () => {
  const rows = healthRows(registry, health);
  const { collator } = locale('ru');
  const order = (key, dir) => sortHealthRows(rows, key, dir, collator).map((r) => r.courtCode);
  assert.deepEqual(order('status', 'desc'), ['99GV0001', '77GV0020', '39GV0005', '31GV0007', '39OV0000', '54KV0000', '77OV0000']);
  assert.deepEqual(order('status', 'asc'), ['77OV0000', '31GV0007', '39OV0000', '54KV0000', '39GV0005', '77GV0020', '99GV0001']);
  assert.deepEqual(order('level', 'asc').slice(0, 3), ['31GV0007', '39GV0005', '77GV0020']);
  assert.deepEqual(order('level', 'asc').slice(-1), ['99GV0001']);
  assert.deepEqual(order('lastSuccess', 'desc').slice(0, 2), ['77OV0000', '77GV0020']);
  assert.deepEqual(order('lastSuccess', 'asc').slice(0, 2), ['77GV0020', '77OV0000']);
  assert.deepEqual(order('casesSeen', 'desc'), ['77GV0020', '39GV0005', '77OV0000', '31GV0007', '99GV0001', '39OV0000', '54KV0000']);
  assert.deepEqual(order('casesSeen', 'asc').slice(-2), ['39OV0000', '54KV0000']);
  // Russian order: Cyrillic before Latin; courts without a cause last.
  assert.deepEqual(order('cause', 'asc').slice(0, 4), ['77GV0020', '39GV0005', '99GV0001', '31GV0007']);
  // Numbers in names compare as numbers: «2-й …», 99GV0001 (named by its code), «224 …».
  assert.deepEqual(order('courtName', 'asc').slice(0, 3), ['77OV0000', '99GV0001', '39GV0005']);
});

test('completeness sums each court\'s months, shares over their own denominators, most unseen first', () => {
  const rows = completenessRows({ months: [
    { courtCode: 'A', month: '2023-01', seen: '3', estimatedUnseen: '1', decided: '2', decidedWithoutPublishedAct: '1', namesHidden: '0' },
    { courtCode: 'A', month: '2023-02', seen: 1, estimatedUnseen: 2, decided: 0, decidedWithoutPublishedAct: 0, namesHidden: 1 },
    { courtCode: 'B', month: '2023-01', seen: 5, estimatedUnseen: 0 },
    { courtCode: 'C', month: '2023-01', seen: 0, estimatedUnseen: 0 },
  ] });
  assert.deepEqual(rows.map((r) => [r.courtCode, r.months, r.seen, r.unseen]), [['A', 2, 4, 3], ['B', 1, 5, 0], ['C', 1, 0, 0]]);
  assert.equal(rows[0].unseenShare, 3 / 7);
  assert.equal(rows[0].withoutActShare, 1 / 2);
  assert.equal(rows[0].namesHiddenShare, 1 / 4);
  assert.equal(rows[1].withoutActShare, null);
  assert.equal(rows[2].unseenShare, null);
  assert.deepEqual(completenessRows(undefined), []);
});

test('changes come newest first by their int64 version, at most the limit, zeros for absent counts', () => {
  const rows = changeRows({ versions: [
    { version: '1700000000000001', at: '2023-11-14T22:13:20Z', newCases: '2' },
    { version: '1700000000000100', newCases: 1, revisions: 3, outcomesChanged: 1, actsPublished: 1, reclassified: 2, removed: 1 },
    { version: '1700000000000010' },
  ] }, 2);
  assert.deepEqual(rows.map((r) => r.version), ['1700000000000100', '1700000000000010']);
  assert.deepEqual([rows[0].newCases, rows[0].revisions, rows[0].outcomesChanged, rows[0].actsPublished, rows[0].reclassified, rows[0].removed], [1, 3, 1, 1, 2, 1]);
  assert.equal(rows[1].newCases, 0);
  assert.deepEqual(changeRows(null), []);
});

test('the changes panel starts a given number of days back, across month and year ends', () => {
  assert.equal(daysBefore('2023-03-01', 1), '2023-02-28');
  assert.equal(daysBefore('2024-01-05', 30), '2023-12-06');
});

test('the changes query names the day and each picked court once', () => {
  assert.equal(changesQuery('2023-03-01', ['46GV0001', ' 46GV0001 ', '35GV0002']), 'since=2023-03-01&courtCodes=46GV0001&courtCodes=35GV0002');
  assert.equal(changesQuery('2023-03-01', []), 'since=2023-03-01');
});
