import { message, type Lang } from "../i18n/messages.js";
import type { OrdersDocument } from "../orders/document.js";
import { sectionStyle, textArea } from "../orders/page-styles.js";
import { renderHtml } from "../orders/render-html.js";
import type { Report } from "./compute-report.js";
import { departmentsChart, trendChart, visitsChart } from "./render-charts.js";

/** Room the charts' heading takes at the top of their first sheet, pt. */
const HEADING = 36;
const GAP = 14;

const sizeOf = (svg: string) => {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
};

/**
 * The bulletin as one printable HTML file: the document's sheets as the work orders print them
 * (orders/render-html), then the charts on sheets of their own (附图), landscape, each sheet with
 * its page number. Self-contained: inline SVG, no script, nothing fetched.
 */
export function renderReportHtml(doc: OrdersDocument, report: Report, lang: Lang): string {
  const style = sectionStyle("gbt9704", "publication");
  const area = textArea(style);
  const charts = [departmentsChart(report, lang), trendChart(report, lang), visitsChart(report, lang)];
  // Charts packed onto sheets in order; one taller than a sheet is scaled down to fit.
  const sheets: string[][] = [[]];
  let used = HEADING;
  for (const chart of charts) {
    const { width, height } = sizeOf(chart);
    const scale = Math.min(1, area.width / width, (area.height - HEADING) / height);
    const h = height * scale;
    if (used + h > area.height && (sheets.at(-1)?.length ?? 0) > 0) {
      sheets.push([]);
      used = 0;
    }
    const sized = chart.replace(
      / width="[\d.]+pt" height="[\d.]+pt"/,
      ` width="${Math.floor(width * scale)}pt" height="${Math.floor(h)}pt"`,
    );
    sheets.at(-1)?.push(`<div class="chartbox" style="margin-bottom:${GAP}pt">${sized}</div>`);
    used += h + GAP;
  }
  const heading = message("rep-h-charts", {}, lang);
  const html = sheets.map((content, i) => {
    const page = i + 1;
    const side = page % 2 === 1 ? " odd" : " even";
    return `<section class="sheet st-${style.id}" data-document="charts" data-page="${page}" data-pages="${sheets.length}">
<div class="area">
${i === 0 ? `<h2>${heading}</h2>\n` : ""}${content.join("\n")}
</div>
<div class="foot"><p class="num${side}">\u2014 ${page} \u2014</p></div>
</section>`;
  });
  // The annex and the charts are landscape inside a portrait file: a named page turns the paper.
  const wide = `@page wide { size: ${style.paper.width}mm ${style.paper.height}mm; margin: 0; }\n.sheet.st-${style.id} { page: wide; width: ${style.paper.width}mm; height: ${style.paper.height}mm; }\n`;
  return renderHtml(doc)
    .replace("</style>", `${wide}</style>`)
    .replace("</body>", `${html.join("\n")}\n</body>`);
}
