/** A node placed by the layout. */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

/** A node to place: its id and the radius it is drawn with. */
export interface LayoutNode {
  id: string;
  r: number;
}

/**
 * A force-directed layout (Fruchterman-Reingold), deterministic: nodes start on a spiral in the order given
 * (busiest in the middle), repel each other, edges pull their ends together (heavier edges harder), a weak gravity
 * keeps unconnected groups near the middle, and circles are pushed apart until their labels have room.
 */
export function forceLayout(
  nodes: LayoutNode[], edges: { source: string; target: string; weight: number }[], width: number, height: number, pad = 40,
): Map<string, Placed> {
  const n = nodes.length;
  const cx = width / 2;
  const cy = height / 2;
  const pts = nodes.map((node, i) => {
    const angle = i * 2.4;
    const dist = 18 * Math.sqrt(i);
    return { ...node, x: cx + Math.cos(angle) * dist, y: cy + Math.sin(angle) * dist, dx: 0, dy: 0 };
  });
  const index = new Map(pts.map((p, i) => [p.id, i]));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const k = 0.6 * Math.sqrt(((width - 2 * pad) * (height - 2 * pad)) / Math.max(1, n));
  const steps = 400;
  for (let step = 0; step < steps; step++) {
    const heat = (Math.min(width, height) / 8) * (1 - step / steps) + 0.5;
    for (const p of pts) {
      p.dx = (cx - p.x) * 0.1;
      p.dy = (cy - p.y) * 0.16;
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pts[i]!;
        const b = pts[j]!;
        const dx = a.x - b.x || 0.01 * (i - j);
        const dy = a.y - b.y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const f = (k * k) / d / d;
        a.dx += dx * f;
        a.dy += dy * f;
        b.dx -= dx * f;
        b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = pts[index.get(e.source) ?? -1];
      const b = pts[index.get(e.target) ?? -1];
      if (a == null || b == null || a === b) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = ((d * d) / k) * (0.3 + 0.7 * (e.weight / maxWeight));
      a.dx -= (dx / d) * f;
      a.dy -= (dy / d) * f;
      b.dx += (dx / d) * f;
      b.dy += (dy / d) * f;
    }
    for (const p of pts) {
      const d = Math.hypot(p.dx, p.dy) || 1;
      const move = Math.min(d, heat);
      p.x = Math.max(pad + p.r, Math.min(width - pad - p.r, p.x + (p.dx / d) * move));
      p.y = Math.max(pad + p.r, Math.min(height - pad - p.r, p.y + (p.dy / d) * move));
    }
  }
  // Leave room between circles for their labels.
  for (let pass = 0; pass < 60; pass++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pts[i]!;
        const b = pts[j]!;
        const dx = b.x - a.x || 0.5;
        const dy = b.y - a.y || 0.5;
        const d = Math.hypot(dx, dy);
        const need = a.r + b.r + 26;
        if (d >= need) continue;
        const push = (need - d) / 2 / d;
        a.x = Math.max(pad, Math.min(width - pad, a.x - dx * push));
        a.y = Math.max(pad, Math.min(height - pad, a.y - dy * push));
        b.x = Math.max(pad, Math.min(width - pad, b.x + dx * push));
        b.y = Math.max(pad, Math.min(height - pad, b.y + dy * push));
      }
    }
  }
  return new Map(pts.map((p) => [p.id, { id: p.id, x: p.x, y: p.y }]));
}
