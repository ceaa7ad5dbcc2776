// The map: an offline base map (Natural Earth, drawn as SVG), watched areas and flight tracks in SVG, and every
// aircraft of the replayed period on one canvas. A canvas, not an element per aircraft: 10,000 aircraft are
// stamped into one pixel buffer per frame, where 10,000 DOM nodes would make each frame a layout of the page.

import {api} from './api.js';
import {esc, colourOf, NO_ALERT} from './util.js';

const WORLD_W = 1000;
const WORLD_H = 500;
const HIT_PX = 8;
const DETAIL_BELOW_W = 220; // zoomed in past ~80 degrees of longitude: load the 1:50m outlines

const BINS = 16;
const headingBin = (a) => ((Math.round(a / (2 * Math.PI) * BINS) % BINS) + BINS) % BINS;

/** A colour as one pixel word of ImageData (bytes r, g, b, a; little-endian on every platform browsers run on). */
function word(hex) {
  const v = parseInt(hex.slice(1), 16);
  return ((255 << 24) | ((v & 0xff) << 16) | (v & 0xff00) | ((v >> 16) & 0xff)) >>> 0;
}
const WHITE = word('#ffffff');
const RANKED = [null, colourOf('low'), colourOf('medium'), colourOf('high'), colourOf('critical')];
const SEVERITY_RANK = Object.fromEntries(RANKED.map((c, i) => [c, i]).filter(([c]) => c));
const WORD = Object.fromEntries([NO_ALERT, ...RANKED.slice(1)].map((c) => [c, word(c)]));

/**
 * Pixel offsets of an aircraft triangle for each of 16 headings: those whose centre lies inside the triangle
 * (tip 1.6 sizes ahead, the base one size behind, 1.6 sizes wide), and a one-pixel ring around it.
 */
function makeStamps(size) {
  const stamps = [];
  for (let bin = 0; bin < BINS; bin++) {
    const a = bin / BINS * 2 * Math.PI;
    const c = Math.cos(a);
    const s = Math.sin(a);
    const tri = [[c * size * 1.6, s * size * 1.6], [-c * size + s * size * 0.8, -s * size - c * size * 0.8],
      [-c * size - s * size * 0.8, -s * size + c * size * 0.8]];
    const inside = (x, y) => {
      let sign = 0;
      for (let i = 0; i < 3; i++) {
        const [x1, y1] = tri[i];
        const [x2, y2] = tri[(i + 1) % 3];
        const cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
        if (cross !== 0) {
          if (sign === 0) sign = Math.sign(cross);
          else if (Math.sign(cross) !== sign) return false;
        }
      }
      return true;
    };
    const fill = [];
    const r = Math.ceil(size * 1.8) + 1;
    const isIn = new Set();
    for (let y = -r; y <= r; y++) {
      for (let x = -r; x <= r; x++) {
        if (inside(x, y)) {
          fill.push(x, y);
          isIn.add(x + ',' + y);
        }
      }
    }
    const outline = [];
    for (let y = -r - 1; y <= r + 1; y++) {
      for (let x = -r - 1; x <= r + 1; x++) {
        if (isIn.has(x + ',' + y)) continue;
        if (isIn.has((x + 1) + ',' + y) || isIn.has((x - 1) + ',' + y) || isIn.has(x + ',' + (y + 1))
            || isIn.has(x + ',' + (y - 1))) outline.push(x, y);
      }
    }
    stamps.push({fill: Int16Array.from(fill), outline: Int16Array.from(outline)});
  }
  return stamps;
}

/** Equirectangular projection into world units (1000 x 500). */
export const project = (lon, lat) => [(lon + 180) / 360 * WORLD_W, (90 - lat) / 180 * WORLD_H];

