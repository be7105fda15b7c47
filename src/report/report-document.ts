import { message, type Lang } from "../i18n/messages.js";
import { nowrap, type Block, type OrdersDocument } from "../orders/document.js";
import { layoutSection } from "../orders/layout-documents.js";
import { gbt9704Style, sectionStyle } from "../orders/page-styles.js";
import type { Report } from "./compute-report.js";
import { dateLabel, type ReportView } from "./report-view.js";

/**
 * The bulletin on paper, in the work orders' page standard (orders/: the same paginator and
 * renderers): the 通报 itself as a 公文 (GB/T 9704-2012: 3号仿宋, 小标宋 title, "— 1 —"), then
 * its tables as an annex in landscape, as the list for publication is, so that a row stays a row.
 */
export function reportDocument(report: Report, view: ReportView, lang: Lang): OrdersDocument {
  const body: Block[] = [
    { kind: "title", text: view.title, subtitle: view.subtitle },
    ...view.summary.map((text): Block => ({ kind: "paragraph", text, indent: true })),
    { kind: "paragraph", text: view.basis, indent: true },
    { kind: "paragraph", text: view.issuer, align: "right", keep: true },
    { kind: "paragraph", text: nowrap(dateLabel(report.asOf, lang)), align: "right" },
  ];
  const annex: Block[] = [];
  let heading = "";
  for (const t of view.tables) {
    if (t.heading !== heading) annex.push({ kind: "heading", text: t.heading });
    heading = t.heading;
    if (t.subheading) annex.push({ kind: "subheading", text: t.subheading });
    if (t.rows.length === 0) annex.push({ kind: "paragraph", text: view.none, indent: true });
    else
      annex.push({
        kind: "table",
        columns: t.columns.map((title, i) => ({ title, weight: t.weights[i] ?? 1 })),
        // A credit code or a date never breaks over two lines (issue 11).
        rows: t.rows.map((r) => (t.id === "repeated" ? r.map((c, i) => (i === 1 ? nowrap(c) : c)) : r)),
      });
  }
  // Anyone holding the bulletin can later check that the ledger still extends this checkpoint.
  annex.push(...view.checkpoint.map((text): Block => ({ kind: "paragraph", text, small: true })));
  const subject = view.period;
  const annexStyle = sectionStyle("gbt9704", "publication");
  const note = message("rep-basis", { asOf: dateLabel(report.asOf, lang) }, lang);
  return {
    id: "report",
    kind: "summary",
    fileBase: report.period.id,
    lang,
    title: `${view.title} ${report.period.id}`,
    pageLabel: message("doc-page", { page: "{page}", pages: "{pages}" }, lang),
    date: report.asOf,
    sections: [
      layoutSection("summary", body, gbt9704Style, lang, { document: view.title, subject }),
      layoutSection("publication", annex, annexStyle, lang, { document: view.title, subject, note }),
    ],
    sheet: { columns: [], rows: [] },
    data: report,
  };
}
