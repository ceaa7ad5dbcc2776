// The search box: type-ahead over names (any spelling), registrations, Mode S addresses and serial numbers.

import {api} from './api.js';
import {$, esc, debounce} from './util.js';

export function searchBox(onChoose) {
  const input = $('#search');
  const list = $('#search-results');
  let hits = [];
  let active = -1;
  let asked = 0;
  const show = () => {
    list.hidden = hits.length === 0;
    list.innerHTML = hits.map((h, i) => `<li data-id="${esc(h.id)}" class="${i === active ? 'active' : ''}">
      <strong>${esc(h.caption)}</strong> <span class="meta">${esc(h.schema)} · ${esc(h.matched)}${h.sanctioned ? ' · <span class="sev critical">sanctioned</span>' : ''}</span></li>`).join('');
    list.querySelectorAll('li').forEach((li) => li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      choose(li.dataset.id);
    }));
  };
  const choose = (id) => {
    hits = [];
    show();
    input.blur();
    onChoose(id);
  };
  const ask = debounce(async () => {
    const q = input.value.trim();
    const mine = ++asked;
    if (q.length < 2) {
      hits = [];
      show();
      return;
    }
    try {
      const r = await api('/api/search?limit=10&q=' + encodeURIComponent(q));
      if (mine === asked) {
        hits = r.items;
        active = hits.length ? 0 : -1;
        show();
      }
    } catch (e) {
      hits = [];
      show();
    }
  }, 200);
  input.addEventListener('input', ask);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      active = (active + 1) % hits.length;
      show();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && hits.length) {
      active = (active - 1 + hits.length) % hits.length;
      show();
      e.preventDefault();
    } else if (e.key === 'Enter' && active >= 0 && hits[active]) {
      choose(hits[active].id);
    } else if (e.key === 'Escape') {
      hits = [];
      show();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => {
    list.hidden = true;
  }, 150));
}
