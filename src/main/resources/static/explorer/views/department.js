// Department: one body's tasks by role and deadline, and the same type of body in other cities.
import { graphql } from '../api.js';
import { CITIES, DEPARTMENT, DEPARTMENT_LIST, SAME_TYPE } from '../queries.js';
import { h, link, deadline, cityOptions, error } from '../dom.js';

const UNKNOWN = '（未知城市）';
const ROLES = [['lead', '牵头'], ['responsible', '责任'], ['support', '配合']];

export async function departmentView(params, { navigate }) {
  const id = params.get('id');
  if (!id) return pickDepartment(params, navigate);
  const { node: d } = await graphql(DEPARTMENT, { id });
  if (!d || !d.type) return h('section', {}, error('没有这个部门 (no department has this id).'));

  const section = h('section', { class: 'department-view' },
    h('h1', {}, d.name),
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, '城市'), h('dd', {}, d.city ? d.city.name : '—')),
      h('div', {}, h('dt', {}, '类型'), h('dd', {}, d.type)),
      h('div', {}, h('dt', {}, '别名'), h('dd', {}, d.aliases.join('、') || '—')),
      h('div', {}, h('dt', {}, '任务'), h('dd', {}, ROLES.map(([k, label]) => `${label} ${d[k].length}`).join(' · ')))));

  for (const [key, label] of ROLES) {
    const tasks = [...d[key]].sort(byDeadline);
    section.append(h('h2', {}, `${label}任务 (${tasks.length})`));
    if (!tasks.length) {
      section.append(h('p', { class: 'muted' }, '无'));
      continue;
    }
    section.append(h('table', { class: `tasks role-${key}` },
      h('thead', {}, h('tr', {}, ['完成时限', '序号', '任务', '文件'].map(t => h('th', {}, t)))),
      h('tbody', {}, tasks.map(t => h('tr', {},
        h('td', {}, deadline(t.deadline)), h('td', {}, t.number),
        h('td', {}, link({ view: 'document', id: t.document.id, from: t.source.start, to: t.source.end }, t.title)),
        h('td', { class: 'muted' }, t.document.title || ''))))));
  }

  const { departments } = await graphql(SAME_TYPE, { type: d.type });
  const others = departments.edges.map(e => e.node).filter(o => o.id !== d.id);
  section.append(h('h2', {}, `其他城市的${d.type} (${others.length})`));
  section.append(others.length ? h('table', { class: 'same-type' },
    h('thead', {}, h('tr', {}, ['城市', '部门', '牵头', '责任', '配合'].map(t => h('th', {}, t)))),
    h('tbody', {}, others.map(o => h('tr', {}, h('td', {}, o.city ? o.city.name : '—'),
      h('td', {}, link({ view: 'department', id: o.id }, o.name)),
      h('td', { class: 'num' }, o.lead.length), h('td', { class: 'num' }, o.responsible.length),
      h('td', { class: 'num' }, o.support.length)))))
    : h('p', { class: 'muted' }, '其他城市的文件没有提到这类部门。'));
  return section;
}

function byDeadline(a, b) {
  const da = a.deadline && a.deadline.date, db = b.deadline && b.deadline.date;
  if (da && db) return da.localeCompare(db);
  return da ? -1 : db ? 1 : 0;
}

async function pickDepartment(params, navigate) {
  const cities = params.getAll('city');
  const [{ cities: allCities }, { departments }] = await Promise.all([
    graphql(CITIES), graphql(DEPARTMENT_LIST, { cities: cities.length ? cities : null })]);
  const citySelect = h('select', { name: 'city', onchange: () => navigate(
    new URLSearchParams(citySelect.value ? { view: 'department', city: citySelect.value } : { view: 'department' })) },
  h('option', { value: '' }, '全部城市'), cityOptions(allCities, cities));
  const byCity = new Map();
  for (const { node } of departments.edges) {
    const city = node.city ? node.city.name : UNKNOWN;
    if (!byCity.has(city)) byCity.set(city, []);
    byCity.get(city).push(node);
  }
  return h('section', { class: 'department-pick' }, h('h1', {}, '部门'),
    h('form', { class: 'controls' }, h('label', {}, '城市 City', citySelect)),
    h('p', { class: 'muted' }, `${departments.totalCount} 个部门${departments.totalCount > departments.edges.length ? `，显示前 ${departments.edges.length} 个` : ''}`),
    [...byCity].sort(([a], [b]) => (a === UNKNOWN) - (b === UNKNOWN) || a.localeCompare(b, 'zh')).map(([city, list]) => h('div', { class: 'city-group' }, h('h3', {}, city),
      h('ul', { class: 'columns' }, list.map(d => h('li', {}, link({ view: 'department', id: d.id }, d.name)))))));
}
