import type { OrdersDocument } from "./document.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-md.js";
import { renderOrdersCsv, renderOrdersJson } from "./render-data.js";

/** Formats rendered from the document model alone; PDF is printed from the HTML by a browser. */
export const documentFormats = ["docx", "html", "md", "csv", "json"] as const;
export type DocumentFormat = (typeof documentFormats)[number];
export const ordersFormats = [...documentFormats, "pdf"] as const;
export type OrdersFormat = (typeof ordersFormats)[number];
export const defaultOrdersFormats: OrdersFormat[] = ["docx", "html"];

/** One pure renderer per format (knip's reporters): adding a format touches this map. */
export const renderers: Record<DocumentFormat, (doc: OrdersDocument) => string | Promise<Uint8Array>> = {
  // docx costs a fifth of a second to load: only a run that writes a DOCX pays for it.
  docx: async (doc) => (await import("./render-docx.js")).renderDocx(doc),
  html: renderHtml,
  md: renderMarkdown,
  csv: renderOrdersCsv,
  json: renderOrdersJson,
};

export interface RenderedFile {
  name: string;
  bytes: Uint8Array;
}

/** Every document in every format asked for, as named bytes, in a fixed order. */
export async function renderFiles(
  docs: Iterable<OrdersDocument>,
  formats: readonly DocumentFormat[],
): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  await eachFile(docs, formats, (file) => {
    files.push(file);
  });
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The same files one at a time, each handed over as soon as rendered (so that a county's are never all in memory at once). */
export async function eachFile(
  docs: Iterable<OrdersDocument>,
  formats: readonly DocumentFormat[],
  use: (file: RenderedFile) => void,
): Promise<void> {
  for (const doc of docs) {
    for (const format of formats) {
      const out = await renderers[format](doc);
      use({ name: `${doc.fileBase}.${format}`, bytes: typeof out === "string" ? new TextEncoder().encode(out) : out });
    }
  }
}

/** "docx,html" → formats; the first unknown one is named. */
export function parseFormats(value: string | undefined): { formats: OrdersFormat[] } | { unknown: string } {
  if (value === undefined) return { formats: [...defaultOrdersFormats] };
  const wanted = value
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== "");
  const unknown = wanted.find((f) => !(ordersFormats as readonly string[]).includes(f));
  if (unknown !== undefined || wanted.length === 0) return { unknown: unknown ?? value };
  return { formats: ordersFormats.filter((f) => wanted.includes(f)) };
}
