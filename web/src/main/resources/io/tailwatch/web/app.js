// tailwatch analyst page: alert queue, evidence chain, flight map, entity pages. No framework, no CDN.
'use strict';
const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
let basemap = null;
let areas = null;
let selected = null;

async function api(path, options) {
  const res = await fetch(path, options);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

async function loadAlerts() {
  const status = $('#status-filter').value;
  const alerts = await api('/api/alerts' + (status ? '?status=' + status : ''));
  $('#alerts').innerHTML = alerts.map((a) => `
    <li class="${a.severity} ${a.status}${a.id === selected ? ' selected' : ''}" data-id="${esc(a.id)}">
      <strong>${esc(a.title)}</strong>
      <div class="meta">${esc(a.severity)} · ${esc(a.detector)} · ${esc(a.time)} · ${esc(a.status)}</div>
    </li>`).join('') || '<li>No alerts.</li>';
  document.querySelectorAll('#alerts li[data-id]').forEach((li) => li.addEventListener('click', () => {
    location.hash = 'alert/' + encodeURIComponent(li.dataset.id);
  }));
}

function project([lon, lat]) {
  return [(lon + 180) / 360 * 1000, (90 - lat) / 180 * 500];
}

function pathOf(rings) {
  return rings.map((ring) => 'M' + ring.map((c) => project(c).map((v) => v.toFixed(1)).join(',')).join('L') + 'Z').join('');
}

function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

async function drawMap(track) {
  if (basemap === null) basemap = await api('/api/basemap').catch(() => ({features: []}));
  if (areas === null) areas = await api('/api/areas').catch(() => ({features: []}));
  let svg = basemap.features.map((f) => polygons(f.geometry).map((p) => `<path class="land" d="${pathOf(p)}"/>`).join('')).join('');
  svg += areas.features.map((f) => polygons(f.geometry).map((p) => `<path class="area" d="${pathOf(p)}"><title>${esc(f.properties.name)}</title></path>`).join('')).join('');
  let viewBox = '0 0 1000 500';
  if (track && track.length) {
    const pts = track.map(([lat, lon]) => project([lon, lat]));
    let d = '';
    for (let i = 0; i < pts.length; i++) {
      const jump = i > 0 && track[i][3] - track[i - 1][3] > 300;
      d += (i === 0 || jump ? 'M' : 'L') + pts[i][0].toFixed(1) + ',' + pts[i][1].toFixed(1);
      if (jump) svg += `<path class="gap" d="M${pts[i - 1].join(',')}L${pts[i].join(',')}"/>`;
    }
    svg += `<path class="track" d="${d}"/>`;
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const pad = 15;
    const x0 = Math.min(...xs) - pad, y0 = Math.min(...ys) - pad;
    const w = Math.max(Math.max(...xs) - x0 + pad, 60), h = Math.max(Math.max(...ys) - y0 + pad, 30);
    const scale = Math.max(w / 1000, h / 500);
    viewBox = `${x0} ${y0} ${1000 * scale} ${500 * scale}`;
  }
  $('#map').setAttribute('viewBox', viewBox);
  $('#map').innerHTML = svg;
}

function evidenceItem(e) {
  const ref = e.ref_type === 'entity' ? `<a href="#entity/${encodeURIComponent(e.ref)}">${esc(e.ref)}</a>` : esc(e.ref);
  const src = e.source.url ? `<a href="${esc(e.source.url)}" rel="noreferrer">${esc(e.source.citation)}</a>` : esc(e.source.citation);
  return `<li>${esc(e.claim)}<div class="source">${esc(e.ref_type)} ${ref} · source: ${src}${e.date ? ' · dated ' + esc(e.date) : ''}</div></li>`;
}

async function showAlert(id) {
  selected = id;
  const a = await api('/api/alerts/' + encodeURIComponent(id));
  $('#panel').innerHTML = `
    <h2>${esc(a.title)}</h2>
    <p class="meta">${esc(a.detector)} · severity ${esc(a.severity)} · score ${a.score} · ${esc(a.time)} · status <strong id="alert-status">${esc(a.status)}</strong>${a.status_reason ? ' (' + esc(a.status_reason) + ')' : ''}</p>
    <h3>Evidence</h3><ol id="evidence">${a.evidence.map(evidenceItem).join('')}</ol>
    <p><button data-status="acknowledged">Acknowledge</button><button data-status="escalated">Escalate</button>
       <button data-status="dismissed">Dismiss…</button></p>`;
  document.querySelectorAll('#panel button[data-status]').forEach((b) => b.addEventListener('click', () => decide(a.id, b.dataset.status)));
  const flight = a.subject_type === 'flight' ? a.subject_id : a.case_id;
  const leg = await api('/api/flights/' + encodeURIComponent(flight)).catch(() => null);
  await drawMap(leg ? leg.track : null);
  loadAlerts();
}

async function decide(id, status) {
  let reason = null;
  if (status === 'dismissed') {
    reason = prompt('Why dismiss this alert?');
    if (!reason) return;
  }
  await api('/api/alerts/' + encodeURIComponent(id) + '/decision', {
    method: 'POST', headers: {'Content-Type': 'application/json', 'X-Tailwatch-Request': '1'},
    body: JSON.stringify({status, reason}),
  });
  showAlert(id);
}

async function showEntity(id) {
  const e = await api('/api/entities/' + encodeURIComponent(id));
  const props = Object.entries(e.entity.properties).map(([k, v]) => `<tr><td>${esc(k)}</td><td>${v.map(esc).join('<br>')}</td></tr>`).join('');
  const rel = e.relations.map((r) => `<li><a href="#entity/${encodeURIComponent(r.source)}">${esc(r.source_caption)}</a> ${esc(r.label)}
      <a href="#entity/${encodeURIComponent(r.target)}">${esc(r.target_caption)}</a>
      <span class="source">${r.start || r.end ? esc((r.start || '?') + ' to ' + (r.end || 'present')) + ' · ' : ''}source: ${esc(r.source_citation)}</span></li>`).join('');
  const sanctions = e.sanctions.map((s) => `<li>${esc((s.entity.properties.authority || []).join(', '))} ${esc((s.entity.properties.program || []).join(', '))} ${esc((s.entity.properties.startDate || [''])[0])}</li>`).join('');
  $('#panel').innerHTML = `<h2 id="entity-caption">${esc(e.caption)}</h2><p class="meta">${esc(e.entity.schema)} · ${esc(e.entity.id)}</p>
    <table class="props">${props}</table>${sanctions ? '<h3>Sanctions</h3><ul>' + sanctions + '</ul>' : ''}<h3>Relations</h3><ul>${rel || '<li>none</li>'}</ul>
    ${selected ? `<p><a href="#alert/${encodeURIComponent(selected)}">back to the alert</a></p>` : ''}`;
}

async function route() {
  const [kind, ...rest] = location.hash.slice(1).split('/');
  const id = decodeURIComponent(rest.join('/'));
  try {
    if (kind === 'alert' && id) await showAlert(id);
    else if (kind === 'entity' && id) await showEntity(id);
  } catch (err) {
    $('#panel').innerHTML = `<p class="error">${esc(err.message)}</p>`;
  }
}

$('#status-filter').addEventListener('change', loadAlerts);
window.addEventListener('hashchange', route);
loadAlerts().then(() => drawMap(null)).then(route);
