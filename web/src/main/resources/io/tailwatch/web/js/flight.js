// A flight: where and when it flew, the aircraft and operators, its alerts, and (for analysts) its manifest.

import {api} from './api.js';
import {$, esc, time, entityLink} from './util.js';

export async function showFlight(id, panel, {canSeePeople}) {
  const f = await api('/api/flights/' + encodeURIComponent(id));
  const place = (ident, name, inferred) => (ident ? `${esc(ident)}${name ? ' ' + esc(name) : ''}${inferred ? ' (inferred)' : ''}` : 'not seen');
  panel.innerHTML = `
    <h2 id="flight-title">Flight ${esc(f.callsign || f.icao24)} ${esc(f.origin || '?')}–${esc(f.destination || '?')}</h2>
    <table class="props">
      <tr><th>Mode S</th><td><code>${esc(f.icao24)}</code></td></tr>
      <tr><th>Aircraft</th><td>${f.aircraft.map((a) => entityLink(a.id, a.caption)).join(', ') || 'not in the graph'}</td></tr>
      <tr><th>Operators</th><td>${f.operators.map((o) => entityLink(o.id, o.caption)).join(', ') || '—'}</td></tr>
      <tr><th>From</th><td>${place(f.origin, f.origin_name, f.origin_inferred)}</td></tr>
      <tr><th>To</th><td>${place(f.destination, f.destination_name, f.destination_inferred)}</td></tr>
      <tr><th>Seen</th><td>${esc(time(f.first_seen))} to ${esc(time(f.last_seen))}, ${f.positions} positions
        ${f.gaps.length ? `, ${f.gaps.length} gaps in reception` : ''}</td></tr>
      <tr><th>Countries</th><td>${esc(f.countries.join(', ') || '—')}</td></tr>
    </table>
    <h3>Alerts</h3><ul>${f.alerts.map((a) => `<li><a href="#alert/${encodeURIComponent(a.id)}">
      <span class="sev ${esc(a.severity)}">${esc(a.severity)}</span> ${esc(a.title)}</a> <span class="meta">${esc(a.status)}</span></li>`).join('') || '<li>none</li>'}</ul>
    ${canSeePeople ? '<h3>Manifest</h3><p><button type="button" id="show-manifest">Show crew and passengers</button> <span class="meta">(personal data; the view is audited)</span></p><div id="manifest"></div>' : ''}
    <h3>Exports</h3><p>Track <a href="/api/export/tracks.geojson?flight=${encodeURIComponent(f.id)}">GeoJSON</a> ·
      <a href="/api/export/tracks.kml?flight=${encodeURIComponent(f.id)}">KML</a>
      ${canSeePeople && f.alerts.length ? ` · <a href="/api/cases/${encodeURIComponent(f.id)}/report.html" target="_blank">case report</a>` : ''}</p>`;
  const button = $('#show-manifest');
  if (button) {
    button.addEventListener('click', async () => {
      const m = await api(`/api/flights/${encodeURIComponent(f.id)}/manifest`);
      $('#manifest').innerHTML = m.items.length ? `<table class="props"><tr><th>Name</th><th>Role</th><th>Nationality</th><th>Source</th></tr>
        ${m.items.map((r) => `<tr><td>${esc(r.full_name)}</td><td>${esc(r.role)}</td><td>${esc(r.nationality || '')}</td>
          <td class="source">${esc(r.source)}:${r.line}</td></tr>`).join('')}</table>` : '<p>No manifest for this flight.</p>';
    });
  }
  return f;
}
