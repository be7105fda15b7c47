import { createHash } from "node:crypto";
import JSZip from "jszip";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DrawRecord } from "../../src/draw/record.js";
import {
  defaultPolicy,
  type Department,
  type InspectionObject,
  type Inspector,
  type Item,
  type Located,
  type Workspace,
} from "../../src/registries/model.js";
import { buildCampaignOrders, publicationEntries } from "../../src/orders/build-orders.js";
import { layoutDocuments } from "../../src/orders/layout-documents.js";
import { renderDocx } from "../../src/orders/render-docx.js";
import { renderHtml } from "../../src/orders/render-html.js";
import { renderMarkdown } from "../../src/orders/render-md.js";
import { renderOrdersCsv } from "../../src/orders/render-data.js";
import { parseFormats, renderFiles } from "../../src/orders/renderers.js";
import { fixZipDates } from "../../src/util/zip-dates.js";
import { fixPdfDates } from "../../src/orders/pdf-dates.js";
import { browserArgs, browserCandidates, countPdfPages, findBrowser } from "../../src/orders/browser.js";
import { fieldRows, type DocSection } from "../../src/orders/document.js";
import { docxText } from "./helpers.js";

/** The pure core and the renderers, on a small workspace written out here. */

const at = <T>(value: T, file: string): Located<T> => ({ value, file, pointer: "" });
const dept = (id: string, name: string, kind: Department["kind"] = "county"): Located<Department> =>
  at(
    {
      id,
      name,
      shortName: name.replace("临猗县", "县"),
      kind,
      liaison: { name: `联络员${id}`, phone: `100${id.length}0000000` },
    },
    "departments.yaml",
  );
const inspector = (id: string, name: string, department: string): Located<Inspector> =>
  at(
    {
      id,
      name,
      department,
      certificate: { number: `CERT-${id}`, validFrom: "2024-01-01", validTo: "2030-01-01" },
      status: "active",
      phone: "10012345678",
      idNumber: "140821199001011234",
    },
    "inspectors.yaml",
  );
const object = (id: string, name: string, extra: Partial<InspectionObject> = {}): Located<InspectionObject> =>
  at(
    {
      id,
      name,
      category: "餐饮",
      scene: "餐饮服务单位",
      township: "yishi",
      address: `猗氏镇${name}路1号`,
      status: "active",
      creditGrade: "B",
      contact: { name: "王某明", phone: "10099998888", idNumber: "14082119800101001X" },
      ...extra,
    },
    "objects.yaml",
  );

const item: Item = {
  id: "CY-01",
  category: "餐饮",
  scene: "餐饮服务单位",
  status: "published",
  lead: "scjgj",
  joint: ["xfjy"],
  // The joint department's task first: the documents still put the lead's first.
  tasks: [
    {
      department: "xfjy",
      inspectors: 2,
      checks: [{ content: "疏散通道", requirement: "保持畅通", legalBasis: "《消防法》第二十八条", method: "onsite" }],
    },
    {
      department: "scjgj",
      inspectors: 2,
      checks: [
        { content: "食品经营许可", requirement: "持证经营", legalBasis: "《食品安全法》第三十五条" },
        { content: "进货查验", requirement: "建立记录", legalBasis: "《食品安全法》第五十三条", method: "documents" },
      ],
    },
  ],
  tiers: {
    trusted: { ratio: 0.1, frequency: 1 },
    general: { ratio: 0.1, frequency: 1 },
    focus: { ratio: 0.3, frequency: 2 },
  },
  method: ["onsite", "documents"],
};

function workspace(): Workspace {
  return {
    root: "/nowhere",
    config: { county: { name: "临猗县", areaCode: "140821" }, locale: "zh", policy: defaultPolicy },
    departments: [
      dept("scjgj", "临猗县市场监督管理局"),
      dept("xfjy", "临猗县消防救援大队"),
      dept("yishi", "猗氏镇人民政府", "township"),
    ],
    objects: [object("OBJ-A", "甲饭店"), object("OBJ-B", '乙面馆 <b>&"|'), object("OBJ-C", "丙酒楼")],
    inspectors: [
      inspector("s1", "张某一", "scjgj"),
      inspector("s2", "李某二", "scjgj"),
      inspector("x1", "赵某三", "xfjy"),
      inspector("x2", "钱某四", "xfjy"),
      inspector("t1", "孙某五", "yishi"),
    ],
    items: [at(item, "items.yaml")],
    annualPlans: [
      at({ id: "2026-scjgj", year: 2026, lead: "scjgj", items: ["CY-01"], filedOn: "2026-01-10" }, "plans.yaml"),
    ],
    campaigns: [
      at(
        {
          id: "2026-CY-01",
          name: "2026年第一轮“综合查一次”",
          plan: "2026-scjgj",
          round: 1,
          startDate: "2026-04-13",
          endDate: "2026-04-24",
          departments: ["scjgj", "xfjy"],
          objectsPerTeam: 5,
        },
        "plans.yaml",
      ),
    ],
    upperInspected: [],
    files: [],
    brokenIds: new Set(),
  };
}

