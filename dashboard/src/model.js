// Pure transforms from the statistics API's JSON (protobuf JSON mapping: int64 as strings, enums by name)
// into what the charts and tables draw. No DOM, no fetch: unit tested with node's test runner.

/** int64 fields arrive as strings, absent defaults as undefined. */
export const num = (value) => (value === undefined || value === null || value === '' ? 0 : Number(value));

/** The categories in the order of the Criminal Code (the proto's enum order). */
export const CATEGORIES = [
  'CATEGORY_DISOBEDIENCE', 'CATEGORY_RESISTANCE_TO_SUPERIOR', 'CATEGORY_VIOLENCE_AGAINST_SUPERIOR', 'CATEGORY_INSULT',
  'CATEGORY_AWOL', 'CATEGORY_DESERTION', 'CATEGORY_EVASION', 'CATEGORY_SURRENDER', 'CATEGORY_LOOTING',
  'CATEGORY_OTHER_MILITARY', 'CATEGORY_NON_MILITARY', 'CATEGORY_UNSPECIFIED',
];

/** Categories that have cases in a summary, in code order (the monthly chart asks one series per category). */
export function presentCategories(summary) {
  const present = new Set((summary?.byCategory ?? []).filter((c) => num(c.cases) > 0).map((c) => c.category));
  return CATEGORIES.filter((c) => present.has(c));
}

/** Monthly intake stacked by category, on the months of the unfiltered-by-category answer. */
export function monthlyStack(total, perCategory) {
  const months = (total?.months ?? []).map((m) => m.month);
  const byCategory = perCategory.map(({ category, answer }) => {
    const counts = new Map((answer?.months ?? []).map((m) => [m.month, num(m.casesReceived)]));
    return { category, data: months.map((m) => counts.get(m) ?? 0) };
  });
  return {
    months,
    recordMonth: total?.recordMonth ?? '',
    received: (total?.months ?? []).map((m) => num(m.casesReceived)),
    verdicts: (total?.months ?? []).map((m) => num(m.verdicts)),
    byCategory: byCategory.filter((c) => c.data.some((v) => v > 0)),
  };
}

/** One row per article part (or per article without parts), articles by cases, parts in order. */
export function articleParts(breakdown, limit = 20) {
  const rows = [];
  for (const article of breakdown?.articles ?? []) {
    const parts = (article.parts ?? []).filter((p) => p.part !== '');
    const figures = parts.length > 0 ? parts : [article.totals ?? {}];
    for (const figure of figures) {
      rows.push({
        article: article.article,
        part: parts.length > 0 ? figure.part : '',
        category: article.category,
        cases: num(figure.cases),
        defendants: num(figure.defendants),
        verdictCases: num(figure.verdictCases),
        convicted: num(figure.convictedDefendants),
      });
    }
  }
  return rows.slice(0, limit);
}

/** The articles and parts a filter can pick, from an article breakdown: "337", "337|5", ... */
export function articleChoices(breakdown) {
  const choices = [];
  for (const article of breakdown?.articles ?? []) {
    choices.push({ article: article.article, part: '', cases: num(article.totals?.cases) });
    for (const part of article.parts ?? []) {
      if (part.part !== '')
        choices.push({ article: article.article, part: part.part, cases: num(part.cases) });
    }
  }
  return choices;
}

/** Yearly buckets 0–12, 12–24, … 108–120, 120+ months: the service's histogram, with empty buckets filled in. */
export const TERM_BUCKETS = [...Array.from({ length: 10 }, (_, i) => ({ from: i * 12, to: (i + 1) * 12 })), { from: 120, to: 0 }];

function bucketCounts(terms) {
  const counts = new Map((terms?.histogram ?? []).map((b) => [num(b.fromMonths), num(b.count)]));
  return TERM_BUCKETS.map((b) => counts.get(b.from) ?? 0);
}

/**
 * Sentence lengths of one article: real (imprisonment) against suspended terms per yearly bucket. The article is
 * the filtered one when the filter names one, else the article with most convicted defendants (sentence figures
 * are per article: a sum over articles would count a defendant charged under two of them twice).
 */
