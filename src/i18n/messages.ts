/**
 * The one message catalogue (issue 2: no strings scattered through the code). Every text a user
 * reads, in English and Chinese, keyed by a stable code. `{name}` is replaced by a parameter.
 *
 * The texts live in messages-*.ts, put together in catalogue.ts. The build writes them out as
 * catalogue.json (write-catalogue.ts), and a run reads that file and parses only the language it
 * speaks: compiling every message of both languages cost ~10 ms on every run, `--version` included
 * (issue 13). Without a current file (tests run from src/) the texts come from catalogue.ts itself.
 */
import { readFileSync, statSync } from "node:fs";
import type { CatalogueData, diagnosticParts, uiParts } from "./catalogue.js";

export type Lang = "en" | "zh";
export type MessageParams = Record<string, string | number>;

interface Entry {
  en: string;
  zh: string;
}

type KeysOf<Parts> = { [P in keyof Parts]: keyof Parts[P] }[keyof Parts];
export type DiagnosticCode = KeysOf<typeof diagnosticParts>;
export type UiKey = KeysOf<typeof uiParts>;

/**
 * catalogue.json: a header line `{builtAfter, diagnosticCodes, terms}`, then the texts of each
 * language in CATALOGUE_LANGUAGES order, one JSON object per line.
 */
export const CATALOGUE_FILE = "catalogue.json";
export const CATALOGUE_LANGUAGES = ["en", "zh"] as const satisfies readonly Lang[];

interface Header {
  builtAfter: number;
  diagnosticCodes: string[];
  terms: Record<string, Entry>;
}

/**
 * The built file's header and its language lines, unparsed; undefined when missing or stale. Found
 * from dist/i18n/ or from the bundle (dist/bundle/): both one folder below dist/.
 */
function readBuilt(): { header: Header; lines: string[] } | undefined {
  try {
    const lines = readFileSync(new URL(`../i18n/${CATALOGUE_FILE}`, import.meta.url), "utf8").split("\n");
    const header = JSON.parse(lines[0] ?? "") as Header;
    // tsc rewrites every file it compiles: a catalogue written before the last compile may be stale.
    if (statSync(new URL("../i18n/catalogue.js", import.meta.url)).mtimeMs > header.builtAfter) return undefined;
    if (lines.length < CATALOGUE_LANGUAGES.length + 1) return undefined;
    return { header, lines: lines.slice(1) };
  } catch {
    return undefined;
  }
}

const built = readBuilt();
const source: CatalogueData | undefined = built ? undefined : (await import("./catalogue.js")).catalogueData();
const diagnosticCodes = new Set(built?.header.diagnosticCodes ?? source?.diagnosticCodes);
const terms: Record<string, Entry> = built?.header.terms ?? source?.terms ?? {};
const texts: Partial<Record<Lang, Record<string, string>>> = {};

function textsOf(lang: Lang): Record<string, string> {
  let found = texts[lang];
  if (!found) {
    found = built
      ? (JSON.parse(built.lines[CATALOGUE_LANGUAGES.indexOf(lang)] ?? "") as Record<string, string>)
      : (source?.[lang] ?? {});
    texts[lang] = found;
  }
  return found;
}

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return diagnosticCodes.has(code);
}

export function term(word: string, lang: Lang): string {
  const entry = Object.hasOwn(terms, word) ? terms[word] : undefined;
  return entry ? entry[lang] : word;
}

/** Renders a catalogue entry; `{xZh}` placeholders take the Chinese term for parameter `x`. */
export function message(key: DiagnosticCode | UiKey, params: MessageParams, lang: Lang): string {
  const all = textsOf(lang);
  const text = Object.hasOwn(all, key) ? all[key] : undefined;
  if (text === undefined) return `${key} ${JSON.stringify(params)}`;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (Object.hasOwn(params, name)) return String(params[name]);
    if (name.endsWith("Zh") || name.endsWith("En")) {
      const base = params[name.slice(0, -2)];
      if (base !== undefined) return term(String(base), name.endsWith("Zh") ? "zh" : "en");
    }
    return whole;
  });
}

export function allCatalogueKeys(): string[] {
  return Object.keys(textsOf("en"));
}

export function catalogueEntry(key: string): Entry | undefined {
  if (!Object.hasOwn(textsOf("en"), key)) return undefined;
  return { en: textsOf("en")[key] ?? "", zh: textsOf("zh")[key] ?? "" };
}
