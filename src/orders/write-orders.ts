import { randomBytes } from "node:crypto";
import { sha256Bytes } from "../util/hash.js";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Lang } from "../i18n/messages.js";
import type { Workspace } from "../registries/model.js";
import type { LoadedRecord } from "../draw/record-file.js";
import { UsageError } from "../diagnostics/errors.js";
import { writeFileAtomic } from "../util/fs.js";
import { buildCampaignOrders } from "./build-orders.js";
import { eachDocument } from "./layout-documents.js";
import type { OrdersDocument } from "./document.js";
import { eachFile, renderers, type OrdersFormat } from "./renderers.js";
import { runBrowser } from "./browser.js";
import { fixPdfDates } from "./pdf-dates.js";
import type { PageProfile } from "./page-styles.js";

/** Written into every output folder: what made it, and each file's SHA-256. Its absence protects folders we did not write. */
export const MANIFEST = ".checkonce-orders.json";

export interface OrdersRequest {
  ws: Workspace;
  record: LoadedRecord;
  /** Whether the record was verified first; every page of an unverified one says so. */
  verified: boolean;
  lang: Lang;
  formats: readonly OrdersFormat[];
  /** The folder written (`<out>/<campaign>`), and whether one is there to replace (see checkOutputFolder). */
  target: string;
  previous: boolean;
  /** The browser that prints PDF (findBrowser), when PDF is asked for. */
  browser: string | undefined;
  /** The page profile asked for on the command line, over checkonce.yaml's. */
  profile?: PageProfile;
}

/** A file written into the folder: its name and the SHA-256 of its bytes, for the manifest and the changes. */
interface WrittenFile {
  name: string;
  sha256: string;
}

export interface OrdersChanges {
  changed: string[];
  added: string[];
  removed: string[];
  unchanged: number;
}

export interface OrdersWritten {
  files: string[];
  changes?: OrdersChanges;
}

/**
 * Builds, renders, then writes the whole folder at once. Every file is written atomically into a
 * hidden sibling folder, which is swapped in only when complete, so a failure leaves the previous
 * folder (or none) as it was.
 */
export async function writeOrders(request: OrdersRequest): Promise<OrdersWritten> {
  const { record, verified, target, browser } = request;
  const campaign = record.record.campaign;
  const orders = buildCampaignOrders(record.record, request.ws, {
    record: record.path,
    verified,
    ...(request.profile ? { profile: request.profile } : {}),
  });

  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  removeStale(parent, basename(target));
  const staging = join(parent, `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  mkdirSync(staging);
  const formats = request.formats.filter((f): f is Exclude<OrdersFormat, "pdf"> => f !== "pdf");
  // Each document is laid out, rendered and written before the next; only its files' names and hashes are kept.
  const files: WrittenFile[] = [];
  let scratch: string | undefined;
  try {
    // PDF is printed from each document's HTML: the staged one when HTML is written too, else a scratch copy.
    if (browser && !formats.includes("html")) scratch = mkdtempSync(join(tmpdir(), "checkonce-html-"));
    for (const doc of eachDocument(orders, request.lang)) {
      await eachFile([doc], formats, (file) => {
        writeFileAtomic(join(staging, file.name), file.bytes);
        files.push({ name: file.name, sha256: sha256Bytes(file.bytes) });
      });
      if (browser) files.push(printPdf(browser, doc, staging, scratch));
    }
    files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const manifest = {
      format: "checkonce-orders-manifest/1",
      campaign,
      attempt: record.record.attempt,
      record: record.path,
      verified,
      lang: request.lang,
      files: Object.fromEntries(files.map((f) => [f.name, f.sha256])),
    };
    writeFileAtomic(join(staging, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  const changes = request.previous ? compare(target, files) : undefined;
  swapIn(staging, target, request.previous);
  return { files: files.map((f) => f.name), ...(changes ? { changes } : {}) };
}

/**
 * Before anything is computed: true when a folder with content is there (and may be replaced with
 * --force); refuses what it must not replace (a folder `orders` did not write).
 */
export function checkOutputFolder(target: string, shown: string, force: boolean): boolean {
  if (!existsSync(target)) return false;
  if (!statSync(target).isDirectory()) throw new UsageError("orders-not-ours", { dir: shown, marker: MANIFEST });
  const entries = readdirSync(target);
  if (entries.length === 0) return true;
  if (!entries.includes(MANIFEST)) throw new UsageError("orders-not-ours", { dir: shown, marker: MANIFEST });
  if (!force) throw new UsageError("orders-exists", { dir: shown });
  return true;
}

/** One document's PDF, printed from its staged HTML, or from a copy in `scratch` when HTML is not written. */
function printPdf(browser: string, doc: OrdersDocument, staging: string, scratch: string | undefined): WrittenFile {
  const html = join(scratch ?? staging, `${doc.fileBase}.html`);
  if (scratch) writeFileAtomic(html, renderers.html(doc) as string);
  const name = `${doc.fileBase}.pdf`;
  const pdfPath = join(staging, name);
  const problem = runBrowser(browser, html, { pdf: pdfPath });
  if (problem !== undefined) throw new UsageError("orders-browser-failed", { browser, file: name, detail: problem });
  const bytes = fixPdfDates(readFileSync(pdfPath), doc.date);
  writeFileAtomic(pdfPath, bytes);
  if (scratch) rmSync(html, { force: true });
  return { name, sha256: sha256Bytes(bytes) };
}

/** Which documents a re-run changed, by the SHA-256 of the files on disk. */
function compare(target: string, files: WrittenFile[]): OrdersChanges {
  const old = new Map<string, string>();
  for (const name of readdirSync(target)) {
    const path = join(target, name);
    if (name !== MANIFEST && statSync(path).isFile()) old.set(name, sha256Bytes(readFileSync(path)));
  }
  const changes: OrdersChanges = { changed: [], added: [], removed: [], unchanged: 0 };
  for (const f of files) {
    const before = old.get(f.name);
    if (before === undefined) changes.added.push(f.name);
    else if (before !== f.sha256) changes.changed.push(f.name);
    else changes.unchanged++;
  }
  const fresh = new Set(files.map((f) => f.name));
  changes.removed = [...old.keys()].filter((n) => !fresh.has(n)).sort();
  return changes;
}

/** Staging folders that an earlier run, killed half-way, left behind (its process is gone). */
function removeStale(parent: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-(\\d+)-[0-9a-f]{8}$`);
  for (const entry of readdirSync(parent)) {
    const match = pattern.exec(entry);
    if (match && !alive(Number(match[2]))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The staged folder takes the target's place; the old one is put back if that fails. */
function swapIn(staging: string, target: string, previous: boolean): void {
  if (!previous) {
    renameSync(staging, target);
    return;
  }
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}-${randomBytes(4).toString("hex")}`);
  renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (error) {
    renameSync(old, target);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
