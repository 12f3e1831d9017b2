/** Round tick values from 0 to at least `max`: 0, 5, 10 … with a step of 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? power * 10;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period label for an axis: "Oct 2025" for a month, "15 Oct 2025" for a day or a week's Monday. */
export function periodLabel(period: string): string {
  const [y, m, d] = period.split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  return d == null ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

const DAY = 86_400_000;

/** Every period from `first` to `last`, gaps included, so the time axis is even. */
export function periodsBetween(first: string, last: string, by: string): string[] {
  const out: string[] = [];
  if (by === 'month') {
    let [y, m] = first.split('-').map(Number) as [number, number];
    const [ly, lm] = last.split('-').map(Number) as [number, number];
    while (y < ly || (y === ly && m <= lm)) {
      out.push(`${y}-${String(m).padStart(2, '0')}`);
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
    return out;
  }
  const step = by === 'week' ? 7 * DAY : DAY;
  for (let t = Date.parse(first); t <= Date.parse(last); t += step) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The period to draw a span of days in: days up to four months, weeks up to three years, then months. */
export function autoPeriod(first: string, last: string): 'day' | 'week' | 'month' {
  const days = (Date.parse(last) - Date.parse(first)) / DAY;
  return days <= 120 ? 'day' : days <= 3 * 366 ? 'week' : 'month';
}
