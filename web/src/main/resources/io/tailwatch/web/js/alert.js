// One alert: its evidence chain with sources, the entities it rests on as links, and the analyst's decisions.

import {api} from './api.js';
import {$, esc, safeUrl, time, entityLink} from './util.js';

function reference(e, refs) {
  if (e.withheld) return '<span class="withheld">withheld</span>';
  if (e.ref_type === 'entity') {
    const r = refs[e.ref];
    if (!r) return esc(e.ref);
    // A link or a sanction reads as what it joins; its own id would say nothing.
    if (r.ends && r.ends.length) return `${esc(r.schema)}: ${r.ends.map((x) => entityLink(x.id, x.caption)).join(' – ')}`;
    return `${esc(r.schema)} ${entityLink(r.id, r.caption)}`;
  }
  if (e.ref_type === 'flight') return `flight <a href="#flight/${encodeURIComponent(e.ref)}">${esc(e.ref)}</a>`;
  return `${esc(e.ref_type)} ${esc(e.ref)}`;
}

function source(s) {
  const url = safeUrl(s.url);
  return url ? `<a href="${esc(url)}" rel="noreferrer noopener" target="_blank">${esc(s.citation)}</a>` : esc(s.citation);
}

export function renderAlert(a, {canDecide}) {
  const flight = a.case_id ? encodeURIComponent(a.case_id) : null;
  return `
    <h2 id="alert-title">${esc(a.title)}</h2>
    <p class="meta"><span class="sev ${esc(a.severity)}">${esc(a.severity)}</span> · ${esc(a.detector)} · score ${a.score}
      · ${esc(time(a.time))}${a.count > 1 ? ` · seen ${a.count} times, last ${esc(time(a.last_time))}` : ''}
      · status <strong id="alert-status">${esc(a.status)}</strong>${a.status_by ? ' by ' + esc(a.status_by) : ''}
      ${a.status_reason ? '(' + esc(a.status_reason) + ')' : ''}</p>
    <p class="meta">${a.callsign ? 'Flight ' + esc(a.callsign) + ' ' : ''}${a.origin || a.destination ? esc((a.origin || '?') + '–' + (a.destination || '?')) : ''}
      ${flight ? ` · <a href="#flight/${flight}">flight details</a>` : ''}
      ${a.operators.length ? ' · operators ' + a.operators.map((o) => entityLink(o.id, o.caption)).join(', ') : ''}
      ${a.countries.length ? ' · countries ' + esc(a.countries.join(', ')) : ''}</p>
    ${canDecide ? `<div class="decide">
      <button type="button" data-status="acknowledged">Acknowledge</button>
      <button type="button" data-status="escalated" class="primary">Escalate</button>
      <button type="button" id="dismiss" class="danger">Dismiss…</button>
      ${a.status !== 'open' ? '<button type="button" data-status="open">Re-open</button>' : ''}
    </div>
    <form id="dismiss-form" hidden>
      <label for="dismiss-reason">Why is this alert dismissed? (kept with the decision and in the audit log)</label>
      <textarea id="dismiss-reason" maxlength="2000" required></textarea>
      <button type="submit" class="danger" id="dismiss-confirm">Dismiss alert</button>
      <button type="button" id="dismiss-cancel">Cancel</button>
    </form>` : '<p class="meta">Viewers read alerts; analysts decide them.</p>'}
    <p id="decision-error" class="error"></p>
    <h3>Evidence</h3>
    <ol id="evidence">${a.evidence.map((e) => `<li class="${e.withheld ? 'withheld' : ''}">${esc(e.claim)}
      <div class="source">${reference(e, a.refs || {})} · source: ${source(e.source)}${e.date ? ' · dated ' + esc(e.date) : ''}</div></li>`).join('')}</ol>
    ${a.decisions && a.decisions.length ? `<h3>Decisions</h3><ul class="timeline">${a.decisions.map((d) =>
      `<li>${esc(time(d.at))} ${esc(d.user)}: ${esc(d.decision)}</li>`).join('')}</ul>` : ''}
    <h3>Exports</h3>
    <p>${canDecide && flight ? `<a href="/api/cases/${flight}/report.html" target="_blank" id="case-report">Case report</a> (print to PDF) · ` : ''}
      ${flight ? `Track <a href="/api/export/tracks.geojson?flight=${flight}">GeoJSON</a> · <a href="/api/export/tracks.kml?flight=${flight}">KML</a>` : ''}</p>`;
}

/** Wires the decision buttons of a rendered alert; {@code done} receives the alert as decided. */
export function wireDecisions(a, done) {
  const decide = async (status, reason) => {
    $('#decision-error').textContent = '';
    try {
      done(await api(`/api/alerts/${encodeURIComponent(a.id)}/decision`, {method: 'POST', body: {status, reason}}));
    } catch (e) {
      $('#decision-error').textContent = e.message;
    }
  };
  document.querySelectorAll('#panel button[data-status]').forEach((b) =>
    b.addEventListener('click', () => decide(b.dataset.status, null)));
  const dismiss = $('#dismiss');
  if (!dismiss) return;
  dismiss.addEventListener('click', () => {
    $('#dismiss-form').hidden = false;
    $('#dismiss-reason').focus();
  });
  $('#dismiss-cancel').addEventListener('click', () => ($('#dismiss-form').hidden = true));
  $('#dismiss-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const reason = $('#dismiss-reason').value.trim();
    if (reason) decide('dismissed', reason);
  });
}