function rings(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

function pathOf(ringList) {
  let d = '';
  for (const ring of ringList) {
    d += 'M';
    for (let i = 0; i < ring.length; i++) {
      const [x, y] = project(ring[i][0], ring[i][1]);
      d += (i ? 'L' : '') + x.toFixed(2) + ',' + y.toFixed(2);
    }
    d += 'Z';
  }
  return d;
}

/** One aircraft of the replay, its points as typed arrays (time, lat, lon) for binary search. */
class Aircraft {
  constructor(a) {
    this.icao24 = a.icao24;
    this.callsign = a.callsign;
    this.severity = a.severity;
    this.legs = a.legs || [];
    const n = a.points.length;
    this.t = new Float64Array(n);
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const [t, lat, lon] = a.points[i];
      const [x, y] = project(lon, lat);
      this.t[i] = t;
      this.x[i] = x;
      this.y[i] = y;
    }
  }

  /** Where the aircraft was at time t (interpolated), with its heading, or null when not in the air then. */
  at(t, out) {
    const n = this.t.length;
    if (n === 0 || t < this.t[0] - 60 || t > this.t[n - 1] + 600) return false;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.t[mid] <= t) lo = mid; else hi = mid - 1;
    }
    const i = lo;
    const j = Math.min(i + 1, n - 1);
    const span = this.t[j] - this.t[i];
    const f = span > 0 && t > this.t[i] ? Math.min(1, (t - this.t[i]) / span) : 0;
    out.x = this.x[i] + (this.x[j] - this.x[i]) * f;
    out.y = this.y[i] + (this.y[j] - this.y[i]) * f;
    const a = j > i ? i : Math.max(0, i - 1);
    const b = j > i ? j : i;
    out.heading = Math.atan2(this.y[b] - this.y[a], this.x[b] - this.x[a]);
    out.colour = NO_ALERT;
    for (const leg of this.legs) {
      if (leg.severity && t >= leg.from - 600 && t <= leg.to + 600) {
        out.colour = colourOf(leg.severity);
        break;
      }
    }
    return true;
  }
}

export class MapView {
  constructor(svg, canvas, tip) {
    this.svg = svg;
    this.canvas = canvas;
    this.tip = tip;
    this.view = {x: 0, y: 40, w: WORLD_W, h: WORLD_H - 80};
    this.aircraft = [];
    this.time = null;
    this.drawn = {x: new Float32Array(0), y: new Float32Array(0), index: new Int32Array(0), count: 0};
    this.lastDrawMs = 0;
    this.detailed = false;
    this.onAircraft = () => {};
    this.layers = {};
    for (const name of ['land', 'areas', 'tracks']) {
      const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      g.setAttribute('class', 'layer-' + name);
      svg.appendChild(g);
      this.layers[name] = g;
    }
    this.frame = null;
    this.listen();
    new ResizeObserver(() => this.setView(this.view)).observe(svg);
  }

  async init() {
    const [land, areas] = await Promise.all([
      api('/api/basemap').catch(() => ({features: []})),
      api('/api/areas').catch(() => ({features: []})),
    ]);
    this.drawLand(land);
    this.layers.areas.innerHTML = areas.features.map((f) =>
      `<path class="area" d="${pathOf(rings(f.geometry))}"><title>${esc(f.properties.name)}: ${esc(f.properties.reason)}</title></path>`).join('');
    this.setView(this.view);
  }

  drawLand(collection) {
    this.layers.land.innerHTML = collection.features.map((f) =>
      `<path class="land" d="${pathOf(rings(f.geometry))}"><title>${esc(f.properties.name)}</title></path>`).join('');
  }

  /** The visible rectangle in world units, widened to the element's aspect ratio. */
  setView({x, y, w, h}) {
    const rect = this.svg.getBoundingClientRect();
    const aspect = rect.width > 0 && rect.height > 0 ? rect.width / rect.height : 2;
    if (w / h > aspect) {
      const nh = w / aspect;
      y -= (nh - h) / 2;
      h = nh;
    } else {
      const nw = h * aspect;
      x -= (nw - w) / 2;
      w = nw;
    }
    w = Math.min(Math.max(w, 2), WORLD_W * 1.5);
    h = w / aspect;
    this.view = {x, y, w, h};
    this.svg.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
    if (!this.detailed && w < DETAIL_BELOW_W) {
      this.detailed = true;
      api('/api/basemap?scale=50m').then((land) => this.drawLand(land)).catch(() => {});
    }
    this.requestDraw();
  }