export function sentenceLengths(stats, filterArticle) {
  const articles = stats?.articles ?? [];
  const chosen = articles.find((a) => a.article === filterArticle) ?? articles[0];
  if (!chosen)
    return { article: '', real: bucketCounts(null), suspended: bucketCounts(null), rows: [] };
  const rows = articles.map((a) => ({
    article: a.article,
    convicted: num(a.convictedDefendants),
    known: num(a.knownSentences),
    suspendedShare: num(a.suspendedShare),
    realCount: num(a.realTerms?.count),
    realMedian: num(a.realTerms?.medianMonths),
    realMax: num(a.realTerms?.maxMonths),
    suspendedCount: num(a.suspendedTerms?.count),
    suspendedMedian: num(a.suspendedTerms?.medianMonths),
    suspendedMax: num(a.suspendedTerms?.maxMonths),
  }));
  return { article: chosen.article, real: bucketCounts(chosen.realTerms), suspended: bucketCounts(chosen.suspendedTerms), rows };
}

/** "2023-02" → "2023-02-28": the as-of date that counts everything known by the end of that month. */
export function monthEnd(month) {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/**
 * The as-of dates of the suspended-share series: the end of each month of the intake (capped at asOf), at most
 * `max` of them (every k-th month, the last always kept) so that a long history costs a bounded number of calls.
 */
export function shareDates(months, asOf, max = 24) {
  const dates = months.map((m) => {
    const end = monthEnd(m);
    return asOf && end > asOf ? asOf : end;
  });
  const unique = [...new Set(dates)];
  if (unique.length <= max)
    return unique;
  const step = Math.ceil(unique.length / max);
  const picked = unique.filter((_, i) => (unique.length - 1 - i) % step === 0);
  return picked;
}

/**
 * Suspended share over time from summaries as of successive dates. Counts only grow with the as-of date, so the
 * difference between two summaries is what became known in between: `period` is the share among those.
 */
export function shareSeries(points) {
  let previous = { known: 0, suspended: 0 };
  return points.map(({ asOf, summary }) => {
    const known = num(summary?.knownSentences);
    const suspended = num(summary?.suspendedSentences);
    const newKnown = known - previous.known;
    const newSuspended = suspended - previous.suspended;
    previous = { known, suspended };
    return {
      asOf,
      known,
      suspended,
      cumulative: known > 0 ? suspended / known : null,
      period: newKnown > 0 ? newSuspended / newKnown : null,
      newKnown,
    };
  });
}

/** The court table: the court breakdown joined with each court's published-act share. */
export function courtRows(courts, transparency) {
  const published = new Map((transparency?.courts ?? []).map((c) => [c.courtCode, c.figure ?? {}]));
  return (courts?.courts ?? []).map((c) => {
    const figure = published.get(c.courtCode) ?? {};
    return {
      courtCode: c.courtCode,
      courtName: c.courtName || c.courtCode,
      cases: num(c.cases),
      defendants: num(c.defendants),
      verdictCases: num(c.verdictCases),
      convicted: num(c.convictedDefendants),
      known: num(c.knownSentences),
      suspended: num(c.suspendedSentences),
      suspendedShare: num(c.knownSentences) > 0 ? num(c.suspendedShare) : null,
      longestReal: num(c.longestRealMonths),
      longestSuspended: num(c.longestSuspendedMonths),
      published: num(figure.publishedVerdictCases),
      publishedShare: num(figure.verdictCases) > 0 ? num(figure.publishedShare) : null,
    };
  });
}

/** Sorted copy: numbers numerically (empty values last), text by the given collator; ties by court code. */
export function sortRows(rows, key, direction, collator) {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null)
      return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? collator.compare(x, y) : x - y;
    return order * sign;
  };
  return [...rows].sort((a, b) => compare(a, b) || a.courtCode.localeCompare(b.courtCode));
}

