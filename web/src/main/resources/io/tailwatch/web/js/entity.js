// Entity pages: an aircraft (registrations, Mode S addresses, owners and operators over time, flights, alerts),
// a company or a person, with a network diagram of its neighbourhood.

import {api} from './api.js';
import {$, esc, safeUrl, time, entityLink, dates} from './util.js';
import {render} from './graph.js';

function relationItem(r, id) {
  const url = safeUrl(r.source_url);
  const cite = url ? `<a href="${esc(url)}" rel="noreferrer noopener" target="_blank">${esc(r.source_citation)}</a>` : esc(r.source_citation);
  const self = (x, caption) => (x === id ? `<strong>${esc(caption)}</strong>` : entityLink(x, caption));
  return `<li>${self(r.source, r.source_caption)} ${esc(r.label)} ${self(r.target, r.target_caption)}
    <span class="source">${r.start || r.end ? esc(dates(r.start, r.end)) + ' · ' : ''}source: ${cite}</span></li>`;
}

function alertItem(a) {
  return `<li><a href="#alert/${encodeURIComponent(a.id)}"><span class="sev ${esc(a.severity)}">${esc(a.severity)}</span>
    ${esc(a.title)}</a> <span class="meta">${esc(a.status)} · ${esc(time(a.time))}</span></li>`;
}

function flightItem(f) {
  return `<li><a href="#flight/${encodeURIComponent(f.id)}">${esc(f.callsign || f.icao24)} ${esc(f.origin || '?')}–${esc(f.destination || '?')}</a>
    <span class="meta">${esc(time(f.first_seen))}${f.severity ? ` · <span class="sev ${esc(f.severity)}">${esc(f.severity)}</span>` : ''}</span></li>`;
}

function aircraftSection(a) {
  const regs = a.registrations.map((r) => `${esc(r.registration)}${r.current ? ' (current)' : ' (earlier)'}`).join(', ');
  const modeS = a.mode_s.map((m) => `<li><code>${esc(m.address)}</code>${m.state ? ' issued by ' + esc(m.state) : ''}:
    ${m.flights} flights${m.first_seen ? ', seen ' + esc(time(m.first_seen)) + ' to ' + esc(time(m.last_seen)) : ''}
    ${m.callsigns.length ? ', callsigns ' + esc(m.callsigns.join(', ')) : ''}</li>`).join('');
  return `<table class="props">
      <tr><th>Registrations</th><td>${regs || '—'}</td></tr>
      <tr><th>Model</th><td>${esc(a.model || '—')}</td></tr>
      <tr><th>Serial numbers</th><td>${esc(a.serial_numbers.join(', ') || '—')}${a.construction_numbers.length ? ' · construction ' + esc(a.construction_numbers.join(', ')) : ''}</td></tr>
    </table>
    <h3>Mode S addresses</h3><ul>${modeS || '<li>none known</li>'}</ul>
    <h3>Owners and operators over time</h3>
    <ul class="timeline">${a.owners.concat(a.operators.filter((o) => !a.owners.includes(o)))
      .sort((x, y) => String(x.start || '').localeCompare(String(y.start || '')))
      .filter((r, i, all) => all.findIndex((o) => o.id === r.id && o.source === r.source) === i)
      .map((r) => relationItem(r, null)).join('') || '<li>none known</li>'}</ul>
    <h3>Flights <span class="meta">${a.flights_total}</span></h3><ul>${a.flights.map(flightItem).join('') || '<li>none seen</li>'}</ul>`;
}

export async function showEntity(id, panel, {onFlights}) {
  const e = await api('/api/entities/' + encodeURIComponent(id));
  const props = Object.entries(e.entity.properties)
    .filter(([k]) => !['name', 'publisher', 'sourceUrl', 'retrievedAt'].includes(k))
    .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${v.map(esc).join('<br>')}</td></tr>`).join('');
  const sanctions = e.sanctions.map((s) => {
    const url = safeUrl(s.source_url);
    return `<li><strong>${esc(s.authority || '')}</strong> ${esc(s.program.join(', '))} ${esc(dates(s.start, s.end))}
      ${s.in_force ? '<span class="sev critical">in force</span>' : '<span class="meta">ended</span>'}
      <span class="source">source: ${url ? `<a href="${esc(url)}" rel="noreferrer noopener" target="_blank">${esc(s.source_citation)}</a>` : esc(s.source_citation)}</span></li>`;
  }).join('');
  const ends = e.ends && e.ends.length ? `<p>Links ${e.ends.map((x) => entityLink(x.id, x.caption)).join(' and ')}</p>` : '';
  panel.innerHTML = `
    <h2 id="entity-caption">${esc(e.caption)}</h2>
    <p class="meta">${esc(e.schema)} · ${esc(e.id)} · ${esc(e.datasets.join(', '))} · source: ${esc(e.source.citation)}</p>
    ${e.names.length > 1 ? `<p class="meta">Also known as ${esc(e.names.filter((n) => n !== e.caption).join('; '))}</p>` : ''}
    ${ends}
    ${e.aircraft ? aircraftSection(e.aircraft) : ''}
    ${props ? `<h3>Properties</h3><table class="props">${props}</table>` : ''}
    ${sanctions ? `<h3>Sanctions</h3><ul id="sanctions">${sanctions}</ul>` : ''}
    <h3>Network <select id="graph-depth" aria-label="Steps"><option value="1">1 step</option>
      <option value="2" selected>2 steps</option><option value="3">3 steps</option></select>
      <span id="graph-note" class="meta"></span></h3>
    <svg id="graph" role="img" aria-label="Network diagram"></svg>
    <p class="meta">Purple: people · blue: companies · green: aircraft · red: sanctions; a red ring marks a party
      sanctioned today, a dashed line a relation that ended. Hover for dates and sources; click to open.</p>
    <h3>Relations</h3><ul id="relations">${e.relations.map((r) => relationItem(r, e.id)).join('') || '<li>none</li>'}</ul>
    <h3>Alerts</h3><ul id="entity-alerts">${e.alerts.map(alertItem).join('') || '<li>none</li>'}</ul>
    <h3>Exports</h3><p><a href="/api/export/entities.ftm.jsonl?id=${encodeURIComponent(e.id)}&depth=1">FtM JSON Lines</a>
      (this entity and its neighbours)</p>`;
  const draw = async () => {
    const depth = $('#graph-depth').value;
    const g = await api(`/api/entities/${encodeURIComponent(e.id)}/graph?depth=${depth}&max=60`);
    const svg = $('#graph');
    const box = svg.getBoundingClientRect();
    const {viewBox, markup} = render(g, Math.round(box.width) || 800, Math.round(box.height) || 420);
    svg.setAttribute('viewBox', viewBox);
    svg.innerHTML = markup;
    $('#graph-note').textContent = `${g.nodes.length} entities, ${g.edges.length} links${g.truncated ? ' (more not shown)' : ''}`;
    svg.querySelectorAll('.node').forEach((n) => n.addEventListener('click', () => {
      if (n.dataset.id !== e.id) location.hash = 'entity/' + encodeURIComponent(n.dataset.id);
    }));
  };
  $('#graph-depth').addEventListener('change', draw);
  await draw();
  if (e.aircraft && e.aircraft.flights.length) onFlights(e.aircraft.flights);
  return e;
}
