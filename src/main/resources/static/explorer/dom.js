// Small DOM helpers: elements are built with textContent, never from HTML strings, so no text from a
// document can inject markup.

export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A link to another explorer view; the router turns clicks into history entries. */
export function link(params, ...children) {
  return h('a', { href: '?' + new URLSearchParams(params).toString() }, ...children);
}

/**
 * The search snippet: the server escapes the clause and wraps matches in <em></em>. Parsed, then
 * rebuilt from text and <em> only.
 */
export function snippet(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const out = h('span', { class: 'snippet' });
  for (const part of parsed.childNodes) {
    if (part.nodeName === 'EM') out.append(h('em', {}, part.textContent));
    else out.append(document.createTextNode(part.textContent));
  }
  return out;
}

export function error(message) {
  return h('p', { class: 'error', role: 'alert' }, message);
}

/** Deadline as printed, with its date when the text leaves it implicit. */
export function deadline(d) {
  if (!d) return h('span', { class: 'muted' }, '—');
  return h('span', { class: 'deadline', title: d.date || '' }, d.text, d.date ? h('small', {}, ` (${d.date})`) : null);
}

export function departments(list) {
  if (!list || !list.length) return h('span', { class: 'muted' }, '—');
  return list.map((d, i) => [i ? '、' : null, link({ view: 'department', id: d.id }, d.name)]);
}

/** Options for a <select multiple> of cities, with the given ones selected. */
export function cityOptions(cities, selected) {
  return cities.map(c => h('option', { value: c.name, selected: selected.includes(c.name) }, c.name));
}

export function selectedValues(select) {
  return [...select.selectedOptions].map(o => o.value).filter(Boolean);
}

export function quarterLabel(year, quarter) {
  return `${year ?? '?'}年Q${quarter ?? '?'}`;
}
