// The explorer's router: the view and all its state live in the query string, so every screen has a
// URL that can be shared. Links with a "?…" href and form submissions push a history entry.
import { h, error } from './dom.js';
import { searchView } from './views/search.js';
import { documentView } from './views/document.js';
import { leadsView } from './views/leads.js';
import { compareView } from './views/compare.js';
import { departmentView } from './views/department.js';

const VIEWS = {
  search: searchView,
  document: documentView,
  leads: leadsView,
  compare: compareView,
  department: departmentView,
};

const main = document.getElementById('view');
let rendering = 0;

export function navigate(params, { replace = false } = {}) {
  const query = new URLSearchParams(params).toString();
  history[replace ? 'replaceState' : 'pushState'](null, '', '?' + query);
  render();
}

async function render() {
  const params = new URLSearchParams(location.search);
  const name = VIEWS[params.get('view')] ? params.get('view') : 'search';
  const ticket = ++rendering;
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    a.classList.toggle('active', a.dataset.view === name);
  }
  main.dataset.view = name;
  main.setAttribute('aria-busy', 'true');
  let content;
  try {
    content = await VIEWS[name](params, { navigate });
  } catch (e) {
    content = h('section', {}, error(e.message));
  }
  if (ticket !== rendering) return; // a newer navigation has started
  main.replaceChildren(content);
  main.setAttribute('aria-busy', 'false');
  main.dispatchEvent(new CustomEvent('rendered'));
}

document.addEventListener('click', event => {
  const a = event.target.closest('a');
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const href = a.getAttribute('href');
  if (!href || !href.startsWith('?')) return;
  event.preventDefault();
  history.pushState(null, '', href);
  render();
});

window.addEventListener('popstate', render);
render();
