// The court filter: a drop-down of every court, a checkbox each, with a search box. Ticks apply after a short
// pause, so that picking several courts costs one reload; "All courts" clears the pick at once.
import { courtMatches } from './model.js';

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

/**
 * Wires the picker's elements ({ details, summary, search, clear, list }); onChange(codes) is called with the
 * picked court codes (in list order) when the pick changes. render() fills it from model.courtChoices().
 */
export function courtPicker({ details, summary, search, clear, list }, onChange) {
  let loc = null;
  let shown = '';
  let timer = 0;
  let applied = [];
  const boxes = () => [...list.querySelectorAll('input[type="checkbox"]')];
  const picked = () => boxes().filter((box) => box.checked).map((box) => box.value);

  function describe() {
    const chosen = boxes().filter((box) => box.checked);
    summary.textContent = chosen.length === 0 ? loc.t('allCourts')
      : chosen.length === 1 ? chosen[0].closest('label').dataset.name
        : loc.courtCount(chosen.length);
    summary.title = chosen.map((box) => box.closest('label').dataset.name).join('\n');
  }

  function applySearch() {
    for (const entry of list.children)
      entry.hidden = !courtMatches({ code: entry.dataset.code, name: entry.dataset.name }, search.value);
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
    /** The choices and the filter's courts; the list is rebuilt only when the choices change (focus stays). */
    render(choices, codes, locale) {
      loc = locale;
      applied = codes;
      const key = `${loc.lang}\n${choices.map((c) => `${c.code}\t${c.name}\t${c.cases}`).join('\n')}`;
      if (key !== shown) {
        shown = key;
        list.replaceChildren(...choices.map((c) => option(c, loc)));
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
