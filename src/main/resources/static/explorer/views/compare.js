// Compare cities: a metric and unit → the targets by city and year (table and chart), and the tasks of
// each city by due quarter.
import { graphql } from '../api.js';
import { CITIES, TARGET_METRICS, METRIC_KEYS, COMPARE_BY_KEY, COMPARE_TARGETS, TASKS_BY_QUARTER } from '../queries.js';
import { h, link, cityOptions, selectedValues, quarterLabel, error } from '../dom.js';
import { barChart } from '../charts.js';

const COMPARATORS = { AT_LEAST: '≥', EXACTLY: '', AT_MOST: '≤', ABOUT: '≈' };

export async function compareView(params, { navigate }) {
  const metric = params.get('metric') || '';
  const unit = params.get('unit') || '';
  const cities = params.getAll('city');
  const [{ cities: allCities }, { targetStats }, { targetStats: keyStats }] =
    await Promise.all([graphql(CITIES), graphql(TARGET_METRICS), graphql(METRIC_KEYS)]);
  const keys = [...new Set(keyStats.map(b => b.keys[0]).filter(Boolean))];

  const metrics = [...targetStats].sort((a, b) => b.count - a.count);
  const metricInput = h('input', { name: 'metric', list: 'metric-list', value: metric, placeholder: '固定资产投资' });
  const metricList = h('datalist', { id: 'metric-list' }, [...new Set(metrics.map(b => b.keys[0]))].map(m => h('option', { value: m })));
  const unitSelect = h('select', { name: 'unit' }, h('option', { value: '' }, '任意单位'),
    [...new Set(metrics.map(b => b.keys[1]).filter(Boolean))].sort().map(u => h('option', { value: u, selected: u === unit }, u)));
  const citySelect = h('select', { name: 'city', multiple: true, size: 4 }, cityOptions(allCities, cities));
  const form = h('form', { class: 'controls', onsubmit: e => {
    e.preventDefault();
    const next = new URLSearchParams({ view: 'compare' });
    if (metricInput.value.trim()) next.set('metric', metricInput.value.trim());
    if (unitSelect.value) next.set('unit', unitSelect.value);
    selectedValues(citySelect).forEach(c => next.append('city', c));
    navigate(next);
  } },
  h('label', { class: 'grow' }, '指标 Metric (包含)', metricInput, metricList), h('label', {}, '单位 Unit', unitSelect),
  h('label', {}, '城市 Cities (空=全部)', citySelect), h('button', { type: 'submit' }, '对比'));

  const section = h('section', { class: 'compare' }, h('h1', {}, '城市对比'), form,
    keys.length ? h('p', { class: 'muted' }, '统计指标（口径一致，可直接对比）：', keys.map((k, i) => [i ? '、' : null,
      link({ view: 'compare', metric: k }, k)])) : null,
    h('p', { class: 'muted' }, '常见指标：', metrics.slice(0, 8).map((b, i) => [i ? '、' : null,
      link({ view: 'compare', metric: b.keys[0], unit: b.keys[1] || '' }, `${b.keys[0]}（${b.keys[1]}）`)])));
  const cityFilter = cities.length ? cities : null;

  if (keys.includes(metric)) {
    try {
      const { compareTargets } = await graphql(COMPARE_BY_KEY, { metric, cities: cityFilter });
      section.append(keyComparison(metric, compareTargets));
    } catch (e) {
      section.append(error(e.message));
    }
  }
  if (metric || unit) {
    try {
      const { targets } = await graphql(COMPARE_TARGETS, { metric: metric || null, unit: unit || null, cities: cityFilter });
      section.append(targetComparison(targets, unit));
    } catch (e) {
      section.append(error(e.message));
    }
  }

  const { taskStats } = await graphql(TASKS_BY_QUARTER, { cities: cityFilter });
  section.append(tasksByQuarter(taskStats));
  return section;
}

