import JSZip from "jszip";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentTeamObjects, type DrawRecord } from "../../src/draw/record.js";
import { indexById, type Workspace } from "../../src/registries/model.js";
import {
  CAMPAIGN,
  cleanTemp,
  cli,
  copyDrawn,
  docxPart,
  docxText,
  drawnExample,
  fixturesDir,
  folderHashes,
  loadWorkspace,
  OTHER_SEED,
  outDir,
  personalValues,
  readRecordYaml,
  recordFile,
  tempDir,
} from "./helpers.js";

/** `checkonce orders` through the real binary, on temp copies of examples/linyi-2026 drawn with the demonstration seed. */

const ALL = ["--format", "docx,html,md,csv,json"];
const DOCUMENTS = [
  "T01-检查工作单",
  "T02-检查工作单",
  "T03-检查工作单",
  "T04-检查工作单",
  "检查组汇总表",
  "抽查名单公示",
].map((d) => `${CAMPAIGN}-${d}`);
const FORMATS = ["docx", "html", "md", "csv", "json"];

let drawn: string;
let ws: Workspace;
let record: DrawRecord;
/** The example rendered once in every format, in Chinese. */
let out: string;

beforeAll(() => {
  drawn = drawnExample();
  ws = loadWorkspace(drawn);
  record = readRecordYaml(drawn);
  const rendered = copyDrawn(drawn);
  const run = cli(["orders", CAMPAIGN, ...ALL], rendered);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  out = outDir(rendered);
}, 120_000);
afterAll(cleanTemp);

const file = (name: string) => readFileSync(join(out, name));
const text = (name: string) => file(name).toString("utf8");

