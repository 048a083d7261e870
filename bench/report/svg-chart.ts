/**
 * A horizontal bar chart of requests per second, one group per (mix, connection, driver) and one
 * bar per target, as a self-contained SVG (no chart library; it opens in any browser).
 */
import type { Measurement } from '../suite/measurement.js';

const COLORS: Record<string, string> = {
  swarmgate: '#2f6fdf',
  'bare-uws': '#9aa5b1',
  opentracker: '#e07b39',
  'bittorrent-tracker': '#3a9d5d',
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function requestsChart(measurements: Measurement[], title: string): string {
  const rows = measurements.filter((m) => !m.skipped && m.requestsPerSecond);
  const groups = new Map<string, Measurement[]>();
  for (const m of rows) {
    const key = `${m.mix}, ${m.connection === 'close' ? 'new connection each' : 'keep-alive'} (${m.driver})`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const max = Math.max(1, ...rows.map((m) => m.requestsPerSecond!));
  const left = 170;
  const width = 820;
  const barArea = width - left - 110;
  const bar = 18;
  let y = 50;
  const parts: string[] = [];
  for (const [group, members] of groups) {
    parts.push(`<text x="10" y="${y + 12}" font-weight="bold">${escape(group)}</text>`);
    y += 20;
    for (const m of members) {
      const w = Math.max(1, (m.requestsPerSecond! / max) * barArea);
      const color = COLORS[m.target] ?? '#777';
      parts.push(`<text x="${left - 8}" y="${y + 13}" text-anchor="end">${escape(m.target)}</text>`);
      parts.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${color}"/>`);
      parts.push(`<text x="${(left + w + 6).toFixed(1)}" y="${y + 13}">${Math.round(m.requestsPerSecond!).toLocaleString('en-US')}/s</text>`);
      y += bar + 6;
    }
    y += 12;
  }
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="24" font-size="15" font-weight="bold">${escape(title)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
