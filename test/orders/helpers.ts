import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { parse } from "yaml";
import { repoRoot, runCli, type CliRun } from "../helpers/run-cli.js";
import type { DrawRecord } from "../../src/draw/record.js";
import type { Workspace } from "../../src/registries/model.js";
import { openWorkspace } from "../../src/workspace/open-workspace.js";
import { copyWorkspace, SEED, tempDir } from "../helpers/workspaces.js";

export const fixturesDir = join(repoRoot, "test/fixtures/orders");
export const CAMPAIGN = "2026-CY-01";
export { exampleDir, SEED, OTHER_SEED, tempDir, cleanTemp, copyWorkspace } from "../helpers/workspaces.js";

/** A copy of a drawn workspace (with its draws), to change in one test without touching the others. */
export function copyDrawn(drawn: string): string {
  const ws = join(tempDir(), "ws");
  cpSync(drawn, ws, { recursive: true });
  return ws;
}

/** The real binary on a workspace; `--lang` only when given, so that the workspace's zh applies. */
export function cli(
  args: readonly string[],
  ws: string,
  options: { lang?: "en" | "zh"; env?: Record<string, string> } = {},
): CliRun {
  return runCli([...args, "-w", ws, ...(options.lang ? ["--lang", options.lang] : [])], {
    ...(options.env ? { env: options.env } : {}),
  });
}

/** The example drawn with the demonstration seed: what every orders test starts from. */
export function drawnExample(): string {
  const ws = copyWorkspace();
  const run = cli(["draw", CAMPAIGN, ...SEED], ws);
  if (run.status !== 0) throw new Error(`draw failed: ${run.stderr}`);
  return ws;
}

export const recordFile = (ws: string, campaign = CAMPAIGN) => join(ws, "draws", `${campaign}.draw.yaml`);
export const outDir = (ws: string, campaign = CAMPAIGN) => join(ws, "out", campaign);

export function readRecordYaml(ws: string): DrawRecord {
  return parse(readFileSync(recordFile(ws), "utf8")) as DrawRecord;
}

export function loadWorkspace(ws: string): Workspace {
  return openWorkspace({ workspace: ws, cwd: ws, cache: false }).workspace;
}

export const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** Every file of a folder (hidden ones too) with its SHA-256. */
export function folderHashes(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out[name] = sha256(readFileSync(path));
  }
  return out;
}

/** The text of a DOCX part (word/document.xml by default), tags removed, paragraphs on their own lines. */
export async function docxText(bytes: Uint8Array, part = "word/document.xml"): Promise<string> {
  const xml = await docxPart(bytes, part);
  return xml
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<w:br\/>/g, "\n")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

export async function docxPart(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part} in the DOCX`);
  return file.async("string");
}

/**
 * Every personal value the example registries hold: contact persons of objects, inspectors,
 * liaison officers and leaders of departments (names, phones, ID numbers). Collected from the
 * loaded workspace, so that a field added later is covered as soon as it is added here.
 */
export function personalValues(ws: Workspace): { field: string; value: string }[] {
  const out: { field: string; value: string }[] = [];
  const add = (field: string, value: string | undefined) => {
    if (value !== undefined && value !== "") out.push({ field, value });
  };
  for (const { value: o } of ws.objects) {
    add(`object ${o.id} contact.name`, o.contact?.name);
    add(`object ${o.id} contact.phone`, o.contact?.phone);
    add(`object ${o.id} contact.idNumber`, o.contact?.idNumber);
  }
  for (const { value: i } of ws.inspectors) {
    add(`inspector ${i.id} name`, i.name);
    add(`inspector ${i.id} phone`, i.phone);
    add(`inspector ${i.id} idNumber`, i.idNumber);
  }
  // The contact persons checkonce.yaml gives the notices (issue 11).
  const documents = ws.config.documents;
  add("checkonce.yaml documents.contact.name", documents?.contact?.name);
  for (const [id, d] of Object.entries(documents?.departments ?? {}))
    add(`checkonce.yaml documents.departments.${id}.contact.name`, d.contact?.name);
  for (const { value: d } of ws.departments) {
    add(`department ${d.id} liaison.name`, d.liaison?.name);
    add(`department ${d.id} liaison.phone`, d.liaison?.phone);
    add(`department ${d.id} leader.name`, d.leader?.name);
    add(`department ${d.id} leader.phone`, d.leader?.phone);
  }
  return out;
}
