/** QuadClass names and colours, from cooperation (greens) to conflict (reds). */
export const QUADS = [
  { quad: 1, label: 'Verbal cooperation', color: '#8cc474' },
  { quad: 2, label: 'Material cooperation', color: '#1f7a3a' },
  { quad: 3, label: 'Verbal conflict', color: '#f0a04b' },
  { quad: 4, label: 'Material conflict', color: '#c62828' },
] as const;

/** The colour of a QuadClass. */
export const quadColor = (quad: number): string => QUADS[quad - 1]?.color ?? '#888';

const STOPS: [number, [number, number, number]][] = [
  [-10, [165, 0, 38]], [-5, [230, 85, 60]], [0, [170, 170, 160]], [5, [102, 189, 99]], [10, [0, 104, 55]],
];

/** A colour for a Goldstein score: -10 deep red (conflict), 0 grey, +10 deep green (cooperation). */
export function goldsteinColor(g: number): string {
  const x = Math.max(-10, Math.min(10, g));
  for (let i = 1; i < STOPS.length; i++) {
    const [x1, c1] = STOPS[i]!;
    const [x0, c0] = STOPS[i - 1]!;
    if (x <= x1) {
      const t = (x - x0) / (x1 - x0);
      const mix = c0.map((v, k) => Math.round(v + (c1[k]! - v) * t));
      return `rgb(${mix.join(',')})`;
    }
  }
  return 'rgb(0,104,55)';
}

/** A Goldstein score as signed text: "+1.9", "-10.0". */
export const signed = (g: number): string => `${g > 0 ? '+' : ''}${g.toFixed(1)}`;