  /** Shows the points ([[lat, lon], ...]) with a margin. */
  fitTo(points) {
    if (!points.length) return;
    let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
    for (const [lat, lon] of points) {
      const [x, y] = project(lon, lat);
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    const pad = Math.max(8, (x1 - x0) * 0.12, (y1 - y0) * 0.12);
    this.setView({x: x0 - pad, y: y0 - pad, w: x1 - x0 + 2 * pad, h: y1 - y0 + 2 * pad});
  }

  /** A flight's track ([lat, lon, alt, t] ...) in the colour of its worst alert; dashed across reception gaps. */
  showTrack(track, severity) {
    const colour = colourOf(severity);
    let d = '';
    let gaps = '';
    for (let i = 0; i < track.length; i++) {
      const [x, y] = project(track[i][1], track[i][0]);
      const jump = i > 0 && track[i][3] - track[i - 1][3] > 300;
      if (jump) {
        const [px, py] = project(track[i - 1][1], track[i - 1][0]);
        gaps += `M${px.toFixed(2)},${py.toFixed(2)}L${x.toFixed(2)},${y.toFixed(2)}`;
      }
      d += (i === 0 || jump ? 'M' : 'L') + x.toFixed(2) + ',' + y.toFixed(2);
    }
    this.layers.tracks.innerHTML = `<path class="gap" stroke="${colour}" d="${gaps}"/>`
      + `<path class="track" stroke="${colour}" d="${d}"/>`;
  }

  clearTrack() {
    this.layers.tracks.innerHTML = '';
  }

  /** The traffic of a period (/api/traffic). */
  setTraffic(traffic) {
    this.aircraft = traffic.aircraft.map((a) => new Aircraft(a));
    const n = this.aircraft.length;
    this.drawn = {x: new Float32Array(n), y: new Float32Array(n), index: new Int32Array(n), count: 0};
    this.requestDraw();
  }

  setTime(t) {
    this.time = t;
    this.requestDraw();
  }

  requestDraw() {
    if (this.frame === null) {
      this.frame = requestAnimationFrame(() => {
        this.frame = null;
        this.draw();
      });
    }
  }

  /**
   * Draws every aircraft in the air at the current time. Each aircraft is a small triangle pointing along its
   * track, stamped straight into the canvas's pixels (one stamp per 16th of a turn, computed once), then the
   * pixels are put on the canvas in one call. Stamping 10,000 aircraft is about 200,000 array writes; drawing them
   * as 10,000 canvas paths costs tens of times more where the browser rasterises in software.
   */
  draw() {
    const started = performance.now();
    const dpr = window.devicePixelRatio || 1;
    const cw = this.canvas.clientWidth;
    const ch = this.canvas.clientHeight;
    const pw = Math.max(1, Math.round(cw * dpr));
    const ph = Math.max(1, Math.round(ch * dpr));
    if (this.canvas.width !== pw || this.canvas.height !== ph || !this.pixels) {
      this.canvas.width = pw;
      this.canvas.height = ph;
      this.pixels = this.canvas.getContext('2d').createImageData(pw, ph);
      this.words = new Uint32Array(this.pixels.data.buffer);
      this.stamps = makeStamps(Math.max(3, Math.round(4 * dpr)));
    }
    const ctx = this.canvas.getContext('2d');
    const words = this.words;
    words.fill(0);
    this.drawn.count = 0;
    if (this.time !== null && this.aircraft.length) {
      const sx = cw / this.view.w;
      const sy = ch / this.view.h;
      const p = {x: 0, y: 0, heading: 0, colour: NO_ALERT};
      const later = [];
      const d = this.drawn;
      for (let k = 0; k < this.aircraft.length; k++) {
        if (!this.aircraft[k].at(this.time, p)) continue;
        const px = (p.x - this.view.x) * sx;
        const py = (p.y - this.view.y) * sy;
        if (px < -10 || py < -10 || px > cw + 10 || py > ch + 10) continue;
        d.x[d.count] = px;
        d.y[d.count] = py;
        d.index[d.count] = k;
        d.count++;
        if (p.colour !== NO_ALERT) {
          later.push(px, py, p.heading, SEVERITY_RANK[p.colour] || 0);
          continue;
        }
        this.stamp(Math.round(px * dpr), Math.round(py * dpr), p.heading, WORD[NO_ALERT], false);
      }
      // Aircraft with alerts on top, the most severe last, outlined in white.
      for (let rank = 1; rank <= 4; rank++) {
        for (let i = 0; i < later.length; i += 4) {
          if (later[i + 3] === rank) {
            this.stamp(Math.round(later[i] * dpr), Math.round(later[i + 1] * dpr), later[i + 2], WORD[RANKED[rank]], true);
          }
        }
      }
    }
    ctx.putImageData(this.pixels, 0, 0);
    this.lastDrawMs = performance.now() - started;
  }

  stamp(x, y, heading, word, outline) {
    const stamp = this.stamps[headingBin(heading)];
    const w = this.canvas.width;
    const h = this.canvas.height;
    const words = this.words;
    if (outline) {
      const o = stamp.outline;
      for (let i = 0; i < o.length; i += 2) {
        const px = x + o[i];
        const py = y + o[i + 1];
        if (px >= 0 && py >= 0 && px < w && py < h) words[py * w + px] = WHITE;
      }
    }
    const f = stamp.fill;
    for (let i = 0; i < f.length; i += 2) {
      const px = x + f[i];
      const py = y + f[i + 1];
      if (px >= 0 && py >= 0 && px < w && py < h) words[py * w + px] = word;
    }
  }

  /** The aircraft drawn nearest to a point of the map element, within a few pixels, or null. */
  aircraftAt(clientX, clientY) {
    const rect = this.canvas.getBoundingClientRect();
    const x = clientX - rect.left;
    const y = clientY - rect.top;
    let best = -1;
    let bestD = HIT_PX * HIT_PX;
    const d = this.drawn;
    for (let i = 0; i < d.count; i++) {
      const dx = d.x[i] - x;
      const dy = d.y[i] - y;
      const dd = dx * dx + dy * dy;
      if (dd <= bestD) {
        bestD = dd;
        best = d.index[i];
      }
    }
    return best < 0 ? null : this.aircraft[best];
  }

  listen() {
    let drag = null;
    this.svg.addEventListener('pointerdown', (e) => {
      drag = {x: e.clientX, y: e.clientY, view: {...this.view}, moved: false};
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (drag) {
        const rect = this.svg.getBoundingClientRect();
        const dx = (e.clientX - drag.x) / rect.width * drag.view.w;
        const dy = (e.clientY - drag.y) / rect.height * drag.view.h;
        if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) {
          drag.moved = true;
          this.svg.classList.add('dragging');
        }
        if (drag.moved) this.setView({...drag.view, x: drag.view.x - dx, y: drag.view.y - dy});
        return;
      }
      const a = this.aircraftAt(e.clientX, e.clientY);
      if (a) {
        const rect = this.svg.getBoundingClientRect();
        this.tip.hidden = false;
        this.tip.textContent = `${a.callsign || ''} ${a.icao24}`.trim();
        this.tip.style.left = (e.clientX - rect.left + 12) + 'px';
        this.tip.style.top = (e.clientY - rect.top + 12) + 'px';
        this.svg.style.cursor = 'pointer';
      } else {
        this.tip.hidden = true;
        this.svg.style.cursor = '';
      }
    });
    this.svg.addEventListener('pointerup', (e) => {
      const wasDrag = drag && drag.moved;
      drag = null;
      this.svg.classList.remove('dragging');
      if (!wasDrag) {
        const a = this.aircraftAt(e.clientX, e.clientY);
        if (a) this.onAircraft(a, this.time);
      }
    });
    this.svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      const rect = this.svg.getBoundingClientRect();
      const fx = (e.clientX - rect.left) / rect.width;
      const fy = (e.clientY - rect.top) / rect.height;
      const k = Math.exp(Math.sign(e.deltaY) * 0.2);
      const w = this.view.w * k;
      const h = this.view.h * k;
      this.setView({x: this.view.x + (this.view.w - w) * fx, y: this.view.y + (this.view.h - h) * fy, w, h});
    }, {passive: false});
  }
}