describe("the example campaign in every format", { timeout: 120_000 }, () => {
  it("writes one file per document and format into out/<campaign>/, and a manifest of their SHA-256", () => {
    const expected = DOCUMENTS.flatMap((d) => FORMATS.map((f) => `${d}.${f}`)).sort();
    expect(
      readdirSync(out)
        .filter((n) => !n.startsWith("."))
        .sort(),
    ).toEqual(expected);
    const manifest = JSON.parse(text(".checkonce-orders.json")) as {
      campaign: string;
      attempt: number;
      verified: boolean;
      files: Record<string, string>;
    };
    expect(manifest).toMatchObject({ campaign: CAMPAIGN, attempt: 1, verified: true });
    const hashes = folderHashes(out);
    for (const name of expected) expect(manifest.files[name]).toBe(hashes[name]);
  });

  it("the DOCX work orders hold every member with department and certificate, the township staff, the objects in route order", async () => {
    const inspectors = indexById(ws.inspectors);
    const departments = indexById(ws.departments);
    const objects = indexById(ws.objects);
    for (const team of record.teams) {
      const body = await docxText(file(`${CAMPAIGN}-${team.id}-检查工作单.docx`));
      expect(body).toContain("检查工作单");
      expect(body).toContain("2026年第一轮餐饮服务单位“综合查一次”");
      // In a narrow cell the DOCX breaks the line before the second date rather than inside it.
      expect(body).toMatch(/2026年4月13日 至 \n?2026年4月24日/);
      expect(body).toContain("牵头部门");
      expect(body).toContain("临猗县市场监督管理局");
      for (const m of team.members) {
        const inspector = inspectors.get(m.inspector)?.value;
        expect(body).toContain(inspector?.name);
        expect(body).toContain(inspector?.certificate.number);
        expect(body).toContain(departments.get(m.department)?.value.name);
      }
      const staff = team.members.find((m) => m.role === "township");
      expect(body).toMatch(new RegExp(`乡镇陪同人员\\n${inspectors.get(staff?.inspector ?? "")?.value.name}`));
      const names = currentTeamObjects(record, team).map((id) => objects.get(id)?.value.name ?? "");
      const positions = names.map((n) => body.indexOf(n));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it("for each object: the notice, the checklist of every department of its item (content, requirement, legal basis, method, room for findings), the record with signature blocks", async () => {
    const items = indexById(ws.items);
    const objects = indexById(ws.objects);
    const itemOf = new Map(
      record.strata.flatMap((s) => [...s.selected, ...s.reserve].map((p) => [p.object, s.item] as const)),
    );
    for (const team of record.teams) {
      const bytes = file(`${CAMPAIGN}-${team.id}-检查工作单.docx`);
      const body = await docxText(bytes);
      const ids = currentTeamObjects(record, team);
      // Each document's title stands on a line of its own.
      expect(body.match(/^执法检查通知书$/gm)?.length).toBe(ids.length);
      expect(body.match(/^检查清单$/gm)?.length).toBe(ids.length);
      expect(body.match(/^检查记录单$/gm)?.length).toBe(ids.length);
      expect(body.match(/^以上记录已阅，属实。$/gm)?.length).toBe(ids.length);
      expect(body.split("被检查单位（签字或盖章）").length - 1).toBe(ids.length);
      expect(body.split("拒绝签字或盖章的情况").length - 1).toBe(ids.length);
      expect(body).toContain("见证人（签字或盖章）");
      expect(body).toContain("录音录像记录编号");
      expect(body).toContain("检查情况及发现的问题");
      for (const id of ids) {
        const item = items.get(itemOf.get(id) ?? "")?.value;
        expect(item).toBeDefined();
        const page = body.slice(body.indexOf(`检查对象 ${ids.indexOf(id) + 1}：${objects.get(id)?.value.name}`));
        for (const task of item?.tasks ?? []) {
          expect(page).toContain(departments(ws).get(task.department));
          for (const check of task.checks) {
            expect(page).toContain(check.content);
            expect(page).toContain(check.requirement);
            expect(page).toContain(check.legalBasis);
          }
        }
      }
      for (const m of team.members.filter((m) => m.role !== "township"))
        expect(body).toMatch(
          new RegExp(
            `检查人员 ${ws.inspectors.find((i) => i.value.id === m.inspector)?.value.name}（[^，]+，执法证号 \\d+）`,
          ),
        );
      expect(body).toContain("乡镇工作人员 ");
      // One Word section per document (cover, then notice, checklist and record per object), each numbered from 1.
      const xml = await docxPart(bytes, "word/document.xml");
      expect(xml.split("<w:sectPr").length - 1).toBe(1 + 3 * ids.length);
      expect(xml.split('<w:pgNumType w:start="1"/>').length - 1).toBe(1 + 3 * ids.length);
      expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
      // The notice by GB/T 9704-2012: 37 mm top, 35 mm bottom, 28 mm binding side, 26 mm right.
      expect(xml).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
      expect(xml).toContain('w:eastAsia="仿宋"');
      expect(xml).toContain('w:eastAsia="黑体"');
      expect(xml).toContain('w:eastAsia="方正小标宋简体"');
      const fontTable = await docxPart(bytes, "word/fontTable.xml");
      expect(fontTable).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
      expect(fontTable).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
      expect(fontTable).toMatch(/<w:font w:name="仿宋">.*?<w:charset w:val="86"\/>/);
      const footers = await Promise.all(
        Object.keys((await JSZip.loadAsync(bytes)).files)
          .filter((n) => /^word\/footer\d+\.xml$/.test(n))
          .map((n) => docxText(bytes, n)),
      );
      // The tool and the record are named on the cover's foot only; the handed-over documents carry page numbers.
      expect(footers.filter((f) => f.includes("记录已复核")).length).toBe(2);
      expect(footers.filter((f) => f.includes("checkonce")).length).toBe(2);
    }
  });

  it("the summary: every team, member and object; the publication list: every object with credit code, item, departments, period", async () => {
    const summary = await docxText(file(`${CAMPAIGN}-检查组汇总表.docx`));
    const publication = await docxText(file(`${CAMPAIGN}-抽查名单公示.docx`));
    const objects = indexById(ws.objects);
    for (const team of record.teams) {
      expect(summary).toContain(team.id);
      for (const m of team.members)
        expect(summary).toContain(ws.inspectors.find((i) => i.value.id === m.inspector)?.value.name);
      for (const id of currentTeamObjects(record, team)) {
        expect(summary).toContain(objects.get(id)?.value.name);
        expect(publication).toContain(objects.get(id)?.value.name);
        expect(publication).toContain(id);
      }
    }
    expect(publication).toContain("抽查名单公示");
    expect(publication).toContain("餐饮（餐饮服务单位）");
    expect(publication).toContain("临猗县消防救援大队、运城市生态环境局临猗分局");
    expect(publication).toContain("检查时间：2026年4月13日至2026年4月24日；牵头部门：临猗县市场监督管理局");
    // The lead is said once above the table: no column of its own when every object has the same.
    expect(publication).not.toContain("牵头部门\n联合部门");
    const csv = text(`${CAMPAIGN}-抽查名单公示.csv`);
    expect(csv.split("\r\n")[0]).toBe("\ufeff序号,检查对象,统一社会信用代码,检查事项,牵头部门,联合部门,检查时间");
    expect(csv.split("\r\n").length - 2).toBe(record.teams.reduce((n, t) => n + t.objects.length, 0));
  });

  it("the HTML is printable A4 with page breaks, and fetches nothing", () => {
    for (const d of DOCUMENTS) {
      const html = text(`${d}.html`);
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).toMatch(/@page \{ size: (210mm 297mm|297mm 210mm); margin: 0; \}/);
      expect(html).toContain("break-after: page");
      expect(html).toMatch(/local\("FangSong"\), local\("仿宋"\)/);
      expect(html).toContain('local("Noto Serif CJK SC")');
      expect(html).not.toMatch(/https?:/i);
      expect(html).not.toMatch(/<link|<script|<img|<iframe|\bsrc=|url\(|@import/i);
    }
    // The list for publication is landscape, on one sheet.
    const publication = text(`${CAMPAIGN}-抽查名单公示.html`);
    expect(publication).toContain("@page { size: 297mm 210mm; margin: 0; }");
    expect(publication.split('<section class="sheet').length - 1).toBe(1);
    // T03: a cover, then for each of its 5 objects a notice, a checklist and a record, each numbered on its own.
    const t03 = text(`${CAMPAIGN}-T03-检查工作单.html`);
    const documents = [...t03.matchAll(/data-document="(\w+)" data-page="(\d+)" data-pages="(\d+)"/g)];
    expect(documents.filter((m) => m[2] === "1").map((m) => m[1])).toEqual([
      "cover",
      ...Array.from({ length: 5 }, () => ["notice", "checklist", "record"]).flat(),
    ]);
    for (const m of documents) expect(Number(m[2])).toBeLessThanOrEqual(Number(m[3]));
  });

  it("CSV starts with a UTF-8 BOM and uses CRLF; JSON parses; Markdown has the headings", () => {
    for (const d of DOCUMENTS) {
      const csv = file(`${d}.csv`);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.toString("utf8")).toContain("\r\n");
      expect(() => JSON.parse(text(`${d}.json`))).not.toThrow();
      expect(text(`${d}.md`)).toMatch(/^# /);
    }
    const t01 = JSON.parse(text(`${CAMPAIGN}-T01-检查工作单.json`)) as {
      format: string;
      team: { id: string; members: unknown[]; objects: { departments: { checks: { legalBasis: string }[] }[] }[] };
    };
    expect(t01.format).toBe("checkonce-work-order/1");
    expect(t01.team.id).toBe("T01");
    expect(t01.team.objects[0]?.departments[0]?.checks[0]?.legalBasis).toContain("食品安全法");
    const csv = text(`${CAMPAIGN}-T01-检查工作单.csv`).split("\r\n");
    expect(csv[0]).toBe(
      "\ufeff检查组,顺序,检查对象,统一社会信用代码,检查事项,部门,序号,检查内容,检查要求,法律依据,检查方式,检查情况及发现的问题",
    );
    expect(csv.length - 2).toBe(7);
    expect(text(`${CAMPAIGN}-T01-检查工作单.md`)).toContain("## 一、检查组成员");
    for (const d of DOCUMENTS)
      for (const f of FORMATS) expect(file(`${d}.${f}`).toString("utf8")).not.toMatch(/[\ue000\ue001]/);
  });
});

function departments(w: Workspace): Map<string, string> {
  return new Map(w.departments.map((d) => [d.value.id, d.value.name]));
}

describe("the list for publication holds no personal data", { timeout: 120_000 }, () => {
  it("none of the example's personal values, in any format", async () => {
    const personal = personalValues(ws);
    // Every kind of personal field is present in the example, so the test can fail.
    for (const field of [
      "documents.contact.name",
      "documents.departments.scjgj.contact.name",
      "contact.name",
      "contact.phone",
      "contact.idNumber",
      "inspector",
      "phone",
      "idNumber",
      "liaison.name",
      "liaison.phone",
      "leader.name",
      "leader.phone",
    ]) {
      expect(personal.some((p) => p.field.includes(field))).toBe(true);
    }
    expect(personal.length).toBeGreaterThan(1000);
    const texts: Record<string, string> = {};
    for (const f of FORMATS)
      texts[f] =
        f === "docx"
          ? (await docxText(file(`${CAMPAIGN}-抽查名单公示.docx`))) +
            (await docxText(file(`${CAMPAIGN}-抽查名单公示.docx`), "word/footer1.xml"))
          : text(`${CAMPAIGN}-抽查名单公示.${f}`);
    for (const [format, body] of Object.entries(texts)) {
      const found = personal.filter((p) => body.includes(p.value));
      expect(found, `${format}: ${found.map((p) => `${p.field}=${p.value}`).join(", ")}`).toEqual([]);
    }
    // And the inspectors, by id as well.
    for (const team of record.teams) for (const m of team.members) expect(texts.json).not.toContain(m.inspector);
    const json = JSON.parse(texts.json ?? "") as { entries: Record<string, unknown>[] };
    for (const e of json.entries)
      expect(Object.keys(e).sort()).toEqual(["creditCode", "item", "joint", "lead", "name", "order", "period"]);
  });

  it("while the internal work orders do name the inspectors (the check above can see names)", () => {
    const t01 = text(`${CAMPAIGN}-T01-检查工作单.html`);
    expect(personalValues(ws).filter((p) => t01.includes(p.value)).length).toBeGreaterThan(5);
  });
});

describe("same record, same bytes", { timeout: 120_000 }, () => {
  it("two runs at different times write identical files, DOCX zips included", async () => {
    const a = copyDrawn(drawn);
    const first = cli(["orders", CAMPAIGN, ...ALL], a);
    expect(first.status).toBe(0);
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a resolution of two seconds
    const second = cli(["orders", CAMPAIGN, ...ALL, "--out", join(a, "again")], a);
    expect(second.status).toBe(0);
    const one = folderHashes(outDir(a));
    expect(Object.keys(one).length).toBe(31);
    expect(folderHashes(join(a, "again", CAMPAIGN))).toEqual(one);
    expect(one).toEqual(folderHashes(out));
  });
});

describe("replacing the output folder", { timeout: 120_000 }, () => {
  let copy: string;
  beforeAll(() => {
    copy = copyDrawn(drawn);
    expect(cli(["orders", CAMPAIGN], copy).status).toBe(0);
  });

  it("an existing folder is refused without --force (exit 2) and left as it was", () => {
    const before = folderHashes(outDir(copy));
    const run = cli(["orders", CAMPAIGN], copy, { lang: "en" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("already exists. Add --force to replace it");
    expect(folderHashes(outDir(copy))).toEqual(before);
  });

  it("--force replaces it and says nothing changed", () => {
    const run = cli(["orders", CAMPAIGN, "--force"], copy);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("已替换原有文书：0 个有变化，0 个新增，0 个删除，12 个未变。");
    expect(readdirSync(join(copy, "out"))).toEqual([CAMPAIGN]);
  });

  it("a staging folder left by a run that was killed is cleared by the next run", () => {
    const stale = join(copy, "out", `.${CAMPAIGN}.tmp-2147483646-deadbeef`);
    mkdirSync(stale);
    writeFileSync(join(stale, "half.docx"), "half");
    expect(cli(["orders", CAMPAIGN, "--force"], copy).status).toBe(0);
    expect(readdirSync(join(copy, "out"))).toEqual([CAMPAIGN]);
  });

  it("a folder that `orders` did not write is never replaced, even with --force", () => {
    const other = copyDrawn(drawn);
    mkdirSync(outDir(other), { recursive: true });
    writeFileSync(join(outDir(other), "notes.txt"), "mine");
    const run = cli(["orders", CAMPAIGN, "--force"], other, { lang: "en" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("was not written by `checkonce orders`");
    expect(readdirSync(outDir(other))).toEqual(["notes.txt"]);
  });

  // The stand-in browsers are Node scripts with a shebang, which Windows cannot start directly.
  it.skipIf(process.platform === "win32")(
    "a failure while writing leaves the earlier folder untouched and no staging folder behind",
    () => {
      const browsers = browserCopies();
      const before = folderHashes(outDir(copy));
      const run = cli(["orders", CAMPAIGN, "--force", "--format", "docx,html,pdf"], copy, {
        lang: "en",
        env: { CHECKONCE_BROWSER: browsers.failing },
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("could not print");
      expect(run.stderr).toContain("cannot open display");
      expect(folderHashes(outDir(copy))).toEqual(before);
      expect(readdirSync(join(copy, "out"))).toEqual([CAMPAIGN]);
      const fresh = copyDrawn(drawn);
      expect(
        cli(["orders", CAMPAIGN, "--format", "pdf"], fresh, { env: { CHECKONCE_BROWSER: browsers.failing } }).status,
      ).toBe(2);
      expect(existsSync(join(fresh, "out")) ? readdirSync(join(fresh, "out")) : []).toEqual([]);
    },
  );
});

describe("after a substitution", { timeout: 120_000 }, () => {
  it("the documents show the replacement, and the re-run names exactly the documents that changed", async () => {
    const copy = copyDrawn(drawn);
    expect(cli(["orders", CAMPAIGN, ...ALL], copy).status).toBe(0);
    const t03 = record.teams.find((t) => t.id === "T03");
    const gone = t03?.objects[2] ?? "";
    const sub = cli(["substitute", CAMPAIGN, gone, "--reason", "该店已注销，查无此户"], copy);
    expect(sub.status).toBe(0);
    const replacement = readRecordYaml(copy).substitutions[0]?.replacement ?? "";
    expect(replacement).not.toBe("");
    const run = cli(["orders", CAMPAIGN, ...ALL, "--force"], copy);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("已替换原有文书：15 个有变化，0 个新增，0 个删除，15 个未变。");
    const changed = run.stdout
      .split("\n")
      .filter((l) => l.startsWith("  有变化："))
      .map((l) => l.slice("  有变化：".length));
    expect(changed).toEqual(
      ["T03-检查工作单", "抽查名单公示", "检查组汇总表"].flatMap((d) =>
        ["csv", "docx", "html", "json", "md"].map((f) => `${CAMPAIGN}-${d}.${f}`),
      ),
    );
    const objects = indexById(ws.objects);
    const body = await docxText(readFileSync(join(outDir(copy), `${CAMPAIGN}-T03-检查工作单.docx`)));
    expect(body).toContain(objects.get(replacement)?.value.name);
    expect(body).toContain(`替换 ${gone}（${objects.get(gone)?.value.name}）：该店已注销，查无此户`);
    const publication = readFileSync(join(outDir(copy), `${CAMPAIGN}-抽查名单公示.csv`), "utf8");
    expect(publication).toContain(replacement);
    expect(publication).not.toContain(gone);
  });
});

describe("verification", { timeout: 120_000 }, () => {
  let tampered: string;
  beforeAll(() => {
    tampered = copyDrawn(drawn);
    const path = recordFile(tampered);
    const yaml = readFileSync(path, "utf8");
    expect(yaml).toContain("\n  round: 1\n");
    writeFileSync(path, yaml.replace("\n  round: 1\n", "\n  round: 2\n"));
  });

  it("a record that fails verification is refused (exit 1) and nothing is written", () => {
    const run = cli(["orders", CAMPAIGN], tampered, { lang: "en" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("NOT VERIFIED: draws/2026-CY-01.draw.yaml");
    expect(run.stderr).toContain("No documents were written");
    expect(run.stderr).toContain("(the record was edited)");
    expect(existsSync(join(tampered, "out"))).toBe(false);
  });

  it("--no-verify writes anyway, and every document says it was not verified", async () => {
    const run = cli(["orders", CAMPAIGN, "--no-verify", ...ALL], tampered);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("未经复核（--no-verify）");
    const dir = outDir(tampered);
    for (const d of DOCUMENTS) {
      const html = readFileSync(join(dir, `${d}.html`), "utf8");
      // A banner on every sheet of every document; the internal ones also say so, with the record, in their foot.
      expect(html.split('<p class="banner">').length - 1).toBe(html.split('<section class="sheet').length - 1);
      expect(await docxText(readFileSync(join(dir, `${d}.docx`)))).toContain("未经复核——抽取记录未经复核");
      if (!d.endsWith("抽查名单公示")) {
        expect(html).toContain("未经复核：由 checkonce 依据抽取记录 draws/2026-CY-01.draw.yaml 生成");
        expect(await docxText(readFileSync(join(dir, `${d}.docx`)), "word/footer1.xml")).toContain("未经复核");
      }
      expect(readFileSync(join(dir, `${d}.md`), "utf8")).toContain("未经复核");
      expect((JSON.parse(readFileSync(join(dir, `${d}.json`), "utf8")) as { verified: boolean }).verified).toBe(false);
    }
  });
});

describe("a redrawn campaign", { timeout: 120_000 }, () => {
  it("every document shows the attempt number", async () => {
    const copy = copyDrawn(drawn);
    const redraw = cli(
      ["draw", CAMPAIGN, ...OTHER_SEED, "--redraw", "--reason", "种子公开环节出现失误，重新抽取"],
      copy,
    );
    expect(redraw.status).toBe(0);
    const run = cli(["orders", CAMPAIGN, ...ALL], copy);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("第 2 次抽取");
    for (const name of readdirSync(outDir(copy)).filter((n) => /\.(docx|html|md)$/.test(n))) {
      const bytes = readFileSync(join(outDir(copy), name));
      const body = name.endsWith(".docx")
        ? (await docxText(bytes)) + (await docxText(bytes, "word/footer1.xml"))
        : bytes.toString("utf8");
      expect(body, name).toContain("第 2 次抽取");
    }
    expect(await docxText(readFileSync(join(outDir(copy), `${CAMPAIGN}-检查组汇总表.docx`)))).toContain(
      "重新抽取理由：种子公开环节出现失误，重新抽取",
    );
    for (const name of readdirSync(outDir(copy)).filter((n) => n.endsWith(".json")))
      expect((JSON.parse(readFileSync(join(outDir(copy), name), "utf8")) as { attempt: number }).attempt).toBe(2);
  });

  it("attempt 1 says nothing of attempts", () => {
    expect(text(`${CAMPAIGN}-T01-检查工作单.html`)).not.toContain("次抽取");
  });
});

describe("checkonce.yaml's documents", { timeout: 120_000 }, () => {
  it("validate names the file, line and field of a department that does not exist and of a template that numbers notices alike", () => {
    const copy = copyDrawn(drawn);
    const config = join(copy, "checkonce.yaml");
    const yaml = readFileSync(config, "utf8");
    expect(yaml).toContain("\n    scjgj:\n");
    writeFileSync(
      config,
      yaml
        .replace("\n    scjgj:\n", "\n    scjgx:\n")
        .replace(/^ {2}noticeNumber: .*$/m, '  noticeNumber: "{code}综查〔{year}〕{order}号"'),
    );
    const run = cli(["validate", "--format", "json"], copy, { lang: "en" });
    expect(run.status).toBe(1);
    const found = (
      JSON.parse(run.stdout) as {
        diagnostics: { file: string; line: number; code: string; severity: string; pointer: string }[];
      }
    ).diagnostics
      .filter((d) => d.file === "checkonce.yaml")
      .map((d) => [d.code, d.severity, d.pointer, yaml.split("\n")[d.line - 1]?.trim().split(":")[0]]);
    expect(found).toEqual([
      ["notice-number-not-unique", "warning", "/documents/noticeNumber", "noticeNumber"],
      // The line of the entry's first field, as for any other entry validate points at.
      ["unknown-department", "error", "/documents/departments/scjgx", "code"],
    ]);
  });

  it("a placeholder the template does not know is refused by the schema, at its line", () => {
    const copy = copyDrawn(drawn);
    const config = join(copy, "checkonce.yaml");
    writeFileSync(
      config,
      readFileSync(config, "utf8").replace(/^ {2}noticeNumber: .*$/m, '  noticeNumber: "{code}〔{year}〕{number}号"'),
    );
    const run = cli(["validate", "--format", "json"], copy, { lang: "en" });
    expect(run.status).toBe(1);
    const d = (
      JSON.parse(run.stdout) as { diagnostics: { file: string; pointer: string; severity: string }[] }
    ).diagnostics.find((x) => x.file === "checkonce.yaml");
    expect(d).toMatchObject({ pointer: "/documents/noticeNumber", severity: "error" });
  });

  it("--profile compact gives the compact notice, whatever checkonce.yaml says; an unknown profile is a usage error", () => {
    const copy = copyDrawn(drawn);
    expect(cli(["orders", CAMPAIGN, "--format", "html", "--profile", "compact"], copy).status).toBe(0);
    const html = readFileSync(join(outDir(copy), `${CAMPAIGN}-T01-检查工作单.html`), "utf8");
    expect(html).not.toContain("st-gbt9704");
    expect(html).toContain('data-document="notice" data-page="1" data-pages="1"');
    expect(html).toContain("第 1 页 共 1 页");
    const bad = cli(["orders", CAMPAIGN, "--profile", "a4"], copy, { lang: "en" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown page profile “a4”; profiles: gbt9704, compact.");
  });

  it("the notices carry the template's numbers, the configured powers, contact and supervision phone", () => {
    const t01 = text(`${CAMPAIGN}-T01-检查工作单.html`).replace(/<[^>]+>/g, "");
    expect(t01).toContain("临市监综查〔2026〕1001号");
    expect(t01).toContain("临猗县市场监督管理局依据《中华人民共和国食品安全法》第一百一十条，检查");
    expect(t01).toContain("临猗县消防救援大队依据《中华人民共和国消防法》第五十三条，检查");
    expect(t01).toContain("联系人：郭某宁　联系电话：0359-1004021");
    expect(t01).toContain("监督电话：0359-1008110");
    // Numbered through the campaign, teams in order, objects in route order.
    const numbers = DOCUMENTS.slice(0, 4).flatMap((d) =>
      [...text(`${d}.html`).matchAll(/临市监综查〔2026〕(\d+)号/g)].map((m) => Number(m[1])),
    );
    const distinct = [...new Set(numbers)];
    expect(distinct).toEqual(Array.from({ length: distinct.length }, (_, i) => 1001 + i));
    expect(distinct.length).toBe(record.teams.reduce((n, t) => n + t.objects.length, 0));
  });
});

describe("languages, formats, PDF", { timeout: 120_000 }, () => {
  it("--lang en gives English documents (and English file names: a switch of language replaces every file)", () => {
    const copy = copyDrawn(drawn);
    const run = cli(["orders", CAMPAIGN, "--format", "html,csv"], copy, { lang: "en" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Wrote 12 file(s) for campaign 2026-CY-01, attempt 1");
    const html = readFileSync(join(outDir(copy), `${CAMPAIGN}-T01-work-order.html`), "utf8");
    expect(html).toContain('<html lang="en">');
    for (const s of [
      "Work order",
      "Inspection notice",
      "Inspection record",
      "Object inspected (signature or seal)",
      "Refusal to sign or seal",
      "Legal basis",
    ])
      expect(html).toContain(s);
    expect(readFileSync(join(outDir(copy), `${CAMPAIGN}-publication.csv`), "utf8").split("\r\n")[0]).toBe(
      "\ufeffNo.,Object,Credit code,Item,Lead department,Joint departments,Dates",
    );
  });

  it("an unknown format is a usage error", () => {
    const run = cli(["orders", CAMPAIGN, "--format", "docx,pptx"], drawn, { lang: "en" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown format “pptx”; formats: docx, html, md, csv, json, pdf.");
  });

  it("an unknown record is a usage error", () => {
    const run = cli(["orders", "2099-XX-01"], drawn, { lang: "en" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("No draw record draws/2099-XX-01.draw.yaml");
  });

  it.skipIf(process.platform === "win32")(
    "PDF is printed by the browser CHECKONCE_BROWSER names, headless, with its clock date replaced by the record's",
    () => {
      const browsers = browserCopies();
      const copy = copyDrawn(drawn);
      const log = join(tempDir(), "browser.log");
      const run = cli(["orders", CAMPAIGN, "--format", "pdf"], copy, {
        env: { CHECKONCE_BROWSER: browsers.printing, FAKE_BROWSER_LOG: log },
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(
        readdirSync(outDir(copy))
          .filter((n) => !n.startsWith("."))
          .sort(),
      ).toEqual(DOCUMENTS.map((d) => `${d}.pdf`).sort());
      const pdf = readFileSync(join(outDir(copy), `${CAMPAIGN}-T03-检查工作单.pdf`), "latin1");
      expect(pdf).toContain("/CreationDate (D:20260413000000+00'00')");
      const sheets =
        readFileSync(join(out, `${CAMPAIGN}-T03-检查工作单.html`), "utf8").split('<section class="sheet').length - 1;
      expect(pdf.match(/\/Type \/Page>>/g)?.length).toBe(sheets);
      const calls = readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as string[]);
      expect(calls.length).toBe(6);
      for (const args of calls) {
        for (const flag of [
          "--headless",
          "--disable-gpu",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-pdf-header-footer",
        ])
          expect(args).toContain(flag);
        expect(args.some((a) => a.startsWith("--user-data-dir="))).toBe(true);
        expect(args.at(-1)).toMatch(/^file:\/\/.*\.html$/);
        if (process.getuid?.() === 0) expect(args).toContain("--no-sandbox");
      }
      // The HTML it printed from was a scratch copy: only the PDFs are in the folder.
      expect(existsSync(join(outDir(copy), `${CAMPAIGN}-T01-检查工作单.html`))).toBe(false);
    },
  );

  it("a browser variable that names nothing is a clear usage error", () => {
    const run = cli(["orders", CAMPAIGN, "--format", "pdf"], copyDrawn(drawn), {
      lang: "en",
      env: { CHECKONCE_BROWSER: "/nonexistent/chromium" },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("The browser /nonexistent/chromium given by CHECKONCE_BROWSER does not exist.");
  });
});

/** The stand-in browsers of test/fixtures/orders/browsers, copied to a temp folder and made executable. */
function browserCopies(): { printing: string; failing: string } {
  const dir = tempDir();
  const copy = (name: string) => {
    const to = join(dir, name);
    copyFileSync(join(fixturesDir, "browsers", name), to);
    chmodSync(to, 0o755);
    return to;
  };
  return { printing: copy("printing-browser.mjs"), failing: copy("failing-browser.mjs") };
}
