// tailwatch analyst page: sign-in, the alert queue, the map with its replay, and the panels for an alert, a
// flight or an entity, chosen by the address's fragment (#alert/ID, #flight/ID, #entity/ID) so that the browser's
// back button and links work. Plain modules, no framework, nothing loaded from elsewhere.

import {api, signIn, signOut, me, whenSignedOut} from './api.js';
import {$, esc} from './util.js';
import {MapView} from './map.js';
import {Replay} from './replay.js';
import {Queue} from './queue.js';
import {renderAlert, wireDecisions} from './alert.js';
import {showEntity} from './entity.js';
import {showFlight} from './flight.js';
import {searchBox} from './search.js';

const HOUR = 3600;
let user = null;
let map = null;
let replay = null;
let queue = null;
let lastAlert = null;

function showLogin(message = '') {
  $('#app').hidden = true;
  $('#login').hidden = false;
  $('#login-error').textContent = message;
  $('#search').disabled = true;
  if (queue) queue.stop();
}

async function start() {
  $('#login').hidden = true;
  $('#app').hidden = false;
  $('#search').disabled = false;
  $('#me').textContent = `${user.name} (${user.role})`;
  $('#sign-out').hidden = !user.session;
  if (!map) {
    map = new MapView($('#map'), $('#aircraft'), $('#map-tip'));
    window.tailwatch = {map}; // a handle for measuring the map from the browser's console and tests
    replay = new Replay(map);
    queue = new Queue({onOpen: (id) => (location.hash = 'alert/' + encodeURIComponent(id))});
    map.onAircraft = openAircraft;
    searchBox((id) => (location.hash = 'entity/' + encodeURIComponent(id)));
    window.addEventListener('hashchange', route);
    await map.init();
  }
  await Promise.all([queue.facets(), queue.load()]);
  queue.live((a) => {
    if (lastAlert === a.id && location.hash === '#alert/' + encodeURIComponent(a.id)) route();
  });
  if (!location.hash || location.hash === '#') await latestTraffic();
  await route();
}

/** The last six hours of surveillance: what the map shows before anything is chosen. */
async function latestTraffic() {
  const s = await api('/api/summary');
  if (!s.last_position) return;
  const to = Math.ceil(Date.parse(s.last_position) / 1000);
  await replay.load(to - 6 * HOUR, to, to - 3 * HOUR);
}

/** Shows a flight's track and replays the traffic around it. */
async function focusFlight(f) {
  map.showTrack(f.track, f.severity);
  map.fitTo(f.track.map(([lat, lon]) => [lat, lon]));
  const from = Math.floor(Date.parse(f.first_seen) / 1000);
  const to = Math.ceil(Date.parse(f.last_seen) / 1000);
  await replay.load(from - HOUR / 2, to + HOUR / 2, from + Math.round((to - from) / 2));
}

async function openAircraft(a, t) {
  const at = new Date(t * 1000).toISOString();
  const legs = await api(`/api/flights?icao24=${a.icao24}&from=${at}&to=${at}&limit=1`);
  if (legs.items.length) {
    location.hash = 'flight/' + encodeURIComponent(legs.items[0].id);
  } else {
    $('#panel').innerHTML = `<h2>${esc(a.callsign || a.icao24)}</h2><p>No flight rebuilt for Mode S ${esc(a.icao24)} at this time.</p>`;
  }
}

function backLink() {
  return lastAlert ? `<p><a href="#alert/${encodeURIComponent(lastAlert)}" id="back-to-alert">← back to the alert</a></p>` : '';
}

async function showAlert(id) {
  lastAlert = id;
  queue.select(id);
  const a = await api('/api/alerts/' + encodeURIComponent(id));
  const canDecide = user.role !== 'viewer';
  $('#panel').innerHTML = renderAlert(a, {canDecide});
  wireDecisions(a, (decided) => {
    queue.changed(decided);
    $('#panel').innerHTML = renderAlert(decided, {canDecide});
    wireDecisions(decided, () => route());
  });
  if (a.case_id) {
    const f = await api('/api/flights/' + encodeURIComponent(a.case_id)).catch(() => null);
    if (f) await focusFlight(f);
  }
}

async function route() {
  const [kind, ...rest] = location.hash.slice(1).split('/');
  const id = decodeURIComponent(rest.join('/'));
  const panel = $('#panel');
  try {
    if (kind === 'alert' && id) {
      await showAlert(id);
    } else if (kind === 'entity' && id) {
      await showEntity(id, panel, {onFlights: async (flights) => {
        const f = await api('/api/flights/' + encodeURIComponent(flights[0].id)).catch(() => null);
        if (f) await focusFlight(f);
      }});
      panel.insertAdjacentHTML('afterbegin', backLink());
    } else if (kind === 'flight' && id) {
      const f = await showFlight(id, panel, {canSeePeople: user.role !== 'viewer'});
      panel.insertAdjacentHTML('afterbegin', backLink());
      const full = await api('/api/flights/' + encodeURIComponent(f.id));
      await focusFlight(full);
    }
  } catch (err) {
    if (err.status !== 401) panel.innerHTML = `<p class="error">${esc(err.message)}</p>${backLink()}`;
  }
}

async function boot() {
  whenSignedOut(() => showLogin('Your session ended; sign in again.'));
  $('#login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await signIn($('#token').value.trim());
      $('#token').value = '';
      user = await me();
      await start();
    } catch (err) {
      $('#login-error').textContent = err.message;
    }
  });
  $('#sign-out').addEventListener('click', async () => {
    await signOut().catch(() => {});
    user = null;
    showLogin('Signed out.');
  });
  // A link printed by 'tailwatch demo --serve' carries a token in the fragment, which never reaches the server's
  // logs; it is exchanged for a session cookie and removed from the address bar at once.
  const token = location.hash.match(/^#token=([\w-]+)$/);
  if (token) {
    history.replaceState(null, '', location.pathname);
    try {
      await signIn(token[1]);
    } catch (err) {
      showLogin(err.message);
      return;
    }
  }
  try {
    user = await me();
  } catch (err) {
    showLogin();
    return;
  }
  await start();
}

boot();
