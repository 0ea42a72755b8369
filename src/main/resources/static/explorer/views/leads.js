// Who leads what, when: a year/quarter or a date range and cities → the departments leading tasks due
// then, grouped by city, each expandable to its tasks; and the same as a bar chart by quarter.
import { graphql } from '../api.js';
import { CITIES, LEADS_DUE } from '../queries.js';
import { h, link, deadline, cityOptions, selectedValues, quarterLabel, error } from '../dom.js';
import { barChart } from '../charts.js';

export async function leadsView(params, { navigate }) {
  const year = params.get('year') || '';
  const quarter = params.get('quarter') || '';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const cities = params.getAll('city');
  const { cities: allCities } = await graphql(CITIES);

  const yearInput = h('input', { type: 'number', name: 'year', min: 2000, max: 2100, value: year, placeholder: '2023' });
  const quarterSelect = h('select', { name: 'quarter' }, h('option', { value: '' }, '全年 / 任意'),
    [1, 2, 3, 4].map(q => h('option', { value: q, selected: String(q) === quarter }, `第${'一二三四'[q - 1]}季度 (Q${q})`)));
  const fromInput = h('input', { type: 'date', name: 'from', value: from });
  const toInput = h('input', { type: 'date', name: 'to', value: to });
  const citySelect = h('select', { name: 'city', multiple: true, size: 4 }, cityOptions(allCities, cities));
  const form = h('form', { class: 'controls', onsubmit: e => {
    e.preventDefault();
    const next = new URLSearchParams({ view: 'leads' });
    for (const [k, input] of [['year', yearInput], ['quarter', quarterSelect], ['from', fromInput], ['to', toInput]]) {
      if (input.value) next.set(k, input.value);
    }
    selectedValues(citySelect).forEach(c => next.append('city', c));
    navigate(next);
  } },
  h('label', {}, '年份 Year', yearInput), h('label', {}, '季度 Quarter', quarterSelect),
  h('label', {}, '或 从 From', fromInput), h('label', {}, '至 To', toInput),
  h('label', {}, '城市 Cities (空=全部)', citySelect), h('button', { type: 'submit' }, '查询'));

  const section = h('section', { class: 'leads' }, h('h1', {}, '谁牵头·何时到期'), form);
  const due = {};
  if (year) due.year = +year;
  if (quarter) due.quarter = +quarter;
  if (from) due.from = from;
  if (to) due.to = to;
  if (!Object.keys(due).length) {
    section.append(h('p', { class: 'muted' }, '选择年份、季度或日期区间。例如 ',
      link({ view: 'leads', quarter: 4 }, '第四季度'), '。'));
    return section;
  }
  let data;
  try {
    data = await graphql(LEADS_DUE, { cities: cities.length ? cities : null, due });
  } catch (e) {
    section.append(error(e.message));
    return section;
  }

  // bar chart: led tasks due per quarter, one bar series per city (tasks without a lead are not in the list either)
  const buckets = data.taskStats.filter(b => b.keys[1] != null && b.keys[3] != null);
  const quarters = [...new Set(buckets.map(b => quarterLabel(b.keys[1], b.keys[2])))].sort();
  const chartCities = [...new Set(buckets.map(b => b.keys[0]))].sort();
  const canvas = h('canvas', { 'aria-label': '按季度到期的任务数' });
  section.append(h('h2', {}, '按季度到期的牵头任务'), h('div', { class: 'chart' }, canvas));
  barChart(canvas, quarters, chartCities.map(city => ({
    label: city,
    data: quarters.map(q => buckets.filter(b => b.keys[0] === city && quarterLabel(b.keys[1], b.keys[2]) === q)
      .reduce((n, b) => n + b.count, 0)),
  })), { stacked: true, yTitle: '任务数' });

  const byCity = new Map();
  for (const { node: d } of data.departments.edges) {
    const city = d.city ? d.city.name : '（未知城市）';
    if (!byCity.has(city)) byCity.set(city, []);
    byCity.get(city).push(d);
  }
  section.append(h('h2', {}, `牵头部门 (${data.departments.totalCount})`));
  if (data.departments.totalCount > data.departments.edges.length) {
    section.append(h('p', { class: 'muted' }, `显示前 ${data.departments.edges.length} 个；请选择城市或缩短时间段。`));
  }
  if (!byCity.size) section.append(h('p', { class: 'muted' }, '这段时间没有到期的牵头任务。'));
  for (const [city, list] of [...byCity].sort((a, b) => a[0].localeCompare(b[0], 'zh'))) {
    section.append(h('div', { class: 'city-group' }, h('h3', {}, city, h('small', {}, ` ${list.length} 个部门`)),
      list.map(d => h('details', { class: 'department' },
        h('summary', {}, link({ view: 'department', id: d.id }, d.name), h('span', { class: 'count' }, ` ${d.tasks.length} 项任务`)),
        h('ul', {}, d.tasks.map(t => h('li', {},
          link({ view: 'document', id: t.document.id, from: t.source.start, to: t.source.end }, `${t.number} ${t.title}`),
          ' · ', deadline(t.deadline), h('span', { class: 'muted' }, ` · ${t.document.title || ''}`))))))));
  }
  return section;
}
