// Small helpers shared by the page's modules.

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

/** Text made safe for HTML. Everything the API returns goes through this before reaching innerHTML. */
export const esc = (s) => String(s ?? '').replace(/[&<>"']/g,
  (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));

/** A link target only when it is http(s): a source URL from a list could otherwise be javascript:. */
export const safeUrl = (u) => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);

export const SEVERITY_COLOURS = {critical: '#b00020', high: '#e65100', medium: '#f9a825', low: '#607d8b'};
export const NO_ALERT = '#3267d6';
export const colourOf = (severity) => SEVERITY_COLOURS[severity] || NO_ALERT;

/** 2022-05-13T13:00:29.951Z -> 2022-05-13 13:00 UTC */
export function time(iso) {
  if (!iso) return '';
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

export function entityLink(id, caption) {
  return `<a href="#entity/${encodeURIComponent(id)}">${esc(caption ?? id)}</a>`;
}

export function dates(start, end) {
  if (!start && !end) return '';
  return `${start || '?'} to ${end || 'present'}`;
}

export function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}