function drawRecord(overrides: Partial<DrawRecord> = {}): DrawRecord {
  return {
    algorithm: "checkonce-draw/1",
    tool: { name: "checkonce", version: "0.1.0", seedrandom: "3.0.5" },
    campaign: "2026-CY-01",
    plan: "2026-scjgj",
    year: 2026,
    attempt: 1,
    commitment: null,
    seed: { parts: [{ label: "县市场监管局", digits: "83920174651" }], drawKey: "k" },
    inputs: [],
    history: { drawsThisYear: {}, lastInspectors: {}, loads: {} },
    parameters: {
      yearlyCap: 2,
      minInspectorsPerDepartment: 2,
      rounding: "up",
      reserves: 1,
      objectsPerTeam: 5,
      linkage: true,
      startDate: "2026-04-13",
      endDate: "2026-04-24",
      round: 1,
    },
    strata: [
      {
        id: "CY-01/general",
        item: "CY-01",
        tier: "general",
        ratio: 0.1,
        frequency: 1,
        eligibleCount: 3,
        eligibleDigest: "d",
        toDraw: 2,
        reserves: 1,
        excluded: [],
        selected: [
          { object: "OBJ-B", ticket: "1" },
          { object: "OBJ-A", ticket: "2" },
        ],
        reserve: [{ object: "OBJ-C", ticket: "3" }],
      },
    ],
    teams: [
      {
        id: "T01",
        township: "yishi",
        objects: ["OBJ-B", "OBJ-A"],
        members: [
          { inspector: "s1", department: "scjgj", role: "lead" },
          { inspector: "s2", department: "scjgj", role: "lead" },
          { inspector: "x1", department: "xfjy", role: "joint" },
          { inspector: "x9", department: "xfjy", role: "joint" },
          { inspector: "t1", department: "yishi", role: "township" },
        ],
      },
    ],
    substitutions: [],
    ...overrides,
  };
}

const build = (record = drawRecord(), verified = true) =>
  buildCampaignOrders(record, workspace(), { record: "draws/2026-CY-01.draw.yaml", verified });

afterEach(() => {
  vi.useRealTimers();
});

