/**
 * Run by `npm run build` after tsc: writes dist/i18n/catalogue.json, the texts of every catalogue
 * file in the form messages.ts reads at run time. Not part of the program at run time.
 */
import { writeFileSync } from "node:fs";
import { catalogueData } from "./catalogue.js";
import { CATALOGUE_FILE, CATALOGUE_LANGUAGES } from "./messages.js";

const builtAfter = Date.now();
const data = catalogueData();
const header = { builtAfter, diagnosticCodes: data.diagnosticCodes, terms: data.terms };
const lines = [header, ...CATALOGUE_LANGUAGES.map((lang) => data[lang])].map((line) => JSON.stringify(line));
writeFileSync(new URL(CATALOGUE_FILE, import.meta.url), lines.join("\n") + "\n");
