/**
 * The run as a chart: p50 latency, p99 latency and rows read per request
 * against table size (log scale), one line per scenario, as a standalone SVG.
 */
import { type BenchReport, sizeLabel } from "./report";

const PANEL = { width: 360, height: 260, left: 56, right: 16, top: 36, bottom: 44 };
const COLORS = [
  "#868e96",
  "#1c7ed6",
  "#2f9e44",
  "#e8590c",
  "#9c36b5",
  "#c2255c",
  "#0c8599",
  "#212529",
];

type Series = { name: string; color: string; points: { size: number; value: number }[] };

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Ticks for a linear axis from 0: 1, 2 or 5 times a power of ten. */
function linearTicks(max: number): number[] {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough || 1));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

function panel(
  title: string,
  series: Series[],
  sizes: number[],
  offsetX: number,
  logY: boolean,
): string {
  const { width, height, left, right, top, bottom } = PANEL;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const maxValue = Math.max(1, ...values);
  const logMin = 0;
  const logMax = Math.ceil(Math.log10(maxValue));
  const yTicks = logY
    ? Array.from({ length: logMax - logMin + 1 }, (_, i) => 10 ** (logMin + i))
    : linearTicks(maxValue * 1.1);
  const yTop = logY ? 10 ** logMax : Math.max(maxValue * 1.1, yTicks.at(-1)!);
  const y = (value: number) =>
    top +
    plotH -
    (logY
      ? ((Math.log10(Math.max(1, value)) - logMin) / Math.max(1, logMax - logMin)) * plotH
      : (value / yTop) * plotH);
  const logSizes = sizes.map(Math.log10);
  const xMin = Math.min(...logSizes);
  const xSpan = Math.max(...logSizes) - xMin || 1;
  const x = (size: number) => left + ((Math.log10(size) - xMin) / xSpan) * plotW;

  const parts = [
    `<g transform="translate(${offsetX},0)">`,
    `<text x="${left + plotW / 2}" y="20" text-anchor="middle" font-weight="bold">${escapeXml(title)}</text>`,
    ...yTicks.map(
      (tick) =>
        `<line x1="${left}" x2="${left + plotW}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e9ecef"/>` +
        `<text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`,
    ),
    ...sizes.map(
      (size) =>
        `<text x="${x(size)}" y="${top + plotH + 18}" text-anchor="middle">${sizeLabel(size)}</text>`,
    ),
    `<text x="${left + plotW / 2}" y="${height - 6}" text-anchor="middle">resources in the table</text>`,
    `<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#adb5bd"/>`,
    ...series.map((s) => {
      const points = s.points.map((p) => `${x(p.size)},${y(p.value)}`).join(" ");
      const dots = s.points
        .map((p) => `<circle cx="${x(p.size)}" cy="${y(p.value)}" r="3" fill="${s.color}"/>`)
        .join("");
      return `<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"/>${dots}`;
    }),
    "</g>",
  ];
  return parts.join("\n");
}

export function toChart(report: BenchReport): string {
  const sizes = report.runs.map((run) => run.resources);
  const names = report.runs[0]?.scenarios.map((s) => s.name) ?? [];
  const series = (value: (s: BenchReport["runs"][number]["scenarios"][number]) => number | null) =>
    names
      .map((name, i) => ({
        name,
        color: COLORS[i % COLORS.length]!,
        points: report.runs.flatMap((run) => {
          const result = run.scenarios.find((s) => s.name === name);
          const v = result ? value(result) : null;
          return v === null ? [] : [{ size: run.resources, value: v }];
        }),
      }))
      .filter((s) => s.points.length > 0);

  const panels = [
    panel(
      "p50 latency (ms)",
      series((s) => s.latencyP50Ms),
      sizes,
      0,
      false,
    ),
    panel(
      "p99 latency (ms)",
      series((s) => s.latencyP99Ms),
      sizes,
      PANEL.width,
      false,
    ),
    panel(
      report.database === "d1" ? "rows read per request (log)" : "queries per request",
      series((s) => (report.database === "d1" ? s.rowsReadPerRequest : s.queriesPerRequest)),
      sizes,
      PANEL.width * 2,
      report.database === "d1",
    ),
  ];
  const legendY = PANEL.height + 8;
  const legend = names.map(
    (name, i) =>
      `<rect x="${16 + (i % 4) * 260}" y="${legendY + Math.floor(i / 4) * 20}" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/>` +
      `<text x="${34 + (i % 4) * 260}" y="${legendY + 10 + Math.floor(i / 4) * 20}">${escapeXml(name)}</text>`,
  );
  const width = PANEL.width * 3;
  const height = legendY + Math.ceil(names.length / 4) * 20 + 8;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...panels,
    ...legend,
    `<text x="${width - 8}" y="${height - 6}" text-anchor="end" fill="#868e96">${escapeXml(`Hearth bench ${report.date}, ${report.database}`)}</text>`,
    "</svg>",
    "",
  ].join("\n");
}
