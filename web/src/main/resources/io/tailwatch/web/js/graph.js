// A network diagram of an entity's neighbourhood, laid out by a small force simulation and drawn as SVG.
//
// The layout: nodes repel each other (inverse square), edges pull their ends towards a rest length (springs),
// and a weak pull keeps everything near the centre; velocities are damped and the step shrinks as the layout
// cools, so it settles. O(n^2) per step, which is a few milliseconds for the at most 300 nodes the API returns.

import {esc} from './util.js';

const COLOURS = {Person: '#7b1fa2', Company: '#1565c0', Organization: '#1565c0', LegalEntity: '#1565c0',
  Airplane: '#00897b', Sanction: '#b00020', Event: '#6d4c41'};

export function layout(nodes, edges, width, height, steps = 300) {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const n = nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  // Start on a spiral by depth: deterministic, and already roughly where the rings will settle.
  nodes.forEach((node, i) => {
    const r = 40 + 90 * (node.depth || 0) + i * 1.5;
    const a = i * 2.399963; // golden angle
    x[i] = width / 2 + r * Math.cos(a);
    y[i] = height / 2 + r * Math.sin(a);
  });
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const rest = Math.max(60, Math.min(width, height) / (2 + Math.sqrt(n) / 2));
  for (let step = 0; step < steps; step++) {
    const cool = 1 - step / steps;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = x[i] - x[j];
        let dy = y[i] - y[j];
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) {
          dx = (i - j) * 0.1;
          dy = 0.1;
          d2 = dx * dx + dy * dy;
        }
        const f = (rest * rest) / d2;
        vx[i] += dx * f * 0.05; vy[i] += dy * f * 0.05;
        vx[j] -= dx * f * 0.05; vy[j] -= dy * f * 0.05;
      }
    }
    for (const [a, b] of links) {
      const dx = x[b] - x[a];
      const dy = y[b] - y[a];
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - rest) / d * 0.08;
      vx[a] += dx * f; vy[a] += dy * f;
      vx[b] -= dx * f; vy[b] -= dy * f;
    }
    for (let i = 0; i < n; i++) {
      vx[i] += (width / 2 - x[i]) * 0.005;
      vy[i] += (height / 2 - y[i]) * 0.005;
      const speed = Math.hypot(vx[i], vy[i]);
      const max = 30 * cool + 1;
      if (speed > max) {
        vx[i] *= max / speed;
        vy[i] *= max / speed;
      }
      x[i] += vx[i];
      y[i] += vy[i];
      vx[i] *= 0.6;
      vy[i] *= 0.6;
    }
  }
  return nodes.map((node, i) => ({...node, x: x[i], y: y[i]}));
}

/**
 * The diagram as SVG markup in a {@code width} x {@code height} box: the layout is scaled to fit the box (not the
 * box to the layout), so labels keep their size however far the layout spread. Busy diagrams keep labels for the
 * entity and its direct neighbours only; every node and edge still names itself on hover.
 */
export function render(graph, width = 800, height = 420) {
  const placed = layout(graph.nodes, graph.edges, width, height);
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const p of placed) {
    x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
  }
  const padX = 110;
  const padY = 30;
  const scale = Math.min((width - 2 * padX) / Math.max(1, x1 - x0), (height - 2 * padY) / Math.max(1, y1 - y0), 1.5);
  const offX = (width - (x1 - x0) * scale) / 2;
  const offY = (height - (y1 - y0) * scale) / 2;
  for (const p of placed) {
    p.x = offX + (p.x - x0) * scale;
    p.y = offY + (p.y - y0) * scale;
  }
  const at = new Map(placed.map((p) => [p.id, p]));
  const busy = graph.edges.length > 30;
  // Several relations between one pair (a board seat and a shareholding) share one line and one label.
  const pairs = new Map();
  for (const e of graph.edges) {
    const key = [e.source, e.target].sort().join('\u0000');
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(e);
  }
  const edges = Array.from(pairs.values()).map((group) => {
    const e = group[0];
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) return '';
    const dated = (x) => (x.start || x.end ? ` (${x.start || '?'} to ${x.end || 'present'})` : '');
    const text = group.map((x) => x.label + dated(x)).join('; ');
    const ended = group.every((x) => x.end);
    const cls = 'edge' + (ended ? ' ended' : '') + (group.some((x) => x.label === 'sanctioned') ? ' sanctioned' : '');
    const title = group.map((x) => `${at.get(x.source).caption} ${x.label} ${at.get(x.target).caption}${dated(x)} · source: ${x.source_citation}`).join('\n');
    const label = busy && a.id !== graph.center && b.id !== graph.center ? ''
      : `<text class="edge-label" x="${((a.x + b.x) / 2).toFixed(1)}" y="${((a.y + b.y) / 2 - 3).toFixed(1)}" text-anchor="middle">${esc(text.length > 60 ? text.slice(0, 58) + '…' : text)}</text>`;
    return `<g><line class="${cls}" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}">
      <title>${esc(title)}</title></line>${label}</g>`;
  }).join('');
  const nodes = placed.map((p) => {
    const cls = 'node' + (p.id === graph.center ? ' center' : '') + (p.sanctioned ? ' sanctioned' : '');
    const r = p.id === graph.center ? 10 : 7;
    const text = p.caption.length > 28 ? p.caption.slice(0, 26) + '…' : p.caption;
    const more = p.hidden ? ` +${p.hidden}` : '';
    const label = busy && p.depth > 1 ? '' : `<text x="${r + 3}" y="4">${esc(text)}${more}</text>`;
    return `<g class="${cls}" data-id="${esc(p.id)}" data-schema="${esc(p.schema)}" transform="translate(${p.x.toFixed(1)},${p.y.toFixed(1)})">
      <circle r="${r}" fill="${COLOURS[p.schema] || '#607d8b'}"><title>${esc(p.caption)} (${esc(p.schema)})${p.sanctioned ? ', sanctioned' : ''}${p.hidden ? `, ${p.hidden} more links not shown` : ''}</title></circle>${label}</g>`;
  }).join('');
  return {viewBox: `0 0 ${width} ${height}`, markup: edges + nodes};
}
