// Unit tests of the dashboard's pure transforms: `node --test test/` (the end-to-end project runs them too).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locale } from '../src/i18n.js';
import {
  articleChoices, articleParts, courtChoices, courtGroups, courtList, courtMatches, courtRows, groupTick, filterQuery, formatHash, JsonObjectSplitter,
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
