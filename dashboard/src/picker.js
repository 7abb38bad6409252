// The court filter: a drop-down of every court, a checkbox each, with a search box. Ticks apply after a short
// pause, so that picking several courts costs one reload; "All courts" clears the pick at once. With the court
// registry (GET /api/v1/courts) the courts come grouped by district or fleet court, and a group's box ticks them all.
import { courtMatches, groupTick } from './model.js';

const PICK_DELAY_MS = 400;

function option(court, loc) {
  const label = document.createElement('label');
  label.className = 'option';
  label.dataset.code = court.code;
  label.dataset.name = court.name;
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.value = court.code;
  const name = document.createElement('span');
  name.textContent = court.name;
  const detail = document.createElement('small');
  detail.textContent = court.cases === null ? court.code : `${court.code} · ${loc.number(court.cases)}`;
  label.append(box, name, detail);
  return label;
}

/** A district's heading with its box (no value: the browser test ticks courts by value), then its courts. */
function group(entry, loc) {
  const section = document.createElement('div');
  section.className = 'group';
  section.dataset.group = entry.code;
  const head = document.createElement('label');
  head.className = 'group-head';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.dataset.group = entry.code;
  const name = document.createElement('span');
  name.textContent = entry.code === '' ? loc.t('otherCourts') : entry.name;
  head.append(box, name);
  section.append(head, ...entry.courts.map((c) => option(c, loc)));
  return section;
}

/**
 * Wires the picker's elements ({ details, summary, search, clear, list }); onChange(codes) is called with the
 * picked court codes (in list order) when the pick changes. render() fills it from model.courtChoices().
 */
export function courtPicker({ details, summary, search, clear, list }, onChange) {
  let loc = null;
  let shown = '';
  let timer = 0;
  let applied = [];
  const boxes = () => [...list.querySelectorAll('label.option input[type="checkbox"]')];
  const groupBoxes = () => [...list.querySelectorAll('input[data-group]')];
  const courtsOf = (section) => [...section.querySelectorAll('label.option input[type="checkbox"]')];
  const picked = () => boxes().filter((box) => box.checked).map((box) => box.value);

  function describe() {
    const chosen = boxes().filter((box) => box.checked);
    const codes = chosen.map((box) => box.value);
    for (const box of groupBoxes()) {
      const tick = groupTick(courtsOf(box.closest('.group')).map((court) => court.value), codes);
      box.checked = tick === 'all';
      box.indeterminate = tick === 'some';
    }
    summary.textContent = chosen.length === 0 ? loc.t('allCourts')
      : chosen.length === 1 ? chosen[0].closest('label').dataset.name
        : loc.courtCount(chosen.length);
    summary.title = chosen.map((box) => box.closest('label').dataset.name).join('\n');
  }

  function applySearch() {
    for (const entry of list.querySelectorAll('label.option'))
      entry.hidden = !courtMatches({ code: entry.dataset.code, name: entry.dataset.name }, search.value);
    for (const section of list.querySelectorAll('.group'))
      section.hidden = section.querySelectorAll('label.option:not([hidden])').length === 0;
  }

  function apply() {
    clearTimeout(timer);
    timer = 0;
    const codes = picked();
    if ([...codes].sort().join('\n') !== [...applied].sort().join('\n'))
      onChange(codes);
  }

  // The picker's own events stay inside it: the filter form reacts to the other fields at once.
  list.addEventListener('change', (event) => {
    event.stopPropagation();
    // A group's box ticks or clears every court of the group that the search shows.
    if (event.target.dataset.group !== undefined) {
      for (const box of courtsOf(event.target.closest('.group')))
        if (!box.closest('label').hidden)
          box.checked = event.target.checked;
    }
    describe();
    clearTimeout(timer);
    timer = setTimeout(apply, PICK_DELAY_MS);
  });
  search.addEventListener('change', (event) => event.stopPropagation());
  search.addEventListener('input', applySearch);
  clear.addEventListener('click', () => {
    for (const box of boxes())
      box.checked = false;
    describe();
    apply();
  });
  document.addEventListener('click', (event) => {
    if (details.open && !details.contains(event.target))
      details.open = false;
  });
  details.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && details.open) {
      details.open = false;
      summary.focus();
    }
  });

  return {
    picked,
    /** Whether ticks are waiting to apply. */
    pending: () => timer !== 0,
    /**
     * The choices (grouped when groups, from model.courtGroups, are given) and the filter's courts; the list is
     * rebuilt only when the choices change (focus stays).
     */
    render(choices, codes, locale, groups = null) {
      loc = locale;
      applied = codes;
      const grouping = groups ? groups.map((g) => `${g.code}:${g.courts.map((c) => c.code).join(',')}`).join(';') : '';
      const key = `${loc.lang}\n${grouping}\n${choices.map((c) => `${c.code}\t${c.name}\t${c.cases}`).join('\n')}`;
      if (key !== shown) {
        shown = key;
        list.replaceChildren(...(groups ? groups.map((g) => group(g, loc)) : choices.map((c) => option(c, loc))));
        applySearch();
      }
      // A pick still waiting to apply wins over the filters of the load that just finished.
      if (!timer) {
        const wanted = new Set(codes);
        for (const box of boxes())
          box.checked = wanted.has(box.value);
      }
      search.placeholder = loc.t('searchCourts');
      describe();
    },
  };
}
