import { message, term, type Lang } from "../i18n/messages.js";
import type { ReportUiKey } from "../i18n/messages-report.js";
import { headingFonts } from "../orders/render-html.js";
import { tiers } from "../registries/model.js";
import { displayWidth } from "../util/text-table.js";
import type { Report } from "./compute-report.js";

/**
 * The bulletin's charts as hand-written SVG (no library, no script, nothing fetched): bars per lead
 * department, the quarter-by-quarter trend, and the visits saved. Every number is the report's.
 * Units are points; each chart is as wide as the landscape annex's text area.
 */
export const CHART_WIDTH = 720;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const colours = {
  trusted: "#9ecae1",
  general: "#4292c6",
  focus: "#08306b",
  separate: "#c6c6c6",
  joint: "#2b6cb0",
  saved: "#c05621",
};
const font = `font-family='${headingFonts.replace(/"/g, "")}'`;

function svg(width: number, height: number, title: string, body: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}pt" height="${height}pt" role="img" aria-label="${esc(title)}">
<title>${esc(title)}</title>
${body.join("\n")}
</svg>`;
}

const text = (x: number, y: number, s: string, size = 9, anchor = "start", extra = "") =>
  `<text x="${r(x)}" y="${r(y)}" font-size="${size}" text-anchor="${anchor}" ${font}${extra}>${esc(s)}</text>`;
const rect = (x: number, y: number, w: number, h: number, fill: string) =>
  `<rect x="${r(x)}" y="${r(y)}" width="${r(Math.max(w, 0))}" height="${r(h)}" fill="${fill}"/>`;
const r = (n: number) => String(Math.round(n * 10) / 10);

function legend(x: number, y: number, entries: [string, string][]): string[] {
  const out: string[] = [];
  let at = x;
  for (const [label, fill] of entries) {
    out.push(rect(at, y - 8, 10, 10, fill), text(at + 14, y, label, 9));
    at += 14 + displayWidth(label) * 5 + 18;
  }
  return out;
}

/** Nice round ticks from 0 to at least `max`. */
function scaleMax(max: number): number {
  if (max <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 4, 5, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

function axis(x0: number, x1: number, y0: number, y1: number, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i <= 5; i++) {
    const x = x0 + ((x1 - x0) * i) / 5;
    out.push(`<line x1="${r(x)}" y1="${r(y0)}" x2="${r(x)}" y2="${r(y1)}" stroke="#ddd" stroke-width="0.5"/>`);
    out.push(text(x, y1 + 11, String(Math.round(((max * i) / 5) * 10) / 10), 8, "middle"));
  }
  return out;
}

/** The lead departments with a campaign in the period: the others would be bars of nothing. */
const activeDepartments = (report: Report) => report.departments.filter((d) => d.campaigns.planned > 0);

/** Objects inspected per lead department, stacked by tier. */
export function departmentsChart(report: Report, lang: Lang): string {
  const say = (k: ReportUiKey) => message(k, {}, lang);
  const rows = activeDepartments(report);
  const labelW = 150;
  const rowH = 18;
  const top = 30;
  const height = top + Math.max(rows.length, 1) * rowH + 24;
  const x0 = labelW;
  const x1 = CHART_WIDTH - 40;
  const max = scaleMax(Math.max(1, ...rows.map((d) => d.objects.inspected.total)));
  const out = [
    text(0, 12, say("rep-chart-departments"), 11),
    ...legend(
      x0,
      26,
      tiers.map((t) => [term(t, lang), colours[t]]),
    ),
  ];
  out.push(...axis(x0, x1, top, top + Math.max(rows.length, 1) * rowH, max));
  if (rows.length === 0) out.push(text(x0 + 8, top + 12, say("rep-chart-empty"), 9));
  rows.forEach((d, i) => {
    const y = top + i * rowH;
    out.push(text(x0 - 6, y + 12, d.name, 9, "end"));
    let at = x0;
    for (const t of tiers) {
      const w = ((x1 - x0) * d.objects.inspected[t]) / max;
      out.push(rect(at, y + 3, w, rowH - 6, colours[t]));
      at += w;
    }
    out.push(text(at + 4, y + 12, String(d.objects.inspected.total), 9));
  });
  return svg(CHART_WIDTH, height, say("rep-chart-departments"), out);
}

/** Per lead department: the visits separate inspections would have needed against the joint visits made. */
export function visitsChart(report: Report, lang: Lang): string {
  const say = (k: ReportUiKey) => message(k, {}, lang);
  const rows = [
    ...activeDepartments(report).map((d) => ({ name: d.name, v: d.visits })),
    { name: say("rep-total"), v: report.visits.county },
  ];
  const labelW = 150;
  const rowH = 24;
  const top = 30;
  const height = top + rows.length * rowH + 24;
  const x0 = labelW;
  const x1 = CHART_WIDTH - 90;
  const max = scaleMax(Math.max(1, ...rows.map((d) => d.v.separate)));
  const out = [
    text(0, 12, say("rep-chart-saved"), 11),
    ...legend(x0, 26, [
      [say("rep-legend-separate"), colours.separate],
      [say("rep-legend-joint"), colours.joint],
      [say("rep-legend-saved"), colours.saved],
    ]),
  ];
  out.push(...axis(x0, x1, top, top + rows.length * rowH, max));
  rows.forEach((d, i) => {
    const y = top + i * rowH;
    const ws = ((x1 - x0) * d.v.separate) / max;
    const wj = ((x1 - x0) * d.v.joint) / max;
    out.push(text(x0 - 6, y + 15, d.name, 9, "end", i === rows.length - 1 ? " font-weight='bold'" : ""));
    out.push(rect(x0, y + 3, ws, 9, colours.separate), rect(x0, y + 12, wj, 9, colours.joint));
    out.push(text(x0 + ws + 4, y + 11, String(d.v.separate), 8), text(x0 + wj + 4, y + 20, String(d.v.joint), 8));
    out.push(text(x1 + 80, y + 15, d.v.saved > 0 ? `−${d.v.saved}` : "0", 10, "end", ` fill='${colours.saved}'`));
  });
  return svg(CHART_WIDTH, height, say("rep-chart-saved"), out);
}

/** Quarter by quarter, up to the period's last quarter: objects inspected and visits saved. */
export function trendChart(report: Report, lang: Lang): string {
  const say = (k: ReportUiKey) => message(k, {}, lang);
  const height = 200;
  const top = 34;
  const bottom = height - 22;
  const x0 = 40;
  const x1 = CHART_WIDTH - 20;
  const max = scaleMax(Math.max(1, ...report.trend.flatMap((q) => [q.inspected, q.visits.saved])));
  const out = [
    text(0, 12, say("rep-chart-trend"), 11),
    ...legend(x0, 28, [
      [say("rep-legend-inspected"), colours.joint],
      [say("rep-legend-saved"), colours.saved],
    ]),
  ];
  for (let i = 0; i <= 5; i++) {
    const y = bottom - ((bottom - top - 10) * i) / 5;
    out.push(`<line x1="${x0}" y1="${r(y)}" x2="${x1}" y2="${r(y)}" stroke="#ddd" stroke-width="0.5"/>`);
    out.push(text(x0 - 4, y + 3, String(Math.round(((max * i) / 5) * 10) / 10), 8, "end"));
  }
  const slot = (x1 - x0) / 4;
  const barW = Math.min(40, slot / 3);
  report.trend.forEach((q, i) => {
    const cx = x0 + slot * i + slot / 2;
    const h = (v: number) => ((bottom - top - 10) * v) / max;
    out.push(rect(cx - barW - 2, bottom - h(q.inspected), barW, h(q.inspected), colours.joint));
    out.push(rect(cx + 2, bottom - h(q.visits.saved), barW, h(q.visits.saved), colours.saved));
    out.push(text(cx - barW / 2 - 2, bottom - h(q.inspected) - 3, String(q.inspected), 8, "middle"));
    out.push(text(cx + 2 + barW / 2, bottom - h(q.visits.saved) - 3, String(q.visits.saved), 8, "middle"));
    out.push(text(cx, bottom + 14, q.period, 9, "middle"));
  });
  out.push(`<line x1="${x0}" y1="${bottom}" x2="${x1}" y2="${bottom}" stroke="#000" stroke-width="0.6"/>`);
  return svg(CHART_WIDTH, height, say("rep-chart-trend"), out);
}
