// The alert queue: filters, paging, and live updates from the server's event stream.

import {api} from './api.js';
import {$, esc, time} from './util.js';

const PAGE = 50;

export class Queue {
  constructor({onOpen}) {
    this.onOpen = onOpen;
    this.items = [];
    this.total = 0;
    this.selected = null;
    this.source = null;
    for (const id of ['#f-status', '#f-detector', '#f-severity', '#f-operator', '#f-country', '#f-sort']) {
      $(id).addEventListener('change', () => this.load());
    }
    $('#more').addEventListener('click', () => this.load(true));
  }

  query() {
    const p = new URLSearchParams();
    const put = (name, sel) => {
      if ($(sel).value) p.set(name, $(sel).value);
    };
    put('status', '#f-status');
    put('detector', '#f-detector');
    put('severity', '#f-severity');
    put('operator', '#f-operator');
    put('country', '#f-country');
    put('sort', '#f-sort');
    return p;
  }

  async facets() {
    const f = await api('/api/alerts/facets');
    const fill = (sel, values, label) => {
      const current = $(sel).value;
      $(sel).innerHTML = `<option value="">${label}</option>` + Object.entries(values)
        .map(([v, n]) => `<option value="${esc(v)}">${esc(v)} (${n})</option>`).join('');
      $(sel).value = current;
    };
    fill('#f-detector', f.detector, 'any detector');
    fill('#f-operator', f.operator, 'any operator');
    fill('#f-country', f.country, 'any country');
  }

  async load(more = false) {
    const p = this.query();
    p.set('limit', String(PAGE));
    p.set('offset', String(more ? this.items.length : 0));
    const page = await api('/api/alerts?' + p);
    this.items = more ? this.items.concat(page.items) : page.items;
    this.total = page.total;
    this.render();
    const exportQuery = this.query();
    $('#export-csv').href = '/api/export/alerts.csv?' + exportQuery;
    $('#export-json').href = '/api/export/alerts.json?' + exportQuery;
  }

  matches(a) {
    const status = $('#f-status').value;
    const check = (sel, value) => !$(sel).value || $(sel).value.split(',').includes(value);
    return (!status || status.split(',').includes(a.status)) && check('#f-detector', a.detector)
      && check('#f-severity', a.severity)
      && (!$('#f-operator').value || a.operators.some((o) => o.caption === $('#f-operator').value))
      && (!$('#f-country').value || a.countries.includes($('#f-country').value));
  }

  render(flash = null) {
    $('#alert-count').textContent = `${this.total}`;
    $('#alerts').innerHTML = this.items.map((a) => `
      <li class="${esc(a.severity)} ${esc(a.status)}${a.id === this.selected ? ' selected' : ''}${a.id === flash ? ' flash' : ''}"
          data-id="${esc(a.id)}" data-status="${esc(a.status)}">
        <strong>${esc(a.title)}</strong>${a.count > 1 ? `<span class="badge">×${a.count}</span>` : ''}
        <div class="meta"><span class="sev ${esc(a.severity)}">${esc(a.severity)}</span> · ${esc(a.detector)} ·
          ${esc(time(a.time))} · <span class="status">${esc(a.status)}</span>${a.status_by ? ' by ' + esc(a.status_by) : ''}
          ${a.operators.length ? ' · ' + esc(a.operators.map((o) => o.caption).join(', ')) : ''}
          ${a.countries.length ? ' · ' + esc(a.countries.join(' ')) : ''}</div>
      </li>`).join('') || '<li class="empty">No alerts match.</li>';
    $('#more').hidden = this.items.length >= this.total;
    document.querySelectorAll('#alerts li[data-id]').forEach((li) => li.addEventListener('click', () => {
      this.onOpen(li.dataset.id);
    }));
  }

  select(id) {
    this.selected = id;
    document.querySelectorAll('#alerts li[data-id]').forEach((li) => li.classList.toggle('selected', li.dataset.id === id));
  }

  /** An alert that changed or appeared: updated in place, added, or removed when it no longer matches. */
  changed(a) {
    const at = this.items.findIndex((x) => x.id === a.id);
    if (this.matches(a)) {
      if (at >= 0) this.items[at] = a;
      else {
        this.items.unshift(a);
        this.total++;
      }
    } else if (at >= 0) {
      this.items.splice(at, 1);
      this.total--;
    }
    this.render(a.id);
  }

  /** Live updates: the browser's EventSource reconnects by itself after a network failure. */
  live(onAlert) {
    if (this.source) this.source.close();
    this.source = new EventSource('/api/alerts/stream');
    this.source.addEventListener('open', () => {
      $('#live').textContent = 'live';
      $('#live').className = 'live on';
    });
    this.source.addEventListener('error', () => {
      $('#live').textContent = 'offline';
      $('#live').className = 'live off';
    });
    this.source.addEventListener('alert', (e) => {
      const a = JSON.parse(e.data);
      this.changed(a);
      onAlert(a);
    });
    this.source.addEventListener('reload', () => {
      this.load();
      this.facets();
    });
  }

  stop() {
    if (this.source) this.source.close();
    this.source = null;
  }
}