/** Known sentences by source, and the published share, from the transparency totals. */
export function transparencyFigures(transparency) {
  const totals = transparency?.totals ?? {};
  return {
    verdictCases: num(totals.verdictCases),
    published: num(totals.publishedVerdictCases),
    publishedShare: num(totals.verdictCases) > 0 ? num(totals.publishedShare) : null,
    known: num(totals.knownSentences),
    bySource: (totals.bySource ?? []).map((s) => ({ source: s.source, sentences: num(s.sentences) })),
  };
}

/** Court codes as a filter holds them: trimmed, without empties or repeats, in the order given. */
export function courtList(codes) {
  return [...new Set((codes ?? []).map((c) => String(c).trim()).filter((c) => c !== ''))];
}

/**
 * The view's filters in the URL fragment (#asOf=…&court=…&court=…&article=…&part=…&all=1): a view can be shared.
 * `court` repeats, one per court picked (a link to one court is still `court=46GV0001`).
 */
export function parseHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '') ? params.get('asOf') : '',
    courts: courtList(params.getAll('court')),
    article: params.get('article') ?? '',
    part: params.get('article') ? params.get('part') ?? '' : '',
    allCases: params.get('all') === '1',
  };
}

/** The filters as URL parameters under the given names (the fragment's and the API's differ). */
function filterParams(f, names) {
  const params = new URLSearchParams();
  if (f.asOf)
    params.set('asOf', f.asOf);
  for (const court of courtList(f.courts))
    params.append(names.court, court);
  if (f.article)
    params.set('article', f.article);
  if (f.article && f.part)
    params.set('part', f.part);
  if (f.category)
    params.set('category', f.category);
  if (f.allCases)
    params.set(...names.allCases);
  return params.toString();
}

export function formatHash(filters) {
  const text = filterParams(filters, { court: 'court', allCases: ['all', '1'] });
  return text ? `#${text}` : '';
}

/** The query string every statistics route takes for these filters (courtCodes repeated, article, part). */
export function filterQuery(filters, overrides = {}) {
  return filterParams({ ...filters, ...overrides }, { court: 'courtCodes', allCases: ['allCases', 'true'] });
}

/**
 * The court picker's entries: every court of the court breakdown by name (then code), with its cases, and any
 * picked court the breakdown does not list (a link to a court with no data yet) first, by code.
 */
export function courtChoices(breakdown, picked, collator) {
  const known = (breakdown?.courts ?? []).map((c) => ({ code: c.courtCode, name: c.courtName || c.courtCode, cases: num(c.cases) }));
  const listed = new Set(known.map((c) => c.code));
  const missing = courtList(picked).filter((code) => !listed.has(code)).sort().map((code) => ({ code, name: code, cases: null }));
  known.sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  return [...missing, ...known];
}

/**
 * The picker's entries grouped by district or fleet court, from the court registry (GET /api/v1/courts): one group
 * per district with its listed courts (the district court itself among them) in the entries' order, groups by the
 * district's name; entries the registry does not place (unknown courts, courts above the districts, garrison courts
 * without a known district) in a last group with code ''. Null without a registry: the picker stays a flat list.
 */
