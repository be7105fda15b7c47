import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueData } from "../../src/i18n/catalogue.js";
import * as fromSource from "../../src/i18n/messages.js";
import { modulesLoaded } from "../helpers/loaded-modules.js";

type Messages = typeof fromSource;
const built = () => import(new URL("../../dist/i18n/messages.js", import.meta.url).href) as Promise<Messages>;

/** The built catalogue (dist/i18n/catalogue.json) against the catalogue files it was written from. */
describe("the built message catalogue", () => {
  it("holds every text of both languages, every term and every diagnostic code, as the sources do", () => {
    const lines = readFileSync(new URL("../../dist/i18n/catalogue.json", import.meta.url), "utf8")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const data = catalogueData();
    expect(lines).toHaveLength(3);
    expect(lines[0]?.diagnosticCodes).toEqual(data.diagnosticCodes);
    expect(lines[0]?.terms).toEqual(data.terms);
    expect(lines[1]).toEqual(data.en);
    expect(lines[2]).toEqual(data.zh);
  });

  it("renders every message, term and code in the built program exactly as from the sources", async () => {
    const dist = await built();
    const keys = fromSource.allCatalogueKeys();
    expect(dist.allCatalogueKeys()).toEqual(keys);
    // Parameters that exercise the {x}, {xZh} and {xEn} placeholders.
    const params = { registry: "objects", reason: "general", actual: "string", field: "f", id: "X", format: "date" };
    for (const key of keys as (fromSource.DiagnosticCode | fromSource.UiKey)[]) {
      expect(dist.catalogueEntry(key)).toEqual(fromSource.catalogueEntry(key));
      expect(dist.isDiagnosticCode(key)).toBe(fromSource.isDiagnosticCode(key));
      for (const lang of ["en", "zh"] as const)
        expect(dist.message(key, params, lang)).toBe(fromSource.message(key, params, lang));
    }
    for (const word of [...Object.keys(catalogueData().terms), "not-a-term"])
      for (const lang of ["en", "zh"] as const) expect(dist.term(word, lang)).toBe(fromSource.term(word, lang));
    expect(fromSource.isDiagnosticCode("schema-required")).toBe(true);
    expect(fromSource.isDiagnosticCode("help-program")).toBe(false);
  });

  it("spares a run the catalogue files: --version loads none of them", () => {
    const { status, loaded } = modulesLoaded(["--version"]);
    expect(status).toBe(0);
    expect(loaded.length).toBeGreaterThan(3);
    // Compiled (dist/i18n/) or bundled (dist/bundle/, chunks named after their first module).
    expect(loaded.filter((l) => /\/(catalogue|messages-[\w]+)(-[\w-]+)?\.js$/.test(l))).toEqual([]);
  });
});
