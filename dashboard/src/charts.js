// The dashboard's Chart.js charts: only the parts used are registered, so the bundle stays small.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import { bucketLabel } from './i18n.js';
import { TERM_BUCKETS } from './model.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.plugins.legend.labels.boxWidth = 12;
// Redraws on data changes only: animations would make the browser test (and a reader on a slow phone) wait.
Chart.defaults.animation = false;

/** Okabe–Ito and a few more: distinguishable for colour-blind readers. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#999999', '#882255', '#44AA99', '#332288', '#AA4499'];
const RECORD_BAND = 'rgba(213, 94, 0, 0.12)';
const INK = '#1b1b1b';

/** The record month's column: x centre and width, or null (options.plugins.recordMonth: {index, label}). */
function recordColumn(chart, options) {
  const index = options?.index ?? -1;
  const x = chart.scales.x;
  if (index < 0 || !x || index >= chart.data.labels.length)
    return null;
  const width = chart.data.labels.length > 1 ? Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0)) : x.width;
  return { centre: x.getPixelForValue(index), width };
}

/** Shades the record month's column behind the bars and writes a label over them. */
const recordMonthPlugin = {
  id: 'recordMonth',
  beforeDatasetsDraw(chart, _args, options) {
    const column = recordColumn(chart, options);
    if (!column)
      return;
    const { top, bottom } = chart.chartArea;
    chart.ctx.save();
    chart.ctx.fillStyle = RECORD_BAND;
    chart.ctx.fillRect(column.centre - column.width / 2, top, column.width, bottom - top);
    chart.ctx.restore();
  },
  afterDatasetsDraw(chart, _args, options) {
    const column = recordColumn(chart, options);
    if (!column)
      return;
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#D55E00';
    ctx.font = `600 11px ${Chart.defaults.font.family}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText(`★ ${options.label ?? ''}`, column.centre, chart.chartArea.top + 2);
    ctx.restore();
  },
};

function base(loc, extra = {}) {
  return {
    locale: loc.tag,
    responsive: true,
    interaction: { mode: 'index', intersect: false },
    plugins: { legend: { position: 'bottom' }, tooltip: {} },
    ...extra,
  };
}

/** A chart that keeps its canvas and is fed new data and labels with update(). */
class DashboardChart {
  constructor(canvas, type) {
    this.chart = new Chart(canvas, { type, data: { labels: [], datasets: [] }, options: {}, plugins: [recordMonthPlugin] });
  }

  set(labels, datasets, options) {
    this.chart.data.labels = labels;
    this.chart.data.datasets = datasets;
    this.chart.options = options;
    this.chart.update();
  }

  /**
   * What the chart shows, for the page's test hook: the data, and for lines the values where their points were
   * drawn (read back through the value axis), so that a line drawn stacked or off-scale is seen.
   */
  snapshot() {
    const { chart } = this;
    const { data, options } = chart;
    return {
      labels: [...data.labels],
      datasets: data.datasets.map((d, i) => {
        const meta = chart.getDatasetMeta(i);
        const axis = chart.scales[meta.vAxisID];
        const plotted = meta.type === 'line' && axis
          ? meta.data.map((point) => (point.skip ? null : Math.round(axis.getValueForPixel(point.y) * 1000) / 1000))
          : undefined;
        return { label: d.label, key: d.key, data: [...d.data], plotted };
      }),
      recordIndex: options.plugins?.recordMonth?.index ?? -1,
    };
  }
}

export function monthlyChart(canvas) {
  const view = new DashboardChart(canvas, 'bar');
  return {
    view,
    update(stack, loc) {
      const index = stack.months.indexOf(stack.recordMonth);
      const datasets = [
        ...stack.byCategory.map((c, i) => ({
          type: 'bar', key: c.category, label: loc.t(c.category), data: c.data, stack: 'categories',
          backgroundColor: PALETTE[i % PALETTE.length], order: 2,
        })),
        // Lines in stacks of their own: the y axis stacks the categories, and would stack the lines on each other.
        {
          type: 'line', key: 'received', label: loc.t('allReceived'), data: stack.received, stack: 'received', borderColor: INK,
          backgroundColor: INK, pointRadius: 2, borderWidth: 2, order: 1,
        },
        {
          type: 'line', key: 'verdicts', label: loc.t('verdicts'), data: stack.verdicts, stack: 'verdicts', borderColor: '#009E73',
          backgroundColor: '#009E73', borderDash: [5, 4], pointRadius: 2, borderWidth: 2, order: 0,
        },
      ];
      view.set(stack.months.map((m) => (m === stack.recordMonth ? `${loc.month(m)} ★` : loc.month(m))), datasets, base(loc, {
        // grace: room above the tallest bar for the record label.
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, grace: '12%', ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' }, recordMonth: { index, label: loc.t('record') } },
      }));
    },
  };
}

export function articleChart(canvas) {
  const view = new DashboardChart(canvas, 'bar');
  return {
    view,
    update(rows, loc) {
      view.set(rows.map((r) => loc.article(r.article, r.part)), [
        { key: 'cases', label: loc.t('cases'), data: rows.map((r) => r.cases), backgroundColor: PALETTE[0] },
        { key: 'verdictCases', label: loc.t('verdictCases'), data: rows.map((r) => r.verdictCases), backgroundColor: PALETTE[1] },
      ], base(loc, {
        indexAxis: 'y',
        interaction: { mode: 'index', intersect: false, axis: 'y' },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      }));
    },
  };
}

export function sentenceChart(canvas) {
  const view = new DashboardChart(canvas, 'bar');
  return {
    view,
    update(lengths, loc) {
      view.set(TERM_BUCKETS.map(bucketLabel), [
        { key: 'real', label: loc.t('real'), data: lengths.real, backgroundColor: PALETTE[4] },
        { key: 'suspended', label: loc.t('suspended'), data: lengths.suspended, backgroundColor: PALETTE[5] },
      ], base(loc, {
        scales: {
          x: { title: { display: true, text: loc.t('years') } },
          y: { beginAtZero: true, ticks: { precision: 0 } },
        },
      }));
    },
  };
}

export function shareChart(canvas) {
  const view = new DashboardChart(canvas, 'bar');
  return {
    view,
    update(series, loc) {
      view.set(series.map((p) => loc.date(p.asOf)), [
        {
          type: 'line', key: 'cumulative', label: loc.t('shareCumulative'), data: series.map((p) => p.cumulative),
          borderColor: PALETTE[0], backgroundColor: PALETTE[0], pointRadius: 3, spanGaps: true, order: 0,
        },
        {
          type: 'bar', key: 'period', label: loc.t('sharePeriod'), data: series.map((p) => p.period),
          backgroundColor: 'rgba(86, 180, 233, 0.5)', order: 1,
        },
      ], base(loc, {
        scales: {
          y: { beginAtZero: true, suggestedMax: 1, ticks: { callback: (value) => loc.percent(value) } },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${loc.percent(item.raw)}` } },
        },
      }));
    },
  };
}

export function sourceChart(canvas) {
  const view = new DashboardChart(canvas, 'bar');
  return {
    view,
    update(figures, loc) {
      view.set(figures.bySource.map((s) => loc.t(s.source)), [
        { key: 'sentences', label: loc.t('knownSentences'), data: figures.bySource.map((s) => s.sentences), backgroundColor: PALETTE[2] },
      ], base(loc, {
        indexAxis: 'y',
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: false } },
      }));
    },
  };
}