export function courtGroups(choices, registry, collator) {
  const courts = registry?.courts ?? [];
  if (courts.length === 0)
    return null;
  const byCode = new Map(courts.map((c) => [c.code, c]));
  const groups = new Map();
  const other = { code: '', name: '', courts: [] };
  for (const choice of choices) {
    const district = byCode.get(choice.code)?.districtCode ?? '';
    if (district === '' || !byCode.has(district)) {
      other.courts.push(choice);
      continue;
    }
    if (!groups.has(district))
      groups.set(district, { code: district, name: byCode.get(district).name, courts: [] });
    groups.get(district).courts.push(choice);
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  return other.courts.length > 0 ? [...sorted, other] : sorted;
}

/** How a group's box shows a pick: 'all' of its courts ticked, 'some' (indeterminate) or 'none'. */
export function groupTick(groupCodes, picked) {
  const chosen = new Set(picked);
  const ticked = groupCodes.filter((code) => chosen.has(code)).length;
  return ticked === 0 ? 'none' : ticked === groupCodes.length ? 'all' : 'some';
}

/** Whether a court matches the picker's search text (name or code, case-insensitive; all words). */
export function courtMatches(court, search) {
  const text = `${court.name} ${court.code}`.toLocaleLowerCase();
  return search.toLocaleLowerCase().split(/\s+/).filter(Boolean).every((word) => text.includes(word));
}

/**
 * Splits a stream of JSON objects (one per message: newline-delimited or simply concatenated, as JSON
 * transcoding writes server streams) into whole objects, whatever the chunk boundaries.
 */
export class JsonObjectSplitter {
  #buffer = '';
  #depth = 0;
  #inString = false;
  #escaped = false;
  #start = -1;
  #scanned = 0;

  /** Feeds text; returns the objects completed by it, parsed. */
  push(text) {
    this.#buffer += text;
    const done = [];
    for (let i = this.#scanned; i < this.#buffer.length; i++) {
      const ch = this.#buffer[i];
      if (this.#inString) {
        if (this.#escaped)
          this.#escaped = false;
        else if (ch === '\\')
          this.#escaped = true;
        else if (ch === '"')
          this.#inString = false;
        continue;
      }
      if (ch === '"') {
        this.#inString = true;
      } else if (ch === '{') {
        if (this.#depth === 0)
          this.#start = i;
        this.#depth++;
      } else if (ch === '}' && this.#depth > 0) {
        this.#depth--;
        if (this.#depth === 0) {
          done.push(JSON.parse(this.#buffer.slice(this.#start, i + 1)));
          this.#start = -1;
        }
      }
    }
    // Keep only an unfinished object.
    if (this.#depth === 0) {
      this.#buffer = '';
      this.#scanned = 0;
    } else {
      this.#buffer = this.#buffer.slice(this.#start);
      this.#scanned = this.#buffer.length;
      this.#start = 0;
    }
    return done;
  }
}

/**
 * The completeness panel: GetCompleteness's court-and-month rows summed per court, the courts with the most cases
 * estimated unseen first. Unseen share = estimated unseen / (seen + estimated unseen); shares null without a denominator.
 */
export function completenessRows(answer) {
  const courts = new Map();
  for (const m of answer?.months ?? []) {
    const row = courts.get(m.courtCode) ?? { courtCode: m.courtCode, months: 0, seen: 0, unseen: 0, decided: 0, withoutAct: 0, namesHidden: 0 };
    row.months++;
    row.seen += num(m.seen);
    row.unseen += num(m.estimatedUnseen);
    row.decided += num(m.decided);
    row.withoutAct += num(m.decidedWithoutPublishedAct);
    row.namesHidden += num(m.namesHidden);
    courts.set(m.courtCode, row);
  }
  return [...courts.values()]
    .map((r) => ({
      ...r,
      unseenShare: r.seen + r.unseen > 0 ? r.unseen / (r.seen + r.unseen) : null,
      withoutActShare: r.decided > 0 ? r.withoutAct / r.decided : null,
      namesHiddenShare: r.seen > 0 ? r.namesHidden / r.seen : null,
    }))
    .sort((a, b) => b.unseen - a.unseen || b.seen - a.seen || a.courtCode.localeCompare(b.courtCode));
}

/** The "what changed" panel: ListChanges's data versions, newest first, at most `limit`. */
export function changeRows(answer, limit = 20) {
  return (answer?.versions ?? [])
    .map((v) => ({
      version: String(v.version ?? ''),
      at: v.at ?? '',
      newCases: num(v.newCases),
      revisions: num(v.revisions),
      outcomesChanged: num(v.outcomesChanged),
      actsPublished: num(v.actsPublished),
      reclassified: num(v.reclassified),
      removed: num(v.removed),
    }))
    .sort((a, b) => (BigInt(b.version || '0') > BigInt(a.version || '0') ? 1 : -1))
    .slice(0, limit);
}

/** ListChanges's query: changes since the start of a day, of some courts (none: every court). */
export function changesQuery(since, courts) {
  const params = new URLSearchParams({ since });
  for (const court of courtList(courts))
    params.append('courtCodes', court);
  return params.toString();
}

/** The day `days` before the given YYYY-MM-DD, as YYYY-MM-DD: where the "what changed" panel starts. */
export function daysBefore(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}
