import { join } from "node:path";
import type { Lang } from "../i18n/messages.js";
import { canonicalJson } from "../util/canonical-json.js";
import { appendLedger, readLedger, type LedgerLine } from "../ledger/ledger.js";
import { sha256Bytes } from "../util/hash.js";
import { withDrawLock, type LockOptions } from "../ledger/lock.js";
import { renderHtml } from "../orders/render-html.js";
import { writeFileAtomic } from "../util/fs.js";
import { toCsv } from "../util/csv-write.js";
import { publicationData, publicationDocument, type Publication } from "./publication.js";

export const publicationFormats = ["csv", "json", "html", "docx"] as const;
export type PublicationFormat = (typeof publicationFormats)[number];
export const PUBLISH_DIR = "publish";

/** The publication's files, as named bytes (pure but for the DOCX packer). */
export async function renderPublication(
  p: Publication,
  lang: Lang,
  formats: readonly PublicationFormat[],
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const doc = publicationDocument(p, lang);
  const out: { name: string; bytes: Uint8Array }[] = [];
  const text = (s: string) => new TextEncoder().encode(s);
  for (const format of formats) {
    const bytes =
      format === "csv"
        ? // By the one rule of every CSV the tool writes (util/csv-write.ts): codes as text, no formula runs.
          text(toCsv([doc.sheet.columns, ...doc.sheet.rows]))
        : format === "json"
          ? text(JSON.stringify(publicationData(p), null, 2) + "\n")
          : format === "html"
            ? text(renderHtml(doc))
            : await (await import("../orders/render-docx.js")).renderDocx(doc);
    out.push({ name: `${doc.fileBase}.${format}`, bytes });
  }
  return out;
}

/**
 * Writes the publication into publish/<campaign>/ (each file atomically) and ledgers what was
 * published and held back, once per distinct publication: running it again the same day adds nothing.
 */
export async function writePublication(
  root: string,
  p: Publication,
  lang: Lang,
  formats: readonly PublicationFormat[],
  now: () => string,
  lock: LockOptions = {},
): Promise<{ dir: string; files: string[]; line: LedgerLine | undefined }> {
  const files = await renderPublication(p, lang, formats);
  const dir = `${PUBLISH_DIR}/${p.campaign.id}`;
  const digest = sha256Bytes(canonicalJson(publicationData(p)));
  return withDrawLock(root, lock, () => {
    for (const f of files) writeFileAtomic(join(root, dir, f.name), f.bytes);
    const already = readLedger(root).lines.some(
      (l) => l.type === "publish" && l.campaign === p.campaign.id && l.digest === digest,
    );
    const line = already
      ? undefined
      : appendLedger(root, {
          type: "publish",
          campaign: p.campaign.id,
          at: now(),
          asOf: p.asOf,
          digest,
          published: p.entries.map((e) => e.object),
          heldBack: p.heldBack.map((h) => h.object),
        });
    return { dir, files: files.map((f) => `${dir}/${f.name}`), line };
  });
}
