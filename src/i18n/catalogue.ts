/**
 * Every catalogue file put together. Loaded only where the build's catalogue.json is missing or
 * older than the compiled code (tests run from src/): messages.ts reads that file instead, because
 * compiling every message of both languages on every run costs more than parsing the few a run needs.
 */
import { diagnostics, terms, ui } from "./messages-common.js";
import { drawDiagnostics, drawUi } from "./messages-draw.js";
import { ordersDiagnostics, ordersUi } from "./messages-orders.js";
import { checkpointUi } from "./messages-checkpoint.js";
import { spreadsheetsUi } from "./messages-spreadsheets.js";
import { resultsDiagnostics, resultsUi } from "./messages-results.js";
import { inputDiagnostics, inputUi } from "./messages-input.js";
import { reportUi } from "./messages-report.js";
import { guideDiagnostics, guideUi } from "./messages-guide.js";

interface Entry {
  en: string;
  zh: string;
}

// One entry per catalogue file, so that a new one is a one-line change here.
export const diagnosticParts = {
  diagnostics,
  drawDiagnostics,
  resultsDiagnostics,
  ordersDiagnostics,
  inputDiagnostics,
  guideDiagnostics,
};
export const uiParts = { ui, drawUi, ordersUi, checkpointUi, spreadsheetsUi, resultsUi, inputUi, reportUi, guideUi };
export { terms };

/** The catalogue as data: what messages.ts needs, each language's texts apart. */
export interface CatalogueData {
  diagnosticCodes: string[];
  terms: Record<string, Entry>;
  en: Record<string, string>;
  zh: Record<string, string>;
}

export function catalogueData(): CatalogueData {
  const entries = Object.assign({}, ...Object.values(diagnosticParts), ...Object.values(uiParts)) as Record<
    string,
    Entry
  >;
  const texts = (lang: "en" | "zh") =>
    Object.fromEntries(Object.entries(entries).map(([key, entry]) => [key, entry[lang]]));
  return {
    diagnosticCodes: Object.values(diagnosticParts).flatMap((part) => Object.keys(part)),
    terms,
    en: texts("en"),
    zh: texts("zh"),
  };
}
