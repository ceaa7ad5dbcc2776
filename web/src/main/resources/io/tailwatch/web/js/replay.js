// The time slider: loads the traffic of a period and replays it on the map, at a chosen speed.

import {api} from './api.js';
import {$} from './util.js';

const toLocalInput = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 16);
const fromLocalInput = (value) => Math.floor(Date.parse(value + ':00Z') / 1000);

export class Replay {
  constructor(map) {
    this.map = map;
    this.from = 0;
    this.to = 0;
    this.playing = false;
    this.last = null;
    $('#time').addEventListener('input', () => this.show(Number($('#time').value)));
    $('#play').addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    $('#load-period').addEventListener('click', () => {
      const from = fromLocalInput($('#period-from').value);
      const to = fromLocalInput($('#period-to').value);
      if (from && to && to > from) this.load(from, to, from);
    });
  }

  /** Loads every aircraft of [from, to] (unix seconds) and shows them at {@code at}. */
  async load(from, to, at = from) {
    this.pause();
    this.from = from;
    this.to = to;
    $('#period-from').value = toLocalInput(from);
    $('#period-to').value = toLocalInput(to);
    $('#traffic-count').textContent = 'loading…';
    const iso = (s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');
    try {
      const traffic = await api(`/api/traffic?from=${iso(from)}&to=${iso(to)}`);
      this.map.setTraffic(traffic);
      $('#traffic-count').textContent = `${traffic.aircraft.length} aircraft, ${traffic.points} positions`;
    } catch (e) {
      $('#traffic-count').textContent = e.message;
    }
    const slider = $('#time');
    slider.min = String(from);
    slider.max = String(to);
    slider.step = '1';
    this.show(Math.min(Math.max(at, from), to));
  }

  show(t) {
    $('#time').value = String(t);
    $('#time-label').textContent = new Date(t * 1000).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
    this.map.setTime(t);
  }

  play() {
    if (this.to <= this.from) return;
    if (Number($('#time').value) >= this.to) this.show(this.from);
    this.playing = true;
    $('#play').textContent = '❚❚';
    this.last = null;
    const step = (now) => {
      if (!this.playing) return;
      if (this.last !== null) {
        const speed = Number($('#speed').value);
        const t = Math.min(this.to, Number($('#time').value) + (now - this.last) / 1000 * speed);
        this.show(Math.round(t));
        if (t >= this.to) {
          this.pause();
          return;
        }
      }
      this.last = now;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  pause() {
    this.playing = false;
    $('#play').textContent = '▶';
  }
}
