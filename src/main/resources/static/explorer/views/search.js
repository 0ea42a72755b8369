// Search: full text over every clause (simplified or traditional), filtered by city and document.
import { graphql } from '../api.js';
import { CITIES, DOCUMENT_LIST, SEARCH } from '../queries.js';
import { h, link, snippet, cityOptions, selectedValues, error } from '../dom.js';

export async function searchView(params, { navigate }) {
  const q = params.get('q') || '';
  const cities = params.getAll('city');
  const docs = params.getAll('doc');
  const after = params.get('after');
  const [{ cities: allCities }, { documents }] = await Promise.all([
    graphql(CITIES), graphql(DOCUMENT_LIST, {}),
  ]);

  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: '例如 固定资产投资 四季度 / 開復工率',
    autofocus: true, 'aria-label': '检索词' });
  const citySelect = h('select', { name: 'city', multiple: true, size: 4, 'aria-label': '城市' },
    cityOptions(allCities, cities));
  const docSelect = h('select', { name: 'doc', multiple: true, size: 4, 'aria-label': '文件' },
    documents.edges.map(({ node: d }) =>
      h('option', { value: d.id, selected: docs.includes(d.id) }, `${d.city ? d.city.name + ' · ' : ''}${d.title || d.fileName}`)));
  const form = h('form', { class: 'controls', onsubmit: e => {
    e.preventDefault();
    const next = new URLSearchParams({ view: 'search', q: input.value.trim() });  // a new search starts on page 1
    selectedValues(citySelect).forEach(c => next.append('city', c));
    selectedValues(docSelect).forEach(d => next.append('doc', d));
    navigate(next);
  } },
  h('label', { class: 'grow' }, '检索 Search', input),
  h('label', {}, '城市 Cities', citySelect),
  h('label', {}, '文件 Documents', docSelect),
  h('button', { type: 'submit' }, '检索'));

  const section = h('section', { class: 'search' }, h('h1', {}, '全文检索'), form);
  if (!q) {
    section.append(h('p', { class: 'muted' }, '简体或繁体均可；引号检索短语，支持 AND / OR / NOT。'),
      h('h2', {}, `文件 (${documents.edges.length})`),
      h('ul', { class: 'documents' }, documents.edges.map(({ node: d }) => h('li', {},
        link({ view: 'document', id: d.id }, d.title || d.fileName),
        d.city ? h('span', { class: 'tag' }, d.city.name) : null,
        h('span', { class: 'muted' }, ` ${d.issued || ''} ${d.fileName}`)))));
    return section;
  }
  let data;
  try {
    data = await graphql(SEARCH, { query: q, cities: cities.length ? cities : null, documentIds: docs.length ? docs : null, after });
  } catch (e) {
    section.append(error(e.message));
    return section;
  }
  const { totalCount, edges, pageInfo } = data.search;
  section.append(h('p', { class: 'count' }, `${totalCount} 条结果`));
  section.append(h('ol', { class: 'hits' }, edges.map(({ node: hit }) => h('li', { class: 'hit' },
    h('div', { class: 'hit-head' },
      link({ view: 'document', id: hit.document.id, from: hit.source.start, to: hit.source.end },
        hit.document.title || hit.document.fileName),
      hit.document.city ? h('span', { class: 'tag' }, hit.document.city.name) : null,
      hit.task ? h('span', { class: 'tag task' }, `任务 ${hit.task.number}`) : null,
      hit.target ? h('span', { class: 'tag target' }, `目标 ${hit.target.metric} ${hit.target.value}${hit.target.unit}`) : null),
    snippet(hit.snippet)))));
  // Relay paging: the next page starts after the last cursor of this one
  const pager = h('p', { class: 'pager' });
  if (after) {
    const first = new URLSearchParams(params);
    first.delete('after');
    pager.append(link(first, '← 第一页'), ' ');
  }
  if (pageInfo.hasNextPage) {
    const next = new URLSearchParams(params);
    next.set('after', pageInfo.endCursor);
    pager.append(link(next, '下一页 →'));
  }
  section.append(pager);
  return section;
}