describe("buildCampaignOrders", () => {
  it("resolves members, route and checklists from the registries", () => {
    const orders = build();
    expect(orders.lead.name).toBe("临猗县市场监督管理局");
    expect(orders.departments.map((d) => d.id)).toEqual(["scjgj", "xfjy"]);
    const team = orders.teams[0];
    expect(team?.members.map((m) => [m.name, m.certificate, m.role])).toEqual([
      ["张某一", "CERT-s1", "lead"],
      ["李某二", "CERT-s2", "lead"],
      ["赵某三", "CERT-x1", "joint"],
      ["x9", "", "joint"], // not in the registry any more: shown by id, not dropped
      ["孙某五", "CERT-t1", "township"],
    ]);
    expect(team?.objects.map((o) => [o.order, o.id])).toEqual([
      [1, "OBJ-B"],
      [2, "OBJ-A"],
    ]);
    const checks = team?.objects[0]?.departments;
    expect(checks?.map((d) => [d.department.id, d.role, d.inspectors.map((m) => m.inspector)])).toEqual([
      ["scjgj", "lead", ["s1", "s2"]],
      ["xfjy", "joint", ["x1", "x9"]],
    ]);
    expect(checks?.[0]?.checks.map((c) => c.methods)).toEqual([["onsite", "documents"], ["documents"]]);
  });

  it("puts a substitution's replacement in the place of the object it replaces, with the reason", () => {
    const orders = build(
      drawRecord({
        substitutions: [
          { object: "OBJ-A", replacement: "OBJ-C", stratum: "CY-01/general", team: "T01", reason: "已注销" },
        ],
      }),
    );
    const objects = orders.teams[0]?.objects;
    expect(objects?.map((o) => o.id)).toEqual(["OBJ-B", "OBJ-C"]);
    expect(objects?.[1]?.replaces).toEqual({ object: "OBJ-A", name: "甲饭店", reason: "已注销" });
    expect(orders.substitutions).toEqual([
      {
        object: "OBJ-A",
        objectName: "甲饭店",
        replacement: "OBJ-C",
        replacementName: "丙酒楼",
        team: "T01",
        reason: "已注销",
      },
    ]);
  });

  it("a team lists only the departments its objects need; every list puts the lead department first", () => {
    const ws = workspace();
    ws.departments.push(dept("jykjj", "临猗县教育科技局"));
    const campaign = ws.campaigns[0]?.value;
    if (campaign) campaign.departments = ["xfjy", "jykjj", "scjgj"];
    const orders = buildCampaignOrders(drawRecord(), ws, { record: "r", verified: true });
    expect(orders.departments.map((d) => d.id)).toEqual(["scjgj", "xfjy", "jykjj"]);
    expect(orders.teams[0]?.departments.map((d) => d.id)).toEqual(["scjgj", "xfjy"]);
    const summary = layoutDocuments(orders, "zh")[1];
    const perDepartment = summary?.sections[0]?.sheets.flatMap((sh) => sh.blocks).filter((b) => b.kind === "table")[1];
    expect(perDepartment?.kind === "table" && perDepartment.rows.map((r) => r[0])).toEqual([
      "临猗县市场监督管理局",
      "临猗县消防救援大队",
      "猗氏镇人民政府",
    ]);
  });

  it("the page profile: GB/T 9704 for the notice by default, compact from checkonce.yaml or the command line", () => {
    const styles = (orders: ReturnType<typeof build>) =>
      layoutDocuments(orders, "zh")[0]?.sections.map((s) => `${s.kind}:${s.style.id}`);
    expect(styles(build())?.slice(0, 4)).toEqual([
      "cover:compact",
      "notice:gbt9704",
      "checklist:compact",
      "record:compact",
    ]);
    const ws = workspace();
    ws.config.documents = { profile: "compact" };
    const compact = buildCampaignOrders(drawRecord(), ws, { record: "r", verified: true });
    expect(styles(compact)?.[1]).toBe("notice:compact");
    const asked = buildCampaignOrders(drawRecord(), ws, { record: "r", verified: true, profile: "gbt9704" });
    expect(styles(asked)?.[1]).toBe("notice:gbt9704");
    const notice = layoutDocuments(build(), "zh")[0]?.sections[1]?.style;
    expect(notice?.margin).toEqual({ top: 37, bottom: 35, left: 28, right: 26 });
    expect(notice?.text.body.size).toBe(16);
    expect(notice?.text.title.size).toBe(22);
    expect(notice?.numbering).toBe("dash");
  });

  it("the publication entries have only public fields, in credit-code order", () => {
    const entries = publicationEntries(build());
    expect(entries.map((e) => e.creditCode)).toEqual(["OBJ-A", "OBJ-B"]);
    expect(entries[0]).toEqual({
      order: 1,
      name: "甲饭店",
      creditCode: "OBJ-A",
      item: { category: "餐饮", scene: "餐饮服务单位" },
      lead: "临猗县市场监督管理局",
      joint: ["临猗县消防救援大队"],
      period: { start: "2026-04-13", end: "2026-04-24" },
    });
  });
});

/** Every text of a section's sheets, blocks in order, markers for no-wrap spans removed. */
const sectionText = (sec: DocSection | undefined) =>
  (sec?.sheets ?? [])
    .flatMap((sh) => sh.blocks)
    .map((b) => JSON.stringify(b))
    .join("\n")
    .replace(/[\ue000\ue001]/g, "");

