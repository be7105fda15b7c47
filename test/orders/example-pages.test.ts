import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { DrawRecord } from "../../src/draw/record.js";
import type { Lang } from "../../src/i18n/messages.js";
import { buildCampaignOrders } from "../../src/orders/build-orders.js";
import { plain, type Block, type DocSection } from "../../src/orders/document.js";
import { layoutDocuments } from "../../src/orders/layout-documents.js";
import { columnWidths, rowHeight } from "../../src/orders/measure.js";
import { fittedStyles, gbt9704Style, textArea, type PageProfile } from "../../src/orders/page-styles.js";
import { openWorkspace } from "../../src/workspace/open-workspace.js";
import { CAMPAIGN, exampleDir } from "./helpers.js";

/**
 * The example campaign's documents as laid out on sheets (no browser: `npm run test:browser`
 * prints them): what each document of a real campaign takes, sheet by sheet.
 */

const ws = openWorkspace({ workspace: exampleDir, cwd: exampleDir, cache: false }).workspace;
const record = parse(readFileSync(join(exampleDir, "draws", `${CAMPAIGN}.draw.yaml`), "utf8")) as DrawRecord;
const layout = (lang: Lang, profile?: PageProfile) =>
  layoutDocuments(
    buildCampaignOrders(record, ws, { record: "draws/x", verified: true, ...(profile ? { profile } : {}) }),
    lang,
  );
const sections = (lang: Lang, kind: DocSection["kind"], profile?: PageProfile) =>
  layout(lang, profile).flatMap((d) => d.sections.filter((s) => s.kind === kind));
const seals = (s: DocSection) =>
  s.flow.find((b): b is Extract<Block, { kind: "seals" }> => b.kind === "seals") ?? { names: [] };

describe("the example campaign on its sheets", () => {
  it("a notice in the GB/T 9704 profile takes two sheets at most, set on tighter lines (never below 26 pt) when that saves one", () => {
    const notices = sections("zh", "notice");
    expect(notices.length).toBe(13);
    for (const n of notices) expect(n.sheets.length).toBeLessThanOrEqual(2);
    // The three-department notices of T03 and T04 need the tighter lines; the others keep 3号 on 28.95 pt.
    const fitted = notices.filter((n) => n.style.id !== "gbt9704");
    expect(fitted.length).toBe(2);
    for (const n of fitted) {
      expect(fittedStyles(gbt9704Style).map((s) => s.id)).toContain(n.style.id);
      expect(n.style.text.body.line).toBeGreaterThanOrEqual(26);
      expect(n.style.text.body.size).toBe(16);
    }
  });

  it("the seals never stand on a sheet of their own: their sheet carries text of the notice above them", () => {
    for (const lang of ["zh", "en"] as const)
      for (const n of sections(lang, "notice")) {
        const last = n.sheets.at(-1)?.blocks ?? [];
        const body = last.filter(
          (b) => !(b.kind === "continued" || b.kind === "seals" || (b.kind === "paragraph" && b.keep)),
        );
        expect(body.length, `${lang} ${plain(n.continued)}`).toBeGreaterThan(0);
      }
  });

  it("the issuers under the seals are named alike: all in full, or all short when one full name does not fit", () => {
    const names = sections("zh", "notice").map((n) => seals(n).names);
    // 临猗县市场监督管理局 does not fit a third of the 156 mm line in 3号: every row is of short names.
    expect(names).toContainEqual(["县市场监管局", "县消防救援大队", "生态环境局临猗分局"]);
    expect(names).toContainEqual(["县市场监管局", "县消防救援大队", "县教科局"]);
    for (const row of names) expect(row.some((n) => n.startsWith("临猗县"))).toBe(false);
  });

  it("the list for publication: one landscape sheet, one line for every one of its 13 rows", () => {
    for (const lang of ["zh", "en"] as const) {
      const [list] = sections(lang, "publication");
      expect(list?.sheets.length).toBe(1);
      expect(list?.style.paper).toEqual({ width: 297, height: 210 });
      const table = list?.flow.find((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");
      expect(table?.rows.length).toBe(13);
      const style = list?.style ?? gbt9704Style;
      const widths = columnWidths(style, table?.columns ?? [], table?.rows ?? [], textArea(style).width);
      const one = rowHeight(style, ["x"], [100]);
      for (const row of table?.rows ?? []) expect(rowHeight(style, row, widths), row[1]).toBe(one);
      expect(rowHeight(style, table?.columns.map((c) => c.title) ?? [], widths)).toBe(one);
    }
  });

  it("every other document fits the sheets it is meant for, in both profiles", () => {
    for (const profile of ["gbt9704", "compact"] as const) {
      for (const kind of ["cover", "checklist", "summary"] as const)
        for (const s of sections("zh", kind, profile)) expect(s.sheets.length, `${profile} ${kind}`).toBe(1);
      for (const s of sections("zh", "record", profile)) expect(s.sheets.length).toBeLessThanOrEqual(2);
      if (profile === "compact") for (const s of sections("zh", "notice", profile)) expect(s.sheets.length).toBe(1);
    }
  });
});
