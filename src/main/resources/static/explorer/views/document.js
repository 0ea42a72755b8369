// Document: facts, the normalised text with every task and target highlighted from its source span,
// and beside it the tasks (numbering, lead / responsible / support, deadline), targets and projects.
import { graphql } from '../api.js';
import { DOCUMENT } from '../queries.js';
import { h, link, deadline, departments, error } from '../dom.js';
import { runs } from '../highlight.js';

const KINDS = { ACTION_PLAN: '行动方案 / 实施方案', WORK_PLAN: '工作方案 / 工作要点', NEWS_REPORT: '新闻报道', OTHER: '其他' };
const COMPARATORS = { AT_LEAST: '≥', EXACTLY: '=', AT_MOST: '≤', ABOUT: '≈' };
const STATUS = { NEW: '新建', CONTINUING: '续建', COMPLETED: '竣工', PLANNED: '谋划' };

export async function documentView(params) {
  const id = params.get('id');
  if (!id) {
    return h('section', {}, h('h1', {}, '文件'), h('p', {}, '从 ', link({ view: 'search' }, '检索'), ' 打开一个文件。'));
  }
  const { node: doc } = await graphql(DOCUMENT, { id });
  if (!doc || doc.text == null) return h('section', {}, error('没有这个文件 (no document has this id).'));

  const hit = params.has('from') ? { start: +params.get('from'), end: +params.get('to'), kind: 'hit' } : null;
  const spans = [
    ...doc.tasks.map((t, i) => ({ ...t.source, kind: 'task', key: i })),
    ...doc.targets.map((t, i) => ({ ...t.source, kind: 'target', key: i })),
    ...doc.extractionWarnings.map((w, i) => ({ ...w.source, kind: 'warning', key: i })),
    ...(hit ? [hit] : []),
  ];

  const textView = h('div', { class: 'doc-text', lang: 'zh-CN' });
  for (const run of runs(doc.text, spans)) {
    const piece = doc.text.slice(run.start, run.end);
    if (!run.covers.length) {
      textView.append(piece);
      continue;
    }
    const tasks = run.covers.filter(s => s.kind === 'task').map(s => s.key);
    const targets = run.covers.filter(s => s.kind === 'target').map(s => s.key);
    const warnings = run.covers.filter(s => s.kind === 'warning').map(s => s.key);
    const classes = [tasks.length && 'task', targets.length && 'target', warnings.length && 'warning',
      run.covers.some(s => s.kind === 'hit') && 'hit'].filter(Boolean).join(' ');
    const inner = tasks.length ? tasks[tasks.length - 1] : null;
    textView.append(h('span', {
      class: classes,
      'data-tasks': tasks.length ? tasks.join(' ') : null,
      'data-targets': targets.length ? targets.join(' ') : null,
      'data-warnings': warnings.length ? warnings.join(' ') : null,
      title: [inner != null ? `任务 ${doc.tasks[inner].number}` : null,
        ...targets.map(k => `目标 ${doc.targets[k].metric} ${doc.targets[k].value}${doc.targets[k].unit}`),
        ...warnings.map(k => `未抽取 ${doc.extractionWarnings[k].message}`)]
        .filter(Boolean).join(' · ') || null,
    }, piece));
  }

  const jump = (kind, key) => () => {
    const first = textView.querySelector(`[data-${kind}~="${key}"]`);
    if (!first) return;
    textView.querySelectorAll('.focus').forEach(n => n.classList.remove('focus'));
    textView.querySelectorAll(`[data-${kind}~="${key}"]`).forEach(n => n.classList.add('focus'));
    centre(textView, first);
  };

  const facts = h('dl', { class: 'facts' },
    fact('城市', doc.city && doc.city.name), fact('省份', doc.province), fact('类型', KINDS[doc.kind]),
    fact('文号', doc.docNumber), fact('印发', doc.issued), fact('规划年度', doc.planYear),
    fact('期间', doc.periodStart || doc.periodEnd ? `${doc.periodStart || '…'} 至 ${doc.periodEnd || '…'}` : null),
    fact('文件名', doc.fileName),
    fact('统计', `${doc.tasks.length} 项任务 · ${doc.targets.length} 个目标 · ${doc.projects.length} 个项目`));

  const exportBase = `/export/documents/${encodeURIComponent(doc.id)}/tasks`;
  const downloads = h('p', { class: 'downloads' }, '任务分解表 下载：',
    h('a', { href: `${exportBase}.csv`, download: '', class: 'button', id: 'download-csv' }, 'CSV'), ' ',
    h('a', { href: `${exportBase}.xlsx`, download: '', class: 'button', id: 'download-xlsx' }, 'XLSX'));

  const taskTable = h('table', { class: 'tasks' },
    h('thead', {}, h('tr', {}, ['序号', '任务', '牵头单位', '责任单位', '配合单位', '完成时限'].map(t => h('th', {}, t)))),
    h('tbody', {}, doc.tasks.map((t, i) => h('tr', { 'data-task': i },
      h('td', {}, h('a', { href: '#', class: 'jump', onclick: e => { e.preventDefault(); jump('tasks', i)(); } }, t.number)),
      h('td', {}, t.title), h('td', {}, departments(t.leads)), h('td', {}, departments(t.responsible)),
      h('td', {}, departments(t.supports)), h('td', {}, deadline(t.deadline))))));

  const targetList = h('table', { class: 'targets' },
    h('thead', {}, h('tr', {}, ['指标', '目标值', '时期', '范围'].map(t => h('th', {}, t)))),
    h('tbody', {}, doc.targets.map((t, i) => h('tr', {},
      h('td', {}, h('a', { href: '#', class: 'jump', onclick: e => { e.preventDefault(); jump('targets', i)(); } }, t.metric)),
      h('td', { class: 'num' }, `${COMPARATORS[t.comparator] || ''} ${t.value} ${t.unit}`),
      h('td', {}, t.period || '—'), h('td', {}, t.scope || '—')))));

  const projectList = h('ul', { class: 'projects' }, doc.projects.map(p => h('li', {}, p.name,
    p.status ? h('span', { class: 'tag' }, STATUS[p.status] || p.status) : null,
    p.investment ? h('span', { class: 'muted' }, ` 投资 ${p.investment.value}${p.investment.unit}`) : null)));

  // what the extraction saw but did not read: staff check these against the text
  const warningList = h('ul', { class: 'warnings' }, doc.extractionWarnings.map((w, i) => h('li', {},
    h('a', { href: '#', class: 'jump', onclick: e => { e.preventDefault(); jump('warnings', i)(); } }, w.message),
    h('span', { class: 'tag' }, w.kind))));

  const section = h('section', { class: 'document' },
    h('h1', {}, doc.title || doc.fileName), facts, downloads,
    h('div', { class: 'doc-layout' },
      h('article', {}, h('h2', {}, '正文', h('span', { class: 'legend' },
        h('span', { class: 'task' }, '任务'), h('span', { class: 'target' }, '目标'),
        doc.extractionWarnings.length ? h('span', { class: 'warning' }, '未抽取') : null, hit ? h('span', { class: 'hit' }, '检索命中') : null)),
      textView),
      h('aside', {},
        h('h2', {}, `任务 (${doc.tasks.length})`), taskTable,
        h('h2', {}, `目标 (${doc.targets.length})`), doc.targets.length ? targetList : h('p', { class: 'muted' }, '无'),
        h('h2', {}, `项目 (${doc.projects.length})`), doc.projects.length ? projectList : h('p', { class: 'muted' }, '无'),
        doc.extractionWarnings.length ? h('details', { class: 'warnings' },
          h('summary', {}, `抽取提示：未读取的语句 (${doc.extractionWarnings.length})`), warningList) : null)));

  if (hit) {
    // open at the clause the search hit: scroll once the view is in the page
    document.getElementById('view').addEventListener('rendered', () => {
      const first = textView.querySelector('.hit');
      if (first) centre(textView, first);
    }, { once: true });
  }
  return section;
}

/** Scrolls only the text pane (not the page) so the node sits in its middle. */
function centre(pane, node) {
  pane.scrollTop = Math.max(0, node.offsetTop - pane.clientHeight / 2);
}

function fact(label, value) {
  if (value == null || value === '') return null;
  return h('div', {}, h('dt', {}, label), h('dd', {}, String(value)));
}