describe("layoutDocuments", () => {
  it("a work order per team (cover, then notice, checklist, record per object), a summary, a publication list", () => {
    const docs = layoutDocuments(build(), "zh");
    expect(docs.map((d) => [d.id, d.fileBase, d.sections.map((s) => s.kind).join(" ")])).toEqual([
      ["T01", "2026-CY-01-T01-检查工作单", "cover notice checklist record notice checklist record"],
      ["summary", "2026-CY-01-检查组汇总表", "summary"],
      ["publication", "2026-CY-01-抽查名单公示", "publication"],
    ]);
    const titles = docs[0]?.sections.map((s) => {
      const first = s.sheets[0]?.blocks[0];
      return first?.kind === "title" ? first.text : "";
    });
    expect(titles).toEqual([
      "检查工作单",
      "执法检查通知书",
      "检查清单",
      "检查记录单",
      "执法检查通知书",
      "检查清单",
      "检查记录单",
    ]);
    expect(docs[0]?.banner).toBeUndefined();
    expect(docs[0]?.sheet.rows.length).toBe(2 * 3);
  });

  it("the tool and the record's path are named on the internal pages only: cover and summary, never a notice, record or the published list", () => {
    const docs = layoutDocuments(build(), "zh");
    const note = "临猗县 · 2026-CY-01 · 由 checkonce 依据抽取记录 draws/2026-CY-01.draw.yaml 生成，记录已复核";
    const noted = docs.flatMap((d) =>
      d.sections.filter((s) => s.note !== undefined).map((s) => [d.id, s.kind, s.note]),
    );
    expect(noted).toEqual([
      ["T01", "cover", note],
      ["summary", "summary", note],
    ]);
    for (const d of docs)
      for (const s of d.sections.filter((x) => x.kind !== "cover" && x.kind !== "summary")) {
        expect(sectionText(s)).not.toContain("checkonce");
        expect(sectionText(s)).not.toContain("draws/");
      }
  });

  it("the notice: number from the template, legal basis of each department's power, the object's rights, contact and supervision phone, a seal for every department", () => {
    const notice = (ws = workspace()) =>
      sectionText(
        layoutDocuments(buildCampaignOrders(drawRecord(), ws, { record: "r", verified: true }), "zh")[0]?.sections[1],
      );
    const plainNotice = notice();
    // Without a template, the neutral number; without a contact, lines to fill in by hand.
    expect(plainNotice).toContain("2026-CY-01-T01-01");
    expect(plainNotice).toContain("联系人：＿＿＿＿＿＿　联系电话：＿＿＿＿＿＿＿＿");
    expect(plainNotice).not.toContain("监督电话");
    expect(plainNotice).toContain("有权对检查记录提出意见。");
    // The laws the department's checks cite, when checkonce.yaml names no power.
    expect(plainNotice).toContain("临猗县市场监督管理局依据《食品安全法》，检查食品经营许可、进货查验。");
    expect(plainNotice).toContain('乙面馆 <b>&\\"|：');
    expect(plainNotice).toContain("和“2026年第一轮‘综合查一次’”工作方案");
    expect(plainNotice).toContain("由临猗县市场监督管理局牵头，会同临猗县消防救援大队组成联合检查组");
    expect(plainNotice).toContain("检查方式为现场检查、书面检查");
    expect(plainNotice).toContain("有权拒绝检查（《中华人民共和国行政处罚法》第四十二条、第五十五条）");
    expect(plainNotice).toContain("有权申请回避（同法第四十三条）");
    // A name too long for its third of the line is given short, as GB/T 9704-2012 §7.3.5.2 allows.
    expect(plainNotice).toContain('"names":["县市场监督管理局","县消防救援大队"]');

    const ws = workspace();
    ws.config.documents = {
      noticeNumber: "{code}综查〔{year}〕{round}{n:3}号",
      supervisionPhone: "0359-1008110",
      contact: { name: "卫某东", phone: "0359-1008111" },
      departments: {
        scjgj: {
          code: "临市监",
          powers: "《中华人民共和国食品安全法》第一百一十条",
          contact: { name: "郭某宁", phone: "0359-1004021" },
        },
      },
      seals: "office",
      officeName: "临猗县“综合查一次”工作领导小组办公室",
    };
    const configured = notice(ws);
    expect(configured).toContain("临市监综查〔2026〕1001号");
    expect(configured).toContain(
      "临猗县市场监督管理局依据《中华人民共和国食品安全法》第一百一十条，检查食品经营许可、进货查验。",
    );
    expect(configured).toContain("临猗县消防救援大队依据《消防法》，检查疏散通道。");
    // The lead department's own contact wins over the workspace's.
    expect(configured).toContain("联系人：郭某宁　联系电话：0359-1004021");
    expect(configured).toContain("监督电话：0359-1008110");
    expect(configured).toContain('"names":["临猗县“综合查一次”工作领导小组办公室"]');
  });

  it("the record: notice number, person in charge and phone from the registry, recorder, body camera, the recusal question, 以上记录已阅，属实 before the party signs", () => {
    const record = sectionText(layoutDocuments(build(), "zh")[0]?.sections[3]);
    expect(record).toContain("通知书文号：2026-CY-01-T01-01");
    expect(record).toContain('"label":"负责人","value":"王某明"');
    expect(record).toContain('"label":"联系电话","value":"10099998888"');
    expect(record).toContain('"label":"记录人","value":""');
    expect(record).toContain('"label":"执法记录仪编号","value":""');
    expect(record).toContain("是否申请回避（被检查单位回答）");
    expect(record).toContain("□不申请　□申请");
    expect(record).toContain("被检查单位（签字或盖章）\\n以上记录已阅，属实。");
    expect(record).toContain("记录人（签字）");
    expect(record).toContain("送达执法检查通知书（2026-CY-01-T01-01）");
  });

  it("a redraw shows its attempt and reason; an unverified record, a banner and a note that says so", () => {
    const docs = layoutDocuments(build(drawRecord({ attempt: 3, redrawReason: "种子公开有误" }), false), "en");
    for (const d of docs) {
      expect(d.banner).toContain("NOT VERIFIED");
      const first = d.sections[0]?.sheets[0]?.blocks[0];
      expect(first?.kind === "title" ? first.subtitle : "").toContain("Draw attempt 3 (redrawn: 种子公开有误)");
    }
    expect(docs[0]?.sections[0]?.note).toContain("draw attempt 3");
    expect(docs[0]?.sections[0]?.note).toContain("NOT VERIFIED");
  });

  it("pairs fields two to a row, a wide one alone", () => {
    const rows = fieldRows({
      paired: true,
      fields: [
        { label: "a", value: "" },
        { label: "b", value: "" },
        { label: "c", value: "", wide: true },
        { label: "d", value: "" },
      ],
    });
    expect(rows.map((r) => r.map((f) => f.label))).toEqual([["a", "b"], ["c"], ["d"]]);
  });
});