function targetComparison(targets, unit) {
  const rows = targets.edges.map(e => e.node);
  const year = t => (t.period ? t.period.slice(0, 4) : (t.document.planYear ? String(t.document.planYear) : '—'));
  const cityOf = t => (t.document.city ? t.document.city.name : '（未知）');
  const years = [...new Set(rows.map(year))].sort();
  const cityNames = [...new Set(rows.map(cityOf))].sort((a, b) => a.localeCompare(b, 'zh'));
  const out = h('div', {}, h('h2', {}, `目标 (${targets.totalCount})`));
  if (targets.totalCount > rows.length) {
    out.append(h('p', { class: 'muted' }, `显示前 ${rows.length} 个；请选择城市、单位或更具体的指标。`));
  }
  if (!rows.length) {
    out.append(h('p', { class: 'muted' }, '没有匹配的目标。'));
    return out;
  }
  // chart only when all values share one unit: bars add up the matching targets per city and year
  const units = [...new Set(rows.map(t => t.unit))];
  if (units.length === 1) {
    const canvas = h('canvas', { 'aria-label': '各城市目标值' });
    out.append(h('h3', {}, `按城市、年份合计（${units[0]}）`), h('div', { class: 'chart' }, canvas));
    barChart(canvas, cityNames, years.map(y => ({
      label: y,
      data: cityNames.map(city => rows.filter(t => cityOf(t) === city && year(t) === y).reduce((s, t) => s + t.value, 0)),
    })), { yTitle: units[0] });
  } else if (!unit) {
    out.append(h('p', { class: 'muted' }, `单位不一 (${units.join('、')})：选择一个单位即可画图。`));
  }
  // table: city × year, each cell lists the targets (metric, value, unit); a target without a period counts
  // for its plan's year
  out.append(h('h3', {}, '各城市目标（年份为目标时期，无时期时为规划年度）'), h('table', { class: 'matrix' },
    h('thead', {}, h('tr', {}, h('th', {}, '城市'), years.map(y => h('th', {}, y)))),
    h('tbody', {}, cityNames.map(city => h('tr', {}, h('th', {}, city), years.map(y => h('td', {},
      rows.filter(t => cityOf(t) === city && year(t) === y).map(t => h('div', { class: 'target-cell' },
        link({ view: 'document', id: t.document.id, from: t.source.start, to: t.source.end }, t.metric), ' ',
        h('b', {}, `${COMPARATORS[t.comparator] || ''}${t.value}`), t.unit, t.scope && t.scope !== '全市' ? h('small', {}, ` (${t.scope})`) : null)))))))));
  return out;
}

// compareTargets: the numbers are normalised (YUAN in yuan), so cities compare within one unit
const UNITS = { YUAN: ['亿元', 1e8], PERCENT: ['%', 1], PERCENTAGE_POINT: ['个百分点', 1], PERSON: ['人', 1], ITEM: ['个', 1] };

function keyComparison(metric, rows) {
  const out = h('div', { class: 'by-key' }, h('h2', {}, `${metric}：按统计口径对比 (${rows.length})`));
  if (!rows.length) {
    out.append(h('p', { class: 'muted' }, '没有这一指标的目标。'));
    return out;
  }
  const cityOf = r => (r.city ? r.city.name : '（未知）');
  const shown = r => `${COMPARATORS[r.comparator] || ''}${+(r.value / (UNITS[r.unit] || ['', 1])[1]).toFixed(2)}${(UNITS[r.unit] || [r.unit])[0]}`;
  const periods = [...new Set(rows.map(r => r.period || '—'))].sort();
  const cityNames = [...new Set(rows.map(cityOf))].sort((a, b) => a.localeCompare(b, 'zh'));
  // chart the unit most rows share; the table shows every row
  const counts = rows.reduce((m, r) => m.set(r.unit, (m.get(r.unit) || 0) + 1), new Map());
  const unit = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const [label, scale] = UNITS[unit] || [unit, 1];
  const canvas = h('canvas', { 'aria-label': `${metric} 各城市对比` });
  out.append(h('div', { class: 'chart' }, canvas));
  barChart(canvas, cityNames, periods.map(p => ({
    label: p,
    data: cityNames.map(c => {
      const row = rows.find(r => cityOf(r) === c && (r.period || '—') === p && r.unit === unit);
      return row ? row.value / scale : null;
    }),
  })), { yTitle: label });
  out.append(h('table', { class: 'matrix' },
    h('thead', {}, h('tr', {}, h('th', {}, '城市'), periods.map(p => h('th', {}, p)))),
    h('tbody', {}, cityNames.map(c => h('tr', {}, h('th', {}, c), periods.map(p => h('td', {},
      rows.filter(r => cityOf(r) === c && (r.period || '—') === p).map(r => h('div', { class: 'target-cell' },
        link({ view: 'document', id: r.target.document.id, from: r.source.start, to: r.source.end }, h('b', {}, shown(r))),
        r.metric !== metric ? h('small', {}, ` ${r.metric}`) : null,
        r.others.length ? h('small', { class: 'muted' }, ` (另 ${r.others.length} 处相同)`) : null)))))))));
  return out;
}

function tasksByQuarter(stats) {
  const buckets = stats.filter(b => b.keys[1] != null);
  const quarters = [...new Set(buckets.map(b => quarterLabel(b.keys[1], b.keys[2])))].sort();
  const cityNames = [...new Set(buckets.map(b => b.keys[0]))].sort((a, b) => a.localeCompare(b, 'zh'));
  const count = (city, q) => buckets.filter(b => b.keys[0] === city && quarterLabel(b.keys[1], b.keys[2]) === q)
    .reduce((n, b) => n + b.count, 0);
  const canvas = h('canvas', { 'aria-label': '各城市按季度到期的任务数' });
  const out = h('div', {}, h('h2', {}, '各城市按到期季度的任务数'), h('div', { class: 'chart' }, canvas),
    h('table', { class: 'matrix' },
      h('thead', {}, h('tr', {}, h('th', {}, '城市'), quarters.map(q => h('th', {}, q)))),
      h('tbody', {}, cityNames.map(city => h('tr', {}, h('th', {}, city),
        quarters.map(q => h('td', { class: 'num' }, count(city, q) || '')))))));
  barChart(canvas, quarters, cityNames.map(city => ({ label: city, data: quarters.map(q => count(city, q)) })),
    { yTitle: '任务数' });
  return out;
}