describe("renderers", () => {
  const docs = () => layoutDocuments(build(), "zh");

  it("HTML escapes what the registries hold, fetches nothing, prints one section per sheet with its own page number", () => {
    const doc = docs()[0] ?? (undefined as never);
    const html = renderHtml(doc);
    expect(html).toContain("乙面馆 &lt;b&gt;&amp;&quot;|");
    expect(html).not.toContain("<b>&");
    expect(html).not.toMatch(/https?:|url\(|<script|<link|@import/);
    expect(html).not.toMatch(/[\ue000\ue001]/);
    const sheets = doc.sections.reduce((n, s) => n + s.sheets.length, 0);
    expect(html.split('<section class="sheet').length - 1).toBe(sheets);
    // GB/T 9704-2012: "— 1 —", odd pages right, even pages left; each document numbers from 1.
    const numbers = [...html.matchAll(/<p class="num( odd| even)?">([^<]*)<\/p>/g)].map((m) => `${m[2]}${m[1] ?? ""}`);
    const expected = doc.sections.flatMap((s) =>
      s.sheets.map((_, i) => `\u2014 ${i + 1} \u2014 ${i % 2 === 0 ? "odd" : "even"}`),
    );
    expect(numbers).toEqual(expected);
    expect(html).toContain('<span class="nw">OBJ-B</span>');
  });

  it("Markdown escapes table pipes and markup", () => {
    const md = renderMarkdown(docs()[0] ?? (undefined as never));
    expect(md).toContain('乙面馆 \\<b\\>&"\\|');
    expect(md.split("\n\n---\n\n").length).toBe(7 + 1);
  });

  it("CSV: BOM, header, one row per check, quotes where needed", () => {
    const csv = renderOrdersCsv(docs()[0] ?? (undefined as never));
    const lines = csv.split("\r\n");
    expect(lines[0]?.startsWith("\ufeff检查组,顺序,检查对象")).toBe(true);
    expect(lines[1]).toBe(
      'T01,1,"乙面馆 <b>&""|",OBJ-B,餐饮（餐饮服务单位）,临猗县市场监督管理局,1,食品经营许可,持证经营,《食品安全法》第三十五条,现场检查、书面检查,',
    );
  });

  it("DOCX: the same bytes whatever the clock says, dated with the campaign's first day", async () => {
    const doc = docs()[0] ?? (undefined as never);
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2031-07-01T10:11:12Z") });
    const first = await renderDocx(doc);
    vi.setSystemTime(new Date("2033-02-03T04:05:06Z"));
    const second = await renderDocx(doc);
    vi.useRealTimers();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const zip = await JSZip.loadAsync(first);
    expect(await zip.file("docProps/core.xml")?.async("string")).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-04-13T00:00:00Z</dcterms:modified>',
    );
    const body = await docxText(first);
    expect(body).toContain("执法检查通知书");
    expect(body).toContain("检查人员 张某一（县市场监督管理局，执法证号 CERT-s1）");
  });

  it("DOCX: the same parts as when docx built every paragraph and table from its own objects", async () => {
    // The body is written as text (render-docx.ts), the package around it built once per shape and
    // zipped by util/zip.ts. These are SHA-256 over every part's name and uncompressed bytes, taken
    // from the files the docx object model wrote and zipped itself, from the same documents, in
    // three variants (language, profile, banner): the zip around them may change, the parts may not.
    const variants = [
      layoutDocuments(build(), "zh"),
      layoutDocuments(build(drawRecord({ attempt: 3, redrawReason: "种子公开有误" }), false), "en"),
      layoutDocuments(
        buildCampaignOrders(drawRecord(), workspace(), { record: "r", verified: true, profile: "compact" }),
        "zh",
      ),
    ];
    const hashes: string[] = [];
    for (const docs of variants)
      for (const doc of docs) {
        const zip = await JSZip.loadAsync(renderDocx(doc));
        const hash = createHash("sha256");
        for (const name of Object.keys(zip.files)
          .filter((n) => !zip.files[n]?.dir)
          .sort())
          hash
            .update(`${name}\0`)
            .update((await zip.file(name)?.async("uint8array")) ?? new Uint8Array())
            .update("\0");
        hashes.push(hash.digest("hex").slice(0, 16));
      }
    expect(hashes).toEqual([
      "5b4e2afe04b20f4e",
      "f76ef708fb0d3152",
      "ac825ebf81289169",
      "466c272853a2030c",
      "1e3d0b005945ce90",
      "d49fadf0c203e1ee",
      "8cf6bb33b8824175",
      "0d785e1eb822a283",
      "4bb5defdec124129",
    ]);
  });

  it("DOCX: [Content_Types].xml first, every entry dated the campaign's first day, deflated alike on every machine", async () => {
    const doc = docs()[0] ?? (undefined as never);
    const bytes = renderDocx(doc);
    // The first local header names [Content_Types].xml (what tools that sniff a file's type look for).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const nameLength = view.getUint16(26, true);
    expect(Buffer.from(bytes.subarray(30, 30 + nameLength)).toString()).toBe("[Content_Types].xml");
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names).toContain("word/document.xml");
    for (const name of names) expect(zip.files[name]?.date.toISOString().slice(0, 10)).toBe("2026-04-13");
    // Rendering again (the package and the recurring parts now come from what was kept) gives the same bytes.
    expect(Buffer.from(renderDocx(doc)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("renderFiles: every document in every format, in name order; parseFormats", async () => {
    const files = await renderFiles(docs(), ["json", "md"]);
    expect(files.map((f) => f.name)).toEqual([
      "2026-CY-01-T01-检查工作单.json",
      "2026-CY-01-T01-检查工作单.md",
      "2026-CY-01-抽查名单公示.json",
      "2026-CY-01-抽查名单公示.md",
      "2026-CY-01-检查组汇总表.json",
      "2026-CY-01-检查组汇总表.md",
    ]);
    expect(parseFormats(undefined)).toEqual({ formats: ["docx", "html"] });
    expect(parseFormats("PDF, md,docx")).toEqual({ formats: ["docx", "md", "pdf"] });
    expect(parseFormats("docx,odt")).toEqual({ unknown: "odt" });
    expect(parseFormats(",")).toEqual({ unknown: "," });
  });
});

describe("fixed dates in zip and PDF", () => {
  it("fixZipDates sets every local header and central directory entry to the day given", async () => {
    const zip = new JSZip();
    zip.file("a.txt", "alpha", { date: new Date(2031, 6, 1, 10, 11, 12) });
    zip.file("dir/b.txt", "beta", { date: new Date(2032, 1, 2, 3, 4, 6) });
    const fixed = fixZipDates(await zip.generateAsync({ type: "uint8array" }), "2026-04-13");
    const view = new DataView(fixed.buffer, fixed.byteOffset, fixed.byteLength);
    const dosDate = ((2026 - 1980) << 9) | (4 << 5) | 13;
    const stamps: number[][] = [];
    for (let i = 0; i + 4 <= fixed.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) stamps.push([view.getUint16(i + 10, true), view.getUint16(i + 12, true)]);
      if (sig === 0x02014b50) stamps.push([view.getUint16(i + 12, true), view.getUint16(i + 14, true)]);
    }
    expect(stamps.length).toBeGreaterThanOrEqual(4);
    for (const s of stamps) expect(s).toEqual([0, dosDate]);
    const back = await JSZip.loadAsync(fixed);
    expect(await back.file("dir/b.txt")?.async("string")).toBe("beta");
  });

  it("fixPdfDates keeps every byte offset", () => {
    const pdf = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj\n<</CreationDate (D:20311126071941+08'00')\n/ModDate (D:20311126071941Z)>>\nendobj\n",
    );
    const fixed = new TextDecoder().decode(fixPdfDates(pdf, "2026-04-13"));
    expect(fixed.length).toBe(pdf.length);
    expect(fixed).toContain("/CreationDate (D:20260413000000+00'00')");
    expect(fixed).toContain("/ModDate (D:20260413000000Z)");
  });
});

describe("the browser", () => {
  const none = () => false;

  it("CHECKONCE_BROWSER, then CHROME_PATH, then the usual places; a variable that names nothing is an error", () => {
    expect(
      findBrowser({
        env: { CHECKONCE_BROWSER: "/opt/b", CHROME_PATH: "/opt/c" },
        platform: "linux",
        exists: () => true,
      }),
    ).toEqual({ path: "/opt/b" });
    expect(findBrowser({ env: { CHROME_PATH: "/opt/c" }, platform: "linux", exists: () => true })).toEqual({
      path: "/opt/c",
    });
    expect(findBrowser({ env: { CHECKONCE_BROWSER: "/opt/b" }, platform: "linux", exists: none })).toEqual({
      missing: { variable: "CHECKONCE_BROWSER", path: "/opt/b" },
    });
    expect(findBrowser({ env: {}, platform: "linux", exists: (p) => p === "/usr/bin/google-chrome" })).toEqual({
      path: "/usr/bin/google-chrome",
    });
    const notFound = findBrowser({ env: {}, platform: "linux", exists: none });
    expect("none" in notFound && notFound.none).toContain("/usr/bin/chromium");
  });

  it("looks for Edge first on Windows, under both Program Files folders", () => {
    const paths = browserCandidates(
      {
        ProgramFiles: "C:\\Program Files",
        "ProgramFiles(x86)": "C:\\Program Files (x86)",
        LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local",
      },
      "win32",
    );
    expect(paths.slice(0, 4)).toEqual([
      "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
      "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
      "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    ]);
    expect(browserCandidates({}, "darwin")).toContain("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    expect(browserCandidates({}, "darwin")).toContain("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge");
    expect(browserCandidates({}, "linux")).toEqual(
      expect.arrayContaining([
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/microsoft-edge",
      ]),
    );
  });

  it("runs headless with a fresh profile, nothing fetched, no sandbox only as root", () => {
    const args = browserArgs("/tmp/x y.html", { pdf: "/tmp/x.pdf" }, "/tmp/profile", false);
    expect(args).toEqual(
      expect.arrayContaining([
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=/tmp/profile",
        "--no-pdf-header-footer",
        "--print-to-pdf=/tmp/x.pdf",
      ]),
    );
    expect(args).not.toContain("--no-sandbox");
    expect(args.at(-1)).toBe("file:///tmp/x%20y.html");
    expect(browserArgs("/tmp/x.html", { pdf: "/tmp/x.pdf" }, "/p", true)).toContain("--no-sandbox");
    expect(browserArgs("/tmp/x.html", { screenshot: "/tmp/x.png", width: 794, height: 1123 }, "/p", false)).toEqual(
      expect.arrayContaining(["--screenshot=/tmp/x.png", "--window-size=794,1123"]),
    );
  });

  it("counts page objects, not the page tree", () => {
    expect(
      countPdfPages(new TextEncoder().encode("<</Type /Pages /Count 2>> <</Type /Page>> <</Type/Page /Parent 1 0 R>>")),
    ).toBe(2);
  });
});
