// Generates the example workspace examples/linyi-2026/: a synthetic but realistic 临猗县 (140821)
// registry set for 2026 — departments, the item list with task lists, objects per township,
// inspectors per department, annual plans with campaigns, and the upper-level inspected list.
//
//   node examples/generate.mjs [--out DIR] [--objects N] [--seed TEXT]
//
// Deterministic: the same arguments give byte-identical files (never Math.random, never the clock).
// Each named stream is the AES-256-CTR keystream (zero IV) under the key sha256(seed NUL stream),
// read as 32-bit words; one stream per registry (and per department for inspectors), so that e.g.
// --objects changes the objects but not the departments, the items or the inspectors' data.
// YAML is written as text (no serializer), fast enough for 50,000+ objects.
// Only the files listed in `written` are deleted and recreated inside DIR, and, with the results
// (the default for the bundled example; --results elsewhere), the folders draws/, results/,
// publish/ and credit/, which the tool writes; nothing else is touched.
import { createCipheriv, createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildImports } from "./imports.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------
const { values: args } = parseArgs({
  options: {
    out: { type: "string" },
    objects: { type: "string" },
    seed: { type: "string" },
    results: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
  strict: true,
});
if (args.help) {
  console.log("usage: node examples/generate.mjs [--out DIR] [--objects N] [--seed TEXT] [--results]");
  process.exit(0);
}
const OUT = args.out !== undefined ? resolve(args.out) : join(root, "examples/linyi-2026");
const N_OBJECTS = args.objects !== undefined ? Number(args.objects) : 720;
const SEED = args.seed ?? "linyi-2026";
// The draw of 2026-CY-01 and its results (issue 8) need the built tool: on for the bundled example, or with --results.
const WITH_RESULTS = args.results ?? args.out === undefined;
if (!Number.isInteger(N_OBJECTS) || N_OBJECTS < 0) {
  console.error(`--objects must be a whole number ≥ 0, got ${args.objects}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness: AES-256-CTR keystream under the key sha256(seed NUL stream)
// ---------------------------------------------------------------------------------------------
function rng(stream) {
  const key = createHash("sha256").update(`${SEED}\u0000${stream}`).digest();
  const cipher = createCipheriv("aes-256-ctr", key, Buffer.alloc(16));
  const zeros = Buffer.alloc(1 << 14);
  let block = Buffer.alloc(0);
  let pos = 0;
  const u32 = () => {
    if (pos >= block.length) {
      block = cipher.update(zeros);
      pos = 0;
    }
    const v = block.readUInt32LE(pos);
    pos += 4;
    return v;
  };
  const r = {
    /** [0, 1) */
    float: () => u32() / 4294967296,
    /** integer in [0, n) */
    int: (n) => Math.floor(r.float() * n),
    /** integer in [lo, hi] */
    range: (lo, hi) => lo + Math.floor(r.float() * (hi - lo + 1)),
    chance: (p) => r.float() < p,
    pick: (list) => list[Math.floor(r.float() * list.length)],
    /** pairs [value, weight] */
    weighted: (pairs) => {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let x = r.float() * total;
      for (const [v, w] of pairs) {
        if ((x -= w) < 0) return v;
      }
      return pairs[pairs.length - 1][0];
    },
    digits: (n) => {
      let s = "";
      for (let i = 0; i < n; i++) s += String(r.int(10));
      return s;
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Dates (UTC day numbers)
// ---------------------------------------------------------------------------------------------
const DAY = 86400000;
const toDays = (s) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / DAY;
const fromDays = (d) => new Date(d * DAY).toISOString().slice(0, 10);
const addDays = (s, n) => fromDays(toDays(s) + n);
const weekday = (s) => new Date(toDays(s) * DAY).getUTCDay();
const randomDate = (r, from, to) => fromDays(r.range(toDays(from), toDays(to)));
/** The same or the next working day (Monday–Friday; holidays ignored). */
const workday = (s) => {
  let d = s;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
};
const overlaps = (a1, a2, b1, b2) => a1 <= b2 && b1 <= a2;

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------
const CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCheckChar(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}
/** GB 11714-1997 organisation code check character (8 body characters). */
function orgCodeCheckChar(body8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    sum += (c >= "0" && c <= "9" ? Number(c) : c.charCodeAt(0) - 55) * w[i];
  }
  const v = 11 - (sum % 11);
  return v === 10 ? "X" : v === 11 ? "0" : String(v);
}
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function residentId(r) {
  const birth = randomDate(r, "1960-01-01", "2000-12-31").replaceAll("-", "");
  const first17 = `140821${birth}${r.digits(3)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return first17 + "10X98765432"[sum % 11];
}
/** Personal phone numbers start with 100, which no Chinese mobile number does: plainly fictional. */
const phone = (r) => `100${r.digits(8)}`;

// ---------------------------------------------------------------------------------------------
// YAML text
// ---------------------------------------------------------------------------------------------
const PLAIN = /^[\p{L}\u3008-\u301F\uFF08\uFF09][^:#[\]{},&*!|>'"%@`\\\n\r\t]*$/u;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
/** Plain when nothing can misread it; dates stay plain (YAML 1.2 core reads them as strings). */
function str(s) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (PLAIN.test(s) && !RESERVED.test(s) && !/\s$/.test(s)) return s;
  return JSON.stringify(s);
}
function scalar(v) {
  if (typeof v === "string") return str(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  if (typeof v === "boolean") return v ? "true" : "false";
  throw new Error(`not a scalar: ${JSON.stringify(v)}`);
}
const isScalar = (v) => v === null || typeof v !== "object";
/** Small all-number maps (coordinates) go on one line. */
const isFlowMap = (v) => !Array.isArray(v) && Object.values(v).every((x) => typeof x === "number");
const COMMENT = "#";

function emitMap(obj, indent, out) {
  const pad = " ".repeat(indent);
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (key === COMMENT || v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length === 0) out.push(`${pad}${key}: []`);
      else if (v.every(isScalar)) out.push(`${pad}${key}: [${v.map(scalar).join(", ")}]`);
      else {
        out.push(`${pad}${key}:`);
        emitSeq(v, indent + 2, out);
      }
    } else if (v !== null && typeof v === "object") {
      if (isFlowMap(v))
        out.push(
          `${pad}${key}: { ${Object.keys(v)
            .map((k) => `${k}: ${scalar(v[k])}`)
            .join(", ")} }`,
        );
      else {
        out.push(`${pad}${key}:`);
        emitMap(v, indent + 2, out);
      }
    } else out.push(`${pad}${key}: ${scalar(v)}`);
  }
}
function emitSeq(list, indent, out) {
  const pad = " ".repeat(indent);
  for (const el of list) {
    if (isScalar(el)) {
      out.push(`${pad}- ${scalar(el)}`);
      continue;
    }
    if (el[COMMENT]) for (const line of [].concat(el[COMMENT])) out.push(`${pad}# ${line}`);
    const start = out.length;
    emitMap(el, indent + 2, out);
    out[start] = `${pad}- ${out[start].slice(indent + 2)}`;
  }
}
/**
 * The objects list written directly: the same text emitMap/emitSeq would give (the generic path
 * is kept for every other file), several times faster for registries of 100,000+ objects.
 */
function objectsYaml(list) {
  const parts = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    let s = `  - id: ${str(o.id)}\n    name: ${str(o.name)}\n    category: ${str(o.category)}\n    scene: ${str(o.scene)}\n    township: ${str(o.township)}\n    address: ${str(o.address)}\n`;
    if (o.coordinates) s += `    coordinates: { lat: ${o.coordinates.lat}, lng: ${o.coordinates.lng} }\n`;
    s += `    status: ${o.status}\n    creditGrade: ${o.creditGrade}\n    complaints12m: ${o.complaints12m}\n`;
    if (o.dailySupervisionConcern) s += "    dailySupervisionConcern: true\n";
    if (o.tier) s += `    tier: ${o.tier}\n`;
    if (o.contact) {
      s += `    contact:\n      name: ${str(o.contact.name)}\n`;
      if (o.contact.phone) s += `      phone: ${str(o.contact.phone)}\n`;
      if (o.contact.idNumber) s += `      idNumber: ${str(o.contact.idNumber)}\n`;
    }
    parts[i] = s;
  }
  return parts.join("");
}

/** A whole file: schema line, description comment(s), then top-level keys. */
function yamlFile(relPath, kind, comments, data) {
  const depth = relPath.split("/").length - 1;
  const up = depth === 0 ? "./" : "../".repeat(depth);
  const out = [`# yaml-language-server: $schema=${up}.checkonce/schemas/${kind}.schema.json`];
  for (const c of [].concat(comments)) out.push(`# ${c}`);
  let tail = "";
  for (const key of Object.keys(data)) {
    const v = data[key];
    if (kind === "objects" && key === "objects" && v.length > 0) {
      out.push(`${key}:`);
      tail = objectsYaml(v);
    } else if (Array.isArray(v) && v.length > 0) {
      out.push(`${key}:`);
      emitSeq(v, 2, out);
    } else emitMap({ [key]: v }, 0, out);
  }
  return out.join("\n") + "\n" + tail;
}

// ---------------------------------------------------------------------------------------------
// Names of people: surname + 某 + one character, plainly fictional
// ---------------------------------------------------------------------------------------------
const SURNAMES = [..."王张李刘杨赵郭贾史薛卫畅柴景孙范任吉姚裴柳解宁吴陈马董梁高乔冯程秦侯段师荆"];
const GIVEN = [..."明华强军伟芳丽敏静勇杰涛霞红鹏斌磊燕艳峰亮超辉刚平林娟英宇凯琳婷晶波健龙飞东荣建国文瑞睿鑫"];
const personName = (r) => `${r.pick(SURNAMES)}某${r.pick(GIVEN)}`;

// ---------------------------------------------------------------------------------------------
// Departments
// ---------------------------------------------------------------------------------------------
const TOWNSHIPS = [
  { id: "yishi", name: "猗氏镇", weight: 24, lat: 35.144, lng: 110.774, spread: 0.022, seat: true },
  { id: "meiyang", name: "嵋阳镇", weight: 8, lat: 35.206, lng: 110.846, spread: 0.03 },
  { id: "linjin", name: "临晋镇", weight: 10, lat: 35.041, lng: 110.6, spread: 0.03 },
  { id: "qiji", name: "七级镇", weight: 7, lat: 35.214, lng: 110.702, spread: 0.03 },
  { id: "dongzhang", name: "东张镇", weight: 6, lat: 35.062, lng: 110.879, spread: 0.03 },
  { id: "sunji", name: "孙吉镇", weight: 7, lat: 35.151, lng: 110.522, spread: 0.03 },
  { id: "sanguan", name: "三管镇", weight: 6, lat: 35.101, lng: 110.681, spread: 0.03 },
  { id: "niudu", name: "牛杜镇", weight: 7, lat: 35.112, lng: 110.948, spread: 0.03 },
  { id: "danzi", name: "耽子镇", weight: 5, lat: 35.276, lng: 110.761, spread: 0.03 },
  { id: "chuhou", name: "楚侯乡", weight: 5, lat: 35.19, lng: 110.958, spread: 0.03 },
  { id: "miaoshang", name: "庙上乡", weight: 5, lat: 35.002, lng: 110.741, spread: 0.03 },
  { id: "jiaobei", name: "角杯乡", weight: 5, lat: 34.976, lng: 110.638, spread: 0.03 },
  { id: "beixin", name: "北辛乡", weight: 6, lat: 35.251, lng: 110.619, spread: 0.03 },
  { id: "beijing", name: "北景乡", weight: 5, lat: 35.079, lng: 110.47, spread: 0.03 },
];
const townshipById = new Map(TOWNSHIPS.map((t) => [t.id, t]));

const COUNTY_DEPARTMENTS = [
  { id: "scjgj", name: "临猗县市场监督管理局", shortName: "县市场监管局" },
  { id: "yjglj", name: "临猗县应急管理局", shortName: "县应急局" },
  { id: "sthj", name: "运城市生态环境局临猗分局", shortName: "生态环境局临猗分局" },
  { id: "xfjy", name: "临猗县消防救援大队", shortName: "县消防救援大队" },
  { id: "wjj", name: "临猗县卫生健康局", shortName: "县卫健局", comment: "以卫生健康综合监督执法职能参加联合检查" },
  { id: "jykjj", name: "临猗县教育科技局", shortName: "县教科局" },
  { id: "zjj", name: "临猗县住房和城乡建设管理局", shortName: "县住建局" },
  { id: "jtysj", name: "临猗县交通运输局", shortName: "县交通局" },
  { id: "nyncj", name: "临猗县农业农村局", shortName: "县农业农村局" },
  { id: "whlyj", name: "临猗县文化和旅游局", shortName: "县文旅局" },
  { id: "swj", name: "临猗县商务局", shortName: "县商务局" },
  { id: "gaj", name: "临猗县公安局", shortName: "县公安局" },
  { id: "zrzyj", name: "临猗县自然资源局", shortName: "县自然资源局" },
  { id: "sfj", name: "临猗县司法局", shortName: "县司法局", comment: "县“综合查一次”工作领导小组办公室设在县司法局" },
];
const UPPER_DEPARTMENTS = [
  { id: "ycscjgj", name: "运城市市场监督管理局", shortName: "市市场监管局" },
  { id: "sxyjglt", name: "山西省应急管理厅", shortName: "省应急厅" },
  { id: "ycsthjj", name: "运城市生态环境局", shortName: "市生态环境局" },
];

function buildDepartments() {
  const r = rng("departments");
  const person = () => ({ name: personName(r), phone: phone(r) });
  const list = [];
  for (const d of COUNTY_DEPARTMENTS) {
    list.push({
      [COMMENT]: d.comment,
      id: d.id,
      name: d.name,
      shortName: d.shortName,
      kind: "county",
      liaison: person(),
      leader: person(),
    });
  }
  TOWNSHIPS.forEach((t, i) => {
    list.push({
      [COMMENT]: i === 0 ? ["乡镇人民政府（县乡联动，派员参加本乡镇对象的检查）", "猗氏镇为县城所在地"] : undefined,
      id: t.id,
      name: `${t.name}人民政府`,
      shortName: t.name,
      kind: "township",
      liaison: person(),
      leader: person(),
    });
  });
  UPPER_DEPARTMENTS.forEach((d, i) => {
    list.push({
      [COMMENT]: i === 0 ? "上级部门：其本年度已抽查的对象，县级抽取时排除" : undefined,
      id: d.id,
      name: d.name,
      shortName: d.shortName,
      kind: "upper",
      liaison: person(),
      leader: person(),
    });
  });
  return list;
}

// ---------------------------------------------------------------------------------------------
// Items (事项清单) with task lists (任务清单)
// ---------------------------------------------------------------------------------------------
const c = (content, requirement, legalBasis, method) => ({ content, requirement, legalBasis, method });
const FIRE = {
  duty: c(
    "消防安全责任制和消防安全管理制度",
    "明确消防安全责任人、管理人，制定消防安全制度和操作规程，定期开展防火检查、巡查并如实记录",
    "《中华人民共和国消防法》第十六条",
  ),
  exits: c(
    "疏散通道、安全出口和消防设施器材",
    "疏散通道、安全出口保持畅通，未锁闭、堵塞；消防设施、器材完好有效，未损坏、挪用或者擅自停用",
    "《中华人民共和国消防法》第二十八条",
    "onsite",
  ),
  flammable: c(
    "易燃易爆危险品场所防火",
    "生产、储存、经营易燃易爆危险品的场所未与居住场所设置在同一建筑物内，并与居住场所保持安全距离",
    "《中华人民共和国消防法》第十九条",
    "onsite",
  ),
  fire: c(
    "动火作业和用火用电管理",
    "具有火灾、爆炸危险的场所禁止吸烟、使用明火；确需动火作业的办理审批并落实现场监护",
    "《中华人民共和国消防法》第二十一条",
    "onsite",
  ),
};
const tiersOf = (t, g, f) => ({
  trusted: { ratio: t, frequency: 1 },
  general: { ratio: g, frequency: 1 },
  focus: { ratio: f, frequency: 2 },
});
const task = (department, qualification, checks) => ({ department, inspectors: 2, qualification, checks });

const ITEMS = [
  {
    id: "CY-01",
    category: "餐饮",
    scene: "餐饮服务单位",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "scjgj",
    joint: ["xfjy", "sthj"],
    tasks: [
      task("scjgj", "食品安全", [
        c(
          "食品经营许可和从业人员健康管理",
          "持有效食品经营许可证并在经营场所显著位置公示；接触直接入口食品的从业人员取得健康证明后上岗",
          "《中华人民共和国食品安全法》第三十五条、第四十五条",
          "documents",
        ),
        c(
          "原料采购查验和食品贮存",
          "查验供货者许可证和合格证明并建立进货查验记录；按要求贮存食品，及时清理变质或者超过保质期的食品",
          "《中华人民共和国食品安全法》第五十三条、第五十四条、第五十五条",
        ),
        c(
          "加工制作过程和餐饮具清洗消毒",
          "定期维护食品加工、贮存设施设备；餐具、饮具和盛放直接入口食品的容器使用前洗净、消毒",
          "《中华人民共和国食品安全法》第五十六条",
          "onsite",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
      task("sthj", "生态环境", [
        c(
          "餐饮油烟治理",
          "安装油烟净化设施并保持正常使用，油烟达标排放，不得在禁止区域露天烧烤",
          "《中华人民共和国大气污染防治法》第八十一条",
          "onsite",
        ),
        c(
          "餐厨废弃物处置",
          "厨余垃圾交由具备相应资质条件的单位收运处理，建立收运台账",
          "《中华人民共和国固体废物污染环境防治法》",
          "documents",
        ),
      ]),
    ],
    tiers: tiersOf(0.05, 0.1, 0.3),
    method: ["onsite", "documents"],
  },
  {
    id: "CY-02",
    category: "餐饮",
    scene: "集体用餐配送单位",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "scjgj",
    joint: ["xfjy", "jykjj"],
    tasks: [
      task("scjgj", "食品安全", [
        c(
          "许可和食品安全管理制度",
          "取得集体用餐配送类食品经营许可，配备食品安全管理人员，建立食品安全自查制度",
          "《中华人民共和国食品安全法》第三十五条、第四十四条",
          "documents",
        ),
        c(
          "分装、运输和留样",
          "配送食品在规定温度条件下贮存和运输；每餐次食品成品留样不少于125克，保存48小时以上",
          "《餐饮服务食品安全操作规范》",
          "onsite",
        ),
        c(
          "原料进货查验",
          "查验供货者许可证和食品合格证明，如实记录并保存凭证",
          "《中华人民共和国食品安全法》第五十三条",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
      task("jykjj", undefined, [
        c(
          "供餐学校名单和配餐合同",
          "核对供餐学校名单和配餐合同，合同明确双方食品安全责任，配送品种与合同约定一致",
          "《学校食品安全与营养健康管理规定》",
          "documents",
        ),
        c(
          "学生餐陪餐和意见反馈",
          "配合供餐学校落实集中用餐陪餐制度，建立学生餐意见反馈和问题处理记录",
          "《学校食品安全与营养健康管理规定》第九条",
        ),
      ]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.5),
    method: ["onsite", "documents"],
  },
  {
    id: "SM-01",
    category: "商贸流通",
    scene: "商场超市",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "scjgj",
    joint: ["xfjy", "swj"],
    tasks: [
      task("scjgj", "食品安全", [
        c(
          "食品进货查验和标签",
          "查验供货者许可证和合格证明并建立进货查验记录；预包装食品标签符合规定",
          "《中华人民共和国食品安全法》第五十三条、第六十七条",
        ),
        c(
          "过期变质食品清理",
          "定期检查库存食品，及时清理变质或者超过保质期的食品",
          "《中华人民共和国食品安全法》第五十四条",
          "onsite",
        ),
        c(
          "明码标价",
          "商品明码标价，标明品名、价格和计价单位，不得价外加价",
          "《中华人民共和国价格法》第十三条",
          "onsite",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
      task("swj", "商务执法", [
        c(
          "单用途商业预付卡",
          "发行单用途商业预付卡的企业依规备案，预收资金存管和业务信息报送符合规定",
          "《单用途商业预付卡管理办法（试行）》",
          "documents",
        ),
        c(
          "零售商促销行为",
          "促销活动明示促销内容、期限和规则，不得虚构原价或者进行误导性宣传",
          "《零售商促销行为管理办法》",
        ),
      ]),
    ],
    tiers: tiersOf(0.05, 0.1, 0.3),
    method: ["onsite", "documents"],
  },
  {
    id: "SM-02",
    category: "商贸流通",
    scene: "加油站",
    status: "published",
    batch: 2,
    approvedOn: "2025-08-26",
    publishedOn: "2025-09-05",
    lead: "yjglj",
    joint: ["xfjy", "scjgj"],
    tasks: [
      task("yjglj", "安全生产", [
        c(
          "危险化学品经营许可",
          "持有效危险化学品经营许可证，经营品种和范围与许可一致",
          "《危险化学品安全管理条例》第三十三条",
          "documents",
        ),
        c(
          "安全生产责任制和教育培训",
          "建立健全全员安全生产责任制；从业人员经安全生产教育和培训合格后上岗",
          "《中华人民共和国安全生产法》第二十一条、第二十八条",
        ),
        c(
          "卸油、加油作业安全",
          "卸油作业有专人监护，油气回收和静电接地设施完好有效",
          "《汽车加油加气加氢站技术标准》（GB 50156）",
          "onsite",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.fire]),
      task("scjgj", "计量", [
        c(
          "加油机强制检定",
          "用于贸易结算的燃油加油机经强制检定合格并在检定有效期内",
          "《中华人民共和国计量法》第九条",
          "onsite",
        ),
        c(
          "加油机计量监督",
          "加油机铅封完好，不得改动、破坏计量器具准确度或者利用计量器具作弊",
          "《加油站计量监督管理办法》",
          "onsite",
        ),
      ]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.5),
    method: ["onsite", "documents"],
  },
  {
    id: "SC-01",
    category: "市场",
    scene: "农贸市场",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "scjgj",
    joint: ["xfjy", "nyncj"],
    tasks: [
      task("scjgj", "食品安全", [
        c(
          "市场开办者食品安全管理责任",
          "审查入场食品经营者的许可证，明确其食品安全管理责任，定期检查经营环境和条件",
          "《中华人民共和国食品安全法》第六十一条",
          "documents",
        ),
        c(
          "食用农产品入场查验和快速检测",
          "查验入场食用农产品的产地证明或者购货凭证、合格证明，开展抽样检验或者快速检测",
          "《食用农产品市场销售质量安全监督管理办法》",
        ),
        c(
          "公平秤和在用计量器具",
          "设置公平秤，市场内在用电子计价秤经检定合格",
          "《集贸市场计量监督管理办法》",
          "onsite",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
      task("nyncj", "农产品质量安全", [
        c(
          "承诺达标合格证",
          "进场销售的食用农产品附具承诺达标合格证或者其他质量合格凭证",
          "《中华人民共和国农产品质量安全法》第三十九条",
          "onsite",
        ),
        c("农药残留", "不得销售农药、兽药残留等不符合农产品质量安全标准的农产品", "《中华人民共和国农产品质量安全法》"),
      ]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.5),
    method: ["onsite", "documents"],
  },
  {
    id: "SC-02",
    category: "市场",
    scene: "果品交易市场",
    status: "published",
    batch: 2,
    approvedOn: "2025-08-26",
    publishedOn: "2025-09-05",
    lead: "scjgj",
    joint: ["nyncj", "xfjy"],
    tasks: [
      task("scjgj", "食品安全", [
        c(
          "批发市场开办者责任",
          "审查入场经营者资质，配备检验设备和检验人员或者委托检验机构，对进场果品抽样检验",
          "《中华人民共和国食品安全法》第六十一条、第六十四条",
        ),
        c(
          "公平秤和计量器具",
          "设置公平秤，交易用衡器经检定合格，收购过秤公开透明",
          "《集贸市场计量监督管理办法》",
          "onsite",
        ),
      ]),
      task("nyncj", "农产品质量安全", [
        c(
          "承诺达标合格证和购销记录",
          "进场果品附具承诺达标合格证，市场建立进场果品购销记录",
          "《中华人民共和国农产品质量安全法》第三十九条",
          "documents",
        ),
        c(
          "保鲜剂、防腐剂使用",
          "果品贮存、运输中使用的保鲜剂、防腐剂等符合国家强制性标准",
          "《中华人民共和国农产品质量安全法》",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
    ],
    tiers: tiersOf(0.1, 0.15, 0.4),
    method: ["onsite", "documents"],
  },
  {
    id: "GY-01",
    category: "工业企业",
    scene: "危险化学品企业",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "yjglj",
    joint: ["xfjy", "sthj"],
    tasks: [
      task("yjglj", "安全生产", [
        c(
          "安全许可和重大危险源管理",
          "依法取得安全生产许可或者危险化学品经营许可；重大危险源登记建档，定期检测、评估、监控",
          "《中华人民共和国安全生产法》第四十条",
          "documents",
        ),
        c(
          "安全风险分级管控和隐患排查治理",
          "构建安全风险分级管控和隐患排查治理双重预防机制，如实记录隐患排查治理情况",
          "《中华人民共和国安全生产法》第四十一条",
        ),
        c(
          "特种作业人员持证上岗",
          "特种作业人员经专门的安全作业培训，取得相应资格后上岗作业",
          "《中华人民共和国安全生产法》第三十条",
          "documents",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.flammable]),
      task("sthj", "生态环境", [
        c(
          "排污许可和污染物排放",
          "按照排污许可证要求排放污染物，落实自行监测并公开监测信息",
          "《中华人民共和国环境保护法》第四十五条",
        ),
        c(
          "危险废物贮存和转移",
          "危险废物分类贮存并设置识别标志，依法转移并执行转移联单制度",
          "《中华人民共和国固体废物污染环境防治法》",
          "onsite",
        ),
        c(
          "突发环境事件应急预案",
          "制定突发环境事件应急预案并备案，定期开展应急演练",
          "《中华人民共和国环境保护法》第四十七条",
          "documents",
        ),
      ]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.5),
    method: ["onsite", "documents"],
  },
  {
    id: "GY-02",
    category: "工业企业",
    scene: "一般工贸企业",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "yjglj",
    joint: ["sthj", "xfjy"],
    tasks: [
      task("yjglj", "安全生产", [
        c(
          "安全生产责任制",
          "主要负责人建立健全并落实全员安全生产责任制，组织制定安全生产规章制度和操作规程",
          "《中华人民共和国安全生产法》第二十一条",
          "documents",
        ),
        c(
          "安全生产教育和培训",
          "对从业人员进行安全生产教育和培训，建立培训档案",
          "《中华人民共和国安全生产法》第二十八条",
          "documents",
        ),
        c(
          "有限空间作业",
          "涉及有限空间作业的企业建立专项安全管理制度，作业前检测、审批并专人监护",
          "《工贸企业有限空间作业安全规定》",
          "onsite",
        ),
      ]),
      task("sthj", "生态环境", [
        c(
          "环境影响评价和“三同时”",
          "建设项目依法进行环境影响评价，防治污染设施与主体工程同时设计、同时施工、同时投产使用",
          "《中华人民共和国环境保护法》第十九条、第四十一条",
          "documents",
        ),
        c(
          "污染物排放",
          "采取措施防治生产中产生的废气、废水、噪声等对环境的污染和危害",
          "《中华人民共和国环境保护法》第四十二条",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
    ],
    tiers: tiersOf(0.05, 0.15, 0.4),
    method: ["onsite", "documents"],
  },
  {
    id: "NY-01",
    category: "农业企业",
    scene: "果品冷链仓储企业",
    status: "published",
    batch: 2,
    approvedOn: "2025-08-26",
    publishedOn: "2025-09-05",
    lead: "nyncj",
    joint: ["yjglj", "xfjy", "scjgj"],
    tasks: [
      task("nyncj", "农产品质量安全", [
        c(
          "果品贮存保鲜",
          "贮存使用的保鲜剂、防腐剂、添加剂等符合国家强制性标准，建立出入库和贮存记录",
          "《中华人民共和国农产品质量安全法》",
        ),
        c(
          "承诺达标合格证和质量追溯",
          "出库销售的果品开具承诺达标合格证，建立农产品生产经营记录",
          "《中华人民共和国农产品质量安全法》第三十九条",
          "documents",
        ),
      ]),
      task("yjglj", "安全生产", [
        c(
          "涉氨制冷安全",
          "液氨制冷系统落实安全管理制度，设置氨气泄漏检测报警和应急处置设施",
          "《中华人民共和国安全生产法》第四十一条",
          "onsite",
        ),
        c(
          "气调库等有限空间作业",
          "气调库等有限空间作业前检测、审批并专人监护，配备防护和救援装备",
          "《工贸企业有限空间作业安全规定》",
          "onsite",
        ),
      ]),
      task("xfjy", "消防", [
        c(
          "冷库保温材料和电气线路防火",
          "库体保温材料燃烧性能符合要求，电气线路敷设规范，不得违规动火作业",
          "《中华人民共和国消防法》第二十一条",
          "onsite",
        ),
        FIRE.exits,
      ]),
      task("scjgj", "特种设备", [
        c(
          "压力容器和压力管道",
          "制冷系统压力容器、压力管道办理使用登记，并在检验合格有效期届满前申请定期检验",
          "《中华人民共和国特种设备安全法》第三十三条、第四十条",
          "documents",
        ),
        c(
          "场（厂）内专用机动车辆",
          "叉车办理使用登记，作业人员取得相应资格后上岗",
          "《中华人民共和国特种设备安全法》第十四条",
          "onsite",
        ),
      ]),
    ],
    tiers: tiersOf(0.1, 0.15, 0.4),
    method: ["onsite", "documents"],
  },
  {
    id: "NY-02",
    category: "农业企业",
    scene: "农资经营单位",
    status: "published",
    batch: 2,
    approvedOn: "2025-08-26",
    publishedOn: "2025-09-05",
    lead: "nyncj",
    joint: ["scjgj"],
    tasks: [
      task("nyncj", "农资", [
        c(
          "农药经营许可",
          "取得农药经营许可证；限制使用农药专柜销售并实名购买",
          "《农药管理条例》第二十四条",
          "documents",
        ),
        c(
          "农药采购和销售台账",
          "建立农药采购、销售台账，如实记录并保存2年以上",
          "《农药管理条例》第二十五条、第二十六条",
          "documents",
        ),
        c("种子经营", "种子经营者建立经营档案，不得销售假、劣种子", "《中华人民共和国种子法》"),
      ]),
      task("scjgj", undefined, [
        c(
          "化肥产品质量",
          "销售的化肥标识齐全，不得掺杂、掺假，以假充真、以次充好",
          "《中华人民共和国产品质量法》第三十九条",
          "onsite",
        ),
        c("亮照经营", "营业执照置于显著位置，经营范围与登记一致", "《中华人民共和国市场主体登记管理条例》", "onsite"),
      ]),
    ],
    tiers: tiersOf(0.05, 0.1, 0.3),
    method: ["onsite", "documents"],
  },
  {
    id: "JZ-01",
    category: "建筑业",
    scene: "建筑施工企业",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "zjj",
    joint: ["xfjy", "sthj"],
    tasks: [
      task("zjj", "建设工程", [
        c(
          "安全生产管理机构和人员",
          "设立安全生产管理机构，配备专职安全生产管理人员",
          "《建设工程安全生产管理条例》第二十三条",
          "documents",
        ),
        c(
          "施工起重机械",
          "施工起重机械使用前组织验收，特种作业人员持证上岗",
          "《建设工程安全生产管理条例》第三十五条",
          "onsite",
        ),
        c(
          "危险性较大的分部分项工程",
          "危大工程编制专项施工方案，超过一定规模的组织专家论证",
          "《危险性较大的分部分项工程安全管理规定》",
          "documents",
        ),
      ]),
      task("xfjy", "消防", [
        c(
          "施工现场消防安全",
          "施工现场设置临时消防设施和消防车通道，动火作业办理审批",
          "《建设工程施工现场消防安全技术规范》（GB 50720）",
          "onsite",
        ),
        FIRE.duty,
      ]),
      task("sthj", "生态环境", [
        c(
          "施工扬尘污染防治",
          "施工工地设置硬质围挡，采取覆盖、分段作业、洒水抑尘、冲洗地面和车辆等防尘降尘措施",
          "《中华人民共和国大气污染防治法》第六十九条",
          "onsite",
        ),
        c("施工噪声", "夜间施工依法取得证明并公告附近居民", "《中华人民共和国噪声污染防治法》"),
      ]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.5),
    method: ["onsite", "documents"],
  },
  {
    id: "JT-01",
    category: "交通运输",
    scene: "道路货物运输企业",
    status: "published",
    batch: 2,
    approvedOn: "2025-08-26",
    publishedOn: "2025-09-05",
    lead: "jtysj",
    joint: ["gaj"],
    tasks: [
      task("jtysj", "道路运输", [
        c(
          "经营许可和道路运输证",
          "持有效道路运输经营许可证，营运车辆持有效道路运输证并按期年审",
          "《中华人民共和国道路运输条例》",
          "documents",
        ),
        c(
          "驾驶员从业资格",
          "驾驶人员取得相应的从业资格证，建立驾驶员安全教育档案",
          "《中华人民共和国道路运输条例》",
          "documents",
        ),
        c(
          "车辆动态监控",
          "重型载货汽车和半挂牵引车安装卫星定位装置并有效监控",
          "《道路运输车辆动态监督管理办法》",
          "remote",
        ),
      ]),
      task("gaj", "道路交通管理", [
        c(
          "交通违法和事故处理",
          "督促所属车辆及时处理交通违法和事故，消除安全隐患",
          "《中华人民共和国道路交通安全法》",
          "remote",
        ),
        c("超限超载", "货运车辆装载符合核定的载质量，严禁超载", "《中华人民共和国道路交通安全法》第四十八条"),
      ]),
    ],
    tiers: tiersOf(0.05, 0.15, 0.4),
    method: ["onsite", "documents", "remote"],
  },
  {
    id: "FD-01",
    category: "房地产业",
    scene: "房地产开发企业",
    status: "published",
    batch: 2,
    approvedOn: "2025-08-26",
    publishedOn: "2025-09-05",
    lead: "zjj",
    joint: ["zrzyj", "scjgj"],
    tasks: [
      task("zjj", "房地产市场", [
        c(
          "商品房预售",
          "取得商品房预售许可证后方可预售，预售资金纳入监管账户",
          "《中华人民共和国城市房地产管理法》第四十五条",
          "documents",
        ),
        c(
          "开发企业资质",
          "取得房地产开发企业资质证书，在资质等级范围内承担开发项目",
          "《房地产开发企业资质管理规定》",
          "documents",
        ),
      ]),
      task("zrzyj", "自然资源", [
        c(
          "土地出让合同履约",
          "按照国有建设用地使用权出让合同约定的用途和期限开工、竣工，不得闲置土地",
          "《闲置土地处置办法》",
          "documents",
        ),
        c(
          "规划条件",
          "按照规划条件和规划许可进行建设，不得擅自变更容积率等指标",
          "《中华人民共和国城乡规划法》第四十三条",
        ),
      ]),
      task("scjgj", undefined, [
        c("房地产广告", "房地产广告不得含有升值或者投资回报承诺等内容", "《房地产广告发布规定》", "documents"),
        c(
          "合同格式条款",
          "商品房买卖合同不得以格式条款排除或者限制消费者权利",
          "《中华人民共和国消费者权益保护法》第二十六条",
          "documents",
        ),
      ]),
    ],
    tiers: tiersOf(0.1, 0.15, 0.4),
    method: ["onsite", "documents"],
  },
  {
    id: "WH-01",
    category: "文化场所",
    scene: "娱乐场所",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "whlyj",
    joint: ["gaj", "xfjy"],
    tasks: [
      task("whlyj", "文化市场", [
        c("娱乐经营许可", "取得娱乐经营许可证，经营项目与许可一致", "《娱乐场所管理条例》", "documents"),
        c(
          "未成年人保护",
          "歌舞娱乐场所不得接纳未成年人，在显著位置设置未成年人禁入标志",
          "《娱乐场所管理条例》第二十三条；《中华人民共和国未成年人保护法》第五十八条",
          "onsite",
        ),
      ]),
      task("gaj", "治安管理", [
        c("监控和从业人员登记", "安装闭路电视监控设备并按规定保存录像资料，建立从业人员名簿", "《娱乐场所管理条例》"),
        c(
          "禁毒禁赌禁黄",
          "场所内不得发生涉毒、涉赌、涉黄行为，发现违法犯罪行为及时报告",
          "《娱乐场所管理条例》第十四条",
          "onsite",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.5),
    method: ["onsite", "documents"],
  },
  {
    id: "WH-02",
    category: "文化场所",
    scene: "上网服务营业场所",
    status: "published",
    batch: 2,
    approvedOn: "2025-08-26",
    publishedOn: "2025-09-05",
    lead: "whlyj",
    joint: ["xfjy", "gaj"],
    tasks: [
      task("whlyj", "文化市场", [
        c(
          "未成年人禁入",
          "不得接纳未成年人进入营业场所，在入口处显著位置悬挂未成年人禁入标志",
          "《互联网上网服务营业场所管理条例》第二十一条",
          "onsite",
        ),
        c(
          "上网消费者身份核对登记",
          "对上网消费者的身份证等有效证件进行核对、登记，并记录有关上网信息",
          "《互联网上网服务营业场所管理条例》第二十三条",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
      task("gaj", "治安管理", [
        c(
          "网络安全技术措施",
          "落实网络安全技术措施，上网日志等信息按规定留存",
          "《互联网上网服务营业场所管理条例》",
          "remote",
        ),
        c(
          "实名登记系统运行",
          "实名登记系统正常运行，不得擅自停止实施安全技术措施",
          "《互联网上网服务营业场所管理条例》",
          "onsite",
        ),
      ]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.5),
    method: ["onsite", "documents", "remote"],
  },
  {
    id: "SZ-01",
    category: "市政公用",
    scene: "城镇燃气经营企业",
    status: "published",
    batch: 2,
    approvedOn: "2025-08-26",
    publishedOn: "2025-09-05",
    lead: "zjj",
    joint: ["xfjy", "scjgj"],
    tasks: [
      task("zjj", "城镇燃气", [
        c(
          "燃气经营许可",
          "取得燃气经营许可证，在许可范围内从事燃气经营活动",
          "《城镇燃气管理条例》第十五条",
          "documents",
        ),
        c(
          "燃气设施巡查和用户安全检查",
          "定期对燃气设施进行巡查、检测、维修，按规定开展入户安全检查",
          "《城镇燃气管理条例》",
        ),
      ]),
      task("xfjy", "消防", [FIRE.flammable, FIRE.duty]),
      task("scjgj", "特种设备", [
        c(
          "气瓶充装许可",
          "取得气瓶充装许可，充装前后对气瓶进行检查并记录",
          "《中华人民共和国特种设备安全法》第四十九条",
          "onsite",
        ),
        c(
          "特种设备定期检验",
          "储罐、压力管道等在检验合格有效期届满前申请定期检验",
          "《中华人民共和国特种设备安全法》第四十条",
          "documents",
        ),
      ]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.5),
    method: ["onsite", "documents"],
  },
  {
    id: "JD-01",
    category: "酒店宾馆",
    scene: "旅馆",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "gaj",
    joint: ["wjj", "xfjy"],
    tasks: [
      task("gaj", "治安管理", [
        c("旅客住宿登记", "接待旅客住宿查验身份证件，按规定项目如实登记并上传", "《旅馆业治安管理办法》第六条"),
        c(
          "旅客财物保管",
          "设置旅客财物保管箱、柜或者保管室，建立登记、领取和交接制度",
          "《旅馆业治安管理办法》第七条",
          "onsite",
        ),
      ]),
      task("wjj", "卫生监督", [
        c(
          "公共场所卫生许可和从业人员健康",
          "取得公共场所卫生许可证，直接为顾客服务的从业人员取得健康合格证明",
          "《公共场所卫生管理条例》第七条、第八条",
          "documents",
        ),
        c(
          "客用物品清洗消毒",
          "床上用品、毛巾、杯具等客用物品一客一换一消毒",
          "《公共场所卫生管理条例实施细则》",
          "onsite",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
    ],
    tiers: tiersOf(0.05, 0.15, 0.4),
    method: ["onsite", "documents"],
  },
  {
    id: "XX-01",
    category: "学校",
    scene: "中小学校和幼儿园",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "jykjj",
    joint: ["scjgj", "xfjy", "wjj"],
    tasks: [
      task("jykjj", undefined, [
        c(
          "校园安全管理",
          "建立安全工作责任制，开展安全教育和应急疏散演练",
          "《中小学幼儿园安全管理办法》",
          "documents",
        ),
        c(
          "集中用餐陪餐制度",
          "学校相关负责人每餐陪餐并做好记录",
          "《学校食品安全与营养健康管理规定》第九条",
          "documents",
        ),
      ]),
      task("scjgj", "食品安全", [
        c(
          "学校食堂许可和原料控制",
          "学校食堂取得食品经营许可，落实原料进货查验和索证索票制度",
          "《中华人民共和国食品安全法》第五十七条",
        ),
        c("食品留样", "每餐次食品成品留样不少于125克，保存48小时以上", "《学校食品安全与营养健康管理规定》", "onsite"),
      ]),
      task("xfjy", "消防", [FIRE.exits, FIRE.duty]),
      task("wjj", "卫生监督", [
        c("传染病防控", "落实晨午检、因病缺勤追踪登记等传染病防控制度", "《中华人民共和国传染病防治法》", "documents"),
        c("生活饮用水卫生", "自备水源和二次供水设施卫生安全，定期检测水质", "《生活饮用水卫生监督管理办法》"),
      ]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.4),
    method: ["onsite", "documents"],
  },
  {
    id: "YY-01",
    category: "医院",
    scene: "医疗机构",
    status: "published",
    batch: 1,
    approvedOn: "2025-03-18",
    publishedOn: "2025-03-25",
    lead: "wjj",
    joint: ["scjgj", "sthj", "xfjy"],
    tasks: [
      task("wjj", "卫生监督", [
        c(
          "医疗机构执业许可",
          "取得《医疗机构执业许可证》或者依法备案，按照核准的诊疗科目执业",
          "《医疗机构管理条例》第二十四条",
          "documents",
        ),
        c("医务人员执业资格", "医务人员具备相应执业资格并依法注册", "《中华人民共和国医师法》", "documents"),
        c("医院感染管理", "落实消毒隔离和医院感染防控制度", "《医院感染管理办法》", "onsite"),
      ]),
      task("scjgj", "药品医疗器械", [
        c("药品购进和储存", "从合法渠道购进药品，建立并执行进货检查验收制度", "《中华人民共和国药品管理法》第七十条"),
        c(
          "医疗器械使用",
          "建立医疗器械使用前质量检查制度，不得使用过期、失效、淘汰的医疗器械",
          "《医疗器械监督管理条例》",
          "onsite",
        ),
      ]),
      task("sthj", "生态环境", [
        c("医疗废水", "医疗废水经处理达标后排放，处理设施正常运行", "《中华人民共和国水污染防治法》", "onsite"),
        c(
          "医疗废物贮存和转移",
          "医疗废物分类收集、暂时贮存，交由持有经营许可证的单位集中处置并执行转移联单",
          "《医疗废物管理条例》",
        ),
      ]),
      task("xfjy", "消防", [FIRE.duty, FIRE.exits]),
    ],
    tiers: tiersOf(0.1, 0.2, 0.4),
    method: ["onsite", "documents"],
  },
  {
    id: "JT-02",
    category: "交通运输",
    scene: "机动车维修经营者",
    status: "proposed",
    lead: "jtysj",
    joint: ["sthj"],
    tasks: [
      task("jtysj", "道路运输", [
        c("维修经营备案", "机动车维修经营者依法备案，公示维修项目和收费标准", "《机动车维修管理规定》", "documents"),
        c("维修质量保证", "建立维修档案，执行竣工出厂质量保证期制度", "《机动车维修管理规定》"),
      ]),
      task("sthj", "生态环境", [
        c("喷漆废气治理", "喷漆作业在密闭空间内进行并配套废气治理设施", "《中华人民共和国大气污染防治法》", "onsite"),
        c(
          "废机油等危险废物",
          "废机油、废铅蓄电池等危险废物分类贮存并交由有资质的单位处置",
          "《中华人民共和国固体废物污染环境防治法》",
        ),
      ]),
    ],
    tiers: tiersOf(0.05, 0.1, 0.3),
    method: ["onsite", "documents"],
  },
];
const itemById = new Map(ITEMS.map((i) => [i.id, i]));

function itemsForFile() {
  return ITEMS.map((item) => ({
    [COMMENT]:
      item.status === "published"
        ? `${item.category} / ${item.scene}（第${item.batch}批公布）`
        : `${item.category} / ${item.scene}（部门提出，尚未审定，不可抽取）`,
    ...item,
    tasks: item.tasks.map((t) => ({
      department: t.department,
      inspectors: t.inspectors,
      qualification: t.qualification,
      checks: t.checks.map((k) => ({ ...k })),
    })),
  }));
}

// ---------------------------------------------------------------------------------------------
// Objects (检查对象名录库)
// ---------------------------------------------------------------------------------------------
const W1 = [..."福聚嘉鑫金瑞祥宏荣百顺和德永泰恒佳同华兴润丰锦天盛众信晋汇康新东春昌裕安万欣乐鼎益惠晨青红双猗河"];
const W2 = [..."满香和源果丰祥达盛味心兴旺泰通美福泽世诚宁月升晖隆家运悦桥民光禾星友谷合川禧顺发园缘林阳华鑫"];
const word = (r) => {
  const a = r.pick(W1);
  let b = r.pick(W2);
  while (b === a) b = r.pick(W2);
  return a + b;
};
const VILLAGES = [
  "东关",
  "西关",
  "南街",
  "北街",
  "王庄",
  "李家庄",
  "张营",
  "刘村",
  "贾村",
  "史村",
  "薛家",
  "卫村",
  "杨家堡",
  "郭村",
  "孙庄",
  "新庄",
  "上庄",
  "下寨",
  "小张",
  "大李",
  "东孙",
  "西营",
  "南王",
  "北杜",
];
const SEAT_STREETS = [
  "建设路",
  "人民路",
  "解放路",
  "文化路",
  "府前街",
  "双塔路",
  "育才路",
  "商贸街",
  "新华街",
  "迎宾路",
  "学府路",
  "城东街",
  "城西街",
  "南环路",
  "北环路",
  "猗顿大道",
];
const TOWN_STREETS = ["中心街", "东街", "西街", "南街", "北街", "政府街", "商贸街", "新华路"];

/**
 * One entry per scene: weight (share of all objects), seat (factor on 猗氏镇), boost (factor per
 * township), codes ([registration-authority+type, weight, name templates]) and address style.
 * Templates: {w} shop word, {t} township, {v} village, {s} surname.
 */
const SCENES = [
  {
    item: "CY-01",
    weight: 22,
    seat: 1.6,
    street: true,
    codes: [
      [
        "92",
        0.85,
        [
          "临猗县{t}{w}餐饮店",
          "临猗县{w}面馆",
          "临猗县{t}{s}记小吃店",
          "临猗县{w}饭店",
          "临猗县{w}羊肉泡馍馆",
          "临猗县{t}{w}烧烤店",
          "临猗县{w}火锅店",
          "临猗县{w}饺子馆",
          "临猗县{t}{w}快餐店",
          "临猗县{w}蒸菜馆",
        ],
      ],
      ["91", 0.15, ["临猗县{w}餐饮有限公司", "临猗县{w}酒楼有限公司"]],
    ],
  },
  {
    item: "CY-02",
    weight: 0.6,
    seat: 3,
    rest: 0,
    street: true,
    codes: [["91", 1, ["临猗县{w}餐饮管理有限公司", "山西{w}团餐配送有限公司", "临猗县{w}学生营养餐配送有限公司"]]],
  },
  {
    item: "SM-01",
    weight: 15,
    seat: 1.5,
    street: true,
    codes: [
      ["92", 0.7, ["临猗县{t}{w}超市", "临猗县{w}便利店", "临猗县{t}{w}日用百货店"]],
      ["91", 0.3, ["临猗县{w}购物广场有限公司", "临猗县{w}商贸有限公司"]],
    ],
  },
  {
    item: "SM-02",
    weight: 1.5,
    seat: 0.8,
    street: false,
    codes: [["91", 1, ["临猗县{w}加油站有限公司", "山西{w}石化有限公司临猗{t}加油站"]]],
  },
  {
    item: "SC-01",
    weight: 2.5,
    seat: 1.2,
    street: true,
    codes: [
      ["91", 0.5, ["临猗县{t}{w}农贸市场有限公司"]],
      ["92", 0.5, ["临猗县{t}{w}农贸市场"]],
    ],
  },
  {
    item: "SC-02",
    weight: 3.5,
    seat: 0.4,
    street: false,
    boost: { beixin: 1.5, jiaobei: 1.5, sunji: 1.5 },
    codes: [
      ["93", 0.4, ["临猗县{t}{v}果品专业合作社", "临猗县{w}果品购销专业合作社"]],
      ["91", 0.6, ["临猗县{w}果品交易市场有限公司", "山西{w}果品批发市场有限公司"]],
    ],
  },
  {
    item: "GY-01",
    weight: 1.8,
    seat: 0.6,
    street: false,
    boost: { qiji: 2, sunji: 2 },
    codes: [
      [
        "91",
        1,
        ["山西{w}化工有限公司", "临猗县{w}气体有限公司", "临猗县{w}化工物资有限公司", "山西{w}精细化工有限公司"],
      ],
    ],
  },
  {
    item: "GY-02",
    weight: 8,
    seat: 0.8,
    street: false,
    boost: { qiji: 1.3, sunji: 1.3 },
    codes: [
      [
        "91",
        0.85,
        [
          "山西{w}果业有限公司",
          "临猗县{w}纸箱包装有限公司",
          "山西{w}浓缩果汁有限公司",
          "临猗县{w}机械制造有限公司",
          "临猗县{w}塑料制品有限公司",
          "山西{w}食品有限公司",
          "临猗县{w}新型建材有限公司",
        ],
      ],
      ["92", 0.15, ["临猗县{t}{w}彩印纸箱厂", "临猗县{t}{w}铝合金加工部"]],
    ],
  },
  {
    item: "NY-01",
    weight: 6,
    seat: 0.3,
    street: false,
    boost: { beixin: 3, jiaobei: 1.5, miaoshang: 1.5 },
    codes: [
      ["91", 0.45, ["山西{w}果业有限公司", "临猗县{w}冷链物流有限公司", "临猗县{w}果品冷藏有限公司"]],
      ["93", 0.35, ["临猗县{w}果业专业合作社", "临猗县{t}{v}果品专业合作社"]],
      ["92", 0.2, ["临猗县{t}{w}冷库", "临猗县{t}{v}{s}记果库"]],
    ],
  },
  {
    item: "NY-02",
    weight: 4.5,
    seat: 0.6,
    street: true,
    codes: [
      ["92", 0.75, ["临猗县{t}{w}农资门市部", "临猗县{t}{w}农资经销部", "临猗县{w}化肥农药店"]],
      ["91", 0.25, ["临猗县{w}农资有限公司", "山西{w}农业科技有限公司"]],
    ],
  },
  {
    item: "JZ-01",
    weight: 2.5,
    seat: 1.5,
    street: true,
    codes: [["91", 1, ["山西{w}建筑工程有限公司", "临猗县{w}建筑安装有限公司", "临猗县{w}建设工程有限公司"]]],
  },
  {
    item: "JT-01",
    weight: 3,
    seat: 1,
    street: false,
    codes: [
      [
        "91",
        1,
        ["临猗县{w}运输有限公司", "临猗县{w}物流有限公司", "山西{w}果品物流有限公司", "临猗县{w}汽车运输有限公司"],
      ],
    ],
  },
  {
    item: "FD-01",
    weight: 1.2,
    seat: 3,
    street: true,
    codes: [["91", 1, ["临猗县{w}房地产开发有限公司", "山西{w}置业有限公司"]]],
  },
  {
    item: "WH-01",
    weight: 1.5,
    seat: 2,
    street: true,
    codes: [
      ["92", 0.6, ["临猗县{w}KTV", "临猗县{t}{w}歌厅"]],
      ["91", 0.4, ["临猗县{w}娱乐有限公司", "临猗县{w}量贩式KTV有限公司"]],
    ],
  },
  {
    item: "WH-02",
    weight: 1.2,
    seat: 2,
    street: true,
    codes: [
      ["92", 0.7, ["临猗县{w}网吧", "临猗县{t}{w}网咖"]],
      ["91", 0.3, ["临猗县{w}网络科技有限公司"]],
    ],
  },
  {
    item: "SZ-01",
    weight: 0.6,
    seat: 1.2,
    street: false,
    codes: [["91", 1, ["临猗县{w}燃气有限公司", "临猗县{w}液化气有限公司", "山西{w}天然气有限公司临猗分公司"]]],
  },
  {
    item: "JD-01",
    weight: 3.5,
    seat: 2,
    street: true,
    codes: [
      ["92", 0.6, ["临猗县{w}宾馆", "临猗县{t}{w}旅馆", "临猗县{w}快捷酒店"]],
      ["91", 0.4, ["临猗县{w}大酒店有限公司", "临猗县{w}商务酒店有限公司"]],
    ],
  },
  {
    item: "XX-01",
    weight: 1.6,
    seat: 1.2,
    street: true,
    codes: [
      [
        "12",
        0.75,
        ["临猗县{t}{v}小学", "临猗县{t}初级中学", "临猗县{t}中心幼儿园", "临猗县{t}{v}幼儿园", "临猗县{t}中心校"],
      ],
      ["52", 0.25, ["临猗县{w}幼儿园", "临猗县{w}学校"]],
    ],
  },
  {
    item: "YY-01",
    weight: 1.6,
    seat: 1.5,
    street: true,
    codes: [
      ["12", 0.5, ["临猗县{t}卫生院", "临猗县{t}中心卫生院", "临猗县{t}{v}社区卫生服务站"]],
      ["52", 0.3, ["临猗{w}医院", "临猗县{w}中医医院"]],
      ["91", 0.2, ["临猗县{w}口腔门诊部有限公司", "临猗县{w}医院有限公司"]],
    ],
  },
];
for (const s of SCENES) {
  const item = itemById.get(s.item);
  s.category = item.category;
  s.scene = item.scene;
  s.codePairs = s.codes.map((x) => [x, x[1]]);
  s.townshipWeights = TOWNSHIPS.map((t) => [t, t.weight * (t.seat ? s.seat : (s.rest ?? 1)) * (s.boost?.[t.id] ?? 1)]);
}

/** Positions 9–17: a GB 11714 organisation code; new entities "MA…", older ones digits only. */
function orgCode(r, type) {
  let body;
  if (type === "12") body = `1${r.digits(7)}`;
  else if (type === "52") body = `5${r.digits(7)}`;
  else if (r.chance(type === "91" ? 0.3 : 0.1)) body = `${r.range(1, 7)}${r.digits(7)}`;
  else {
    body = "MA0";
    for (let i = 0; i < 5; i++) body += CREDIT_ALPHABET[r.int(CREDIT_ALPHABET.length)];
  }
  return body + orgCodeCheckChar(body);
}

const fill = (r, template, township, surname) =>
  template
    .replace("{t}", township.name)
    .replace("{v}", r.pick(VILLAGES))
    .replace("{s}", surname)
    .replace("{w}", word(r));
/** A second entity of the same name: a branch, a campus, a shop named after its village. */
function branchName(r, name, names) {
  for (let tries = 0; tries < 4; tries++) {
    const v = r.pick(VILLAGES);
    let candidate;
    if (/有限公司$/.test(name)) candidate = `${name}${v}分公司`;
    else if (/专业合作社$/.test(name)) candidate = name.replace(/专业合作社$/, `${v}专业合作社`);
    else if (/幼儿园$/.test(name)) candidate = `${name}（${v}园区）`;
    else if (/(学|校)$/.test(name)) candidate = `${name}（${v}校区）`;
    else if (/(医院|卫生院)$/.test(name)) candidate = `${name}（${v}分院）`;
    else candidate = `${name}（${v}店）`;
    if (!names.has(candidate)) return candidate;
  }
  let n = 2;
  while (names.has(`${name}（${n}）`)) n++;
  return `${name}（${n}）`;
}

function buildObjects() {
  const r = rng("objects");
  const scenePairs = SCENES.map((x) => [x, x.weight]);
  const objects = [];
  const codes = new Set();
  const names = new Map();
  for (let i = 0; i < N_OBJECTS; i++) {
    // The first objects cover every scene once, so that each published item has objects.
    const s = i < SCENES.length ? SCENES[i] : r.weighted(scenePairs);
    const township = r.weighted(s.townshipWeights);
    const [type, , templates] = r.weighted(s.codePairs);
    let first17;
    do first17 = `${type}140821${orgCode(r, type)}`;
    while (codes.has(first17));
    codes.add(first17);
    const id = first17 + creditCheckChar(first17);

    let name = "";
    for (let tries = 0; tries < 6; tries++) {
      name = fill(r, r.pick(templates), township, r.pick(SURNAMES));
      if (!names.has(name)) break;
    }
    if (names.has(name)) name = branchName(r, name, names);
    names.set(name, 1);

    let address;
    if (township.seat) address = `临猗县${township.name}${r.pick(SEAT_STREETS)}${r.range(1, 260)}号`;
    else if (s.street && r.chance(0.65)) address = `临猗县${township.name}${r.pick(TOWN_STREETS)}${r.range(1, 120)}号`;
    else
      address = `临猗县${township.name}${r.pick(VILLAGES)}村${r.chance(0.5) ? `${r.range(1, 12)}组` : r.pick(["东", "西", "南", "北"]) + "侧"}`;

    const coordinates = r.chance(0.7)
      ? {
          lat: Number((township.lat + (r.float() + r.float() - 1) * township.spread).toFixed(6)),
          lng: Number((township.lng + (r.float() + r.float() - 1) * township.spread * 1.2).toFixed(6)),
        }
      : undefined;
    const status = r.weighted([
      ["active", 90],
      ["suspended", 4],
      ["revoked", 2],
      ["closed", 4],
    ]);
    const creditGrade = r.weighted([
      ["A", 20],
      ["B", 55],
      ["C", 18],
      ["D", 7],
    ]);
    const complaints12m = r.weighted([
      [0, 60],
      [1, 18],
      [2, 10],
      [3, 6],
      [4, 4],
      [5, 2],
    ]);
    const concern = r.chance(0.08);
    let tier;
    if (r.chance(1 / 3)) {
      const ruled = ruleTier({ creditGrade, complaints12m, dailySupervisionConcern: concern });
      tier = r.chance(0.8) ? ruled : r.pick(["trusted", "general", "focus"].filter((t) => t !== ruled));
    }
    let contact;
    if (r.chance(0.4)) {
      contact = { name: personName(r) };
      if (r.chance(0.9)) contact.phone = phone(r);
      if (r.chance(0.2)) contact.idNumber = residentId(r);
    }
    objects.push({
      id,
      name,
      category: s.category,
      scene: s.scene,
      township: township.id,
      address,
      coordinates,
      status,
      creditGrade,
      complaints12m,
      dailySupervisionConcern: concern ? true : undefined,
      tier,
      contact,
    });
  }
  return objects;
}

// ---------------------------------------------------------------------------------------------
// Policy (as written in checkonce.yaml) and the tier rules
// ---------------------------------------------------------------------------------------------
const TIER_RULES = [
  { tier: "focus", creditGrades: ["D"] },
  { tier: "focus", minComplaints: 3 },
  { tier: "focus", dailySupervisionConcern: true },
  { tier: "trusted", creditGrades: ["A"], maxComplaints: 0 },
];
function ruleTier(o) {
  const complaints = o.complaints12m ?? 0;
  for (const rule of TIER_RULES) {
    if (rule.creditGrades && !rule.creditGrades.includes(o.creditGrade)) continue;
    if (rule.minComplaints !== undefined && complaints < rule.minComplaints) continue;
    if (rule.maxComplaints !== undefined && complaints > rule.maxComplaints) continue;
    if (
      rule.dailySupervisionConcern !== undefined &&
      (o.dailySupervisionConcern ?? false) !== rule.dailySupervisionConcern
    )
      continue;
    return rule.tier;
  }
  return "general";
}
const objectTier = (o) => o.tier ?? ruleTier(o);

const CONFIG_TEXT = `# yaml-language-server: $schema=./.checkonce/schemas/config.schema.json
# 工作区配置：临猗县“综合查一次”示例工作区（合成数据，由 examples/generate.mjs 生成）
county:
  name: 临猗县
  areaCode: "140821"
locale: zh
# 政策参数：以下均为缺省值，明确写出以便查阅
policy:
  # 同一对象同一年度抽查不超过2次（实施方案：原则上；超过须在工作方案中写明理由）
  yearlyCap: 2
  # 每个部门每次检查至少派出2名持证执法人员（行政处罚法第四十二条）
  minInspectorsPerDepartment: 2
  # 检查结束后10个工作日内各部门录入检查结果
  resultEntryWorkingDays: 10
  # 检查结果20个工作日内公示（企业信息公示暂行条例第六条）
  publishWorkingDays: 20
  # 每层（事项×监管等级）另抽候补对象3个
  reservesPerStratum: 3
  # 抽取数 = 比例 × 符合条件的对象数，向上取整
  rounding: up
  # 执法证到期前30天起预警
  certificateWarningDays: 30
  # 不符合下列任何规则的对象为一般监管对象
  defaultTier: general
  # 名录未写明监管等级时按顺序匹配，第一条条件全部成立的规则决定等级
  tierRules:
    # 信用等级为D的，列为重点监管对象
    - tier: focus
      creditGrades: [D]
    # 近12个月投诉举报3次及以上的，列为重点监管对象
    - tier: focus
      minComplaints: 3
    # 日常监督检查发现问题的，列为重点监管对象
    - tier: focus
      dailySupervisionConcern: true
    # 信用等级为A且近12个月无投诉举报的，列为信任对象
    - tier: trusted
      creditGrades: [A]
      maxComplaints: 0
# 文书：checkonce orders 生成的执法检查通知书、检查记录单等（电话均为虚构）
documents:
  # 通知书按 GB/T 9704-2012 党政机关公文格式排版；compact 为只在检查组内部使用的紧凑版式
  profile: gbt9704
  # 文书编号：机关代字〔年份〕轮次+三位序号，如 临市监综查〔2026〕1001号
  noticeNumber: "{code}综查〔{year}〕{round}{n:3}号"
  # 通知书加盖参与检查的各部门印章；改为 office 则加盖领导小组办公室印章
  seals: departments
  officeName: 临猗县“综合查一次”工作领导小组办公室
  # 县司法局行政执法监督电话
  supervisionPhone: "0359-1008110"
  # 牵头部门未单独写联系人时使用
  contact: { name: 卫某东, phone: "0359-1008111" }
  departments:
    scjgj:
      code: 临市监
      powers: 《中华人民共和国食品安全法》第一百一十条
      contact: { name: 郭某宁, phone: "0359-1004021" }
    yjglj:
      code: 临应急
      powers: 《中华人民共和国安全生产法》第六十五条
      contact: { name: 刘某军, phone: "0359-1004117" }
    sthj: { code: 运环临, powers: 《中华人民共和国环境保护法》第二十四条 }
    xfjy: { code: 临消, powers: 《中华人民共和国消防法》第五十三条 }
    wjj: { code: 临卫健 }
    jykjj: { code: 临教科 }
    zjj: { code: 临住建 }
    jtysj: { code: 临交运 }
    nyncj: { code: 临农 }
    whlyj: { code: 临文旅 }
    swj: { code: 临商 }
    gaj: { code: 临公 }
    zrzyj: { code: 临自然 }
`;

// ---------------------------------------------------------------------------------------------
// Plans and campaigns
// ---------------------------------------------------------------------------------------------
const FILED_ON = [
  "2026-01-12",
  "2026-01-14",
  "2026-01-16",
  "2026-01-19",
  "2026-01-20",
  "2026-01-22",
  "2026-01-23",
  "2026-01-26",
  "2026-01-28",
];
function buildAnnualPlans() {
  const leads = [];
  for (const item of ITEMS) if (item.status === "published" && !leads.includes(item.lead)) leads.push(item.lead);
  return leads.map((lead, i) => {
    const items = ITEMS.filter((it) => it.status === "published" && it.lead === lead);
    const copiedTo = [];
    for (const it of items) for (const j of it.joint) if (!copiedTo.includes(j)) copiedTo.push(j);
    const plan = {
      id: `2026-${lead}`,
      year: 2026,
      lead,
      items: items.map((it) => it.id),
      filedOn: FILED_ON[i % FILED_ON.length],
      copiedTo,
    };
    if (lead === "whlyj") {
      plan[COMMENT] = "暑期前加大对重点监管文化场所的检查力度：本年度重点监管对象比例调整为0.5";
      plan.tiers = { focus: { ratio: 0.5, frequency: 2 } };
    }
    return plan;
  });
}

const CAMPAIGN_DEFS = [
  {
    id: "2026-CY-01",
    name: "2026年第一轮餐饮服务单位“综合查一次”",
    plan: "2026-scjgj",
    round: 1,
    items: ["CY-01", "CY-02"],
    startDate: "2026-04-13",
    endDate: "2026-04-24",
    townships: ["yishi", "linjin", "meiyang"],
    routeNotes:
      "先城区后乡镇：第一周猗氏镇城区（按街道就近成组），第二周嵋阳镇、临晋镇；每日8:30在县市场监管局集合出发，下午汇总当日检查情况。",
    logistics:
      "县市场监管局统一调度执法车辆3台，配备执法记录仪和食品快检箱；各部门自带本部门执法文书和检查记录单；乡镇安排一名熟悉辖区情况的工作人员全程陪同。",
    linkage: true,
    objectsPerTeam: 5,
    withExclusion: true,
    withCapOverride: true,
  },
  {
    id: "2026-GY-01",
    name: "2026年工业企业安全生产“综合查一次”",
    plan: "2026-yjglj",
    round: 1,
    items: ["GY-01", "GY-02"],
    startDate: "2026-05-18",
    endDate: "2026-05-29",
    townships: ["qiji", "sunji"],
    routeNotes: "危险化学品企业优先，第一周七级镇、第二周孙吉镇；同一工业集中区内的企业安排在同一天检查。",
    logistics:
      "县应急局安排执法车辆2台、便携式气体检测仪和防护用品；进入生产区域须穿戴安全帽和防静电服；中午在所在乡镇就餐。",
    linkage: true,
    objectsPerTeam: 4,
  },
  {
    id: "2026-NY-01",
    name: "北辛乡果品冷库县乡联动“综合查一次”",
    plan: "2026-nyncj",
    round: 1,
    items: ["NY-01"],
    startDate: "2026-09-07",
    endDate: "2026-09-11",
    townships: ["beixin"],
    requestedBy: "beixin",
    routeNotes: "应北辛乡人民政府申请，在苹果入库前对辖区果品冷库集中检查；由北辛乡按村分片带路，先检查涉氨制冷冷库。",
    logistics: "县农业农村局协调车辆1台；北辛乡提供冷库名单和联系人；氨制冷冷库检查时配备防毒面具。",
    linkage: true,
    objectsPerTeam: 4,
  },
];

function campaignDepartments(def) {
  const out = [];
  for (const id of def.items) {
    const item = itemById.get(id);
    for (const d of [item.lead, ...item.joint]) if (!out.includes(d)) out.push(d);
  }
  return out;
}

function buildCampaigns(objects, upperIds) {
  const r = rng("campaigns");
  return CAMPAIGN_DEFS.map((def) => {
    const campaign = {
      id: def.id,
      name: def.name,
      plan: def.plan,
      round: def.round,
      items: def.items,
      startDate: def.startDate,
      endDate: def.endDate,
      departments: campaignDepartments(def),
      townships: def.townships,
      routeNotes: def.routeNotes,
      logistics: def.logistics,
      linkage: def.linkage,
      objectsPerTeam: def.objectsPerTeam,
      requestedBy: def.requestedBy,
    };
    const scope = objects.filter((o) => o.status === "active" && inScope(o, def) && !upperIds.has(o.id));
    if (def.withExclusion) {
      const candidates = scope.filter(
        (o) => o.township === def.townships[0] && o.scene === "餐饮服务单位" && objectTier(o) !== "focus",
      );
      if (candidates.length > 0)
        campaign.exclusions = [
          { object: r.pick(candidates).id, reason: "该店已申请停业装修，经牵头部门现场核实，本轮暂不检查" },
        ];
    }
    if (def.withCapOverride) {
      const excluded = new Set((campaign.exclusions ?? []).map((e) => e.object));
      const candidates = scope.filter((o) => objectTier(o) === "focus" && !excluded.has(o.id));
      if (candidates.length > 0)
        campaign.capOverrides = [
          { object: r.pick(candidates).id, reason: "近期群众投诉集中，经领导小组同意，本年度可超过2次抽查上限" },
        ];
    }
    return campaign;
  });
}
const inScope = (o, def) =>
  def.townships.includes(o.township) &&
  def.items.some((id) => itemById.get(id).scene === o.scene && itemById.get(id).category === o.category);

// ---------------------------------------------------------------------------------------------
// Upper-level inspected (上级已抽查)
// ---------------------------------------------------------------------------------------------
function buildUpperInspected(objects) {
  const r = rng("upper");
  const taken = new Set();
  const entries = [];
  const add = (pool, count, body, from, to, note) => {
    for (let k = 0; k < count; k++) {
      const candidates = pool.filter((o) => !taken.has(o.id));
      if (candidates.length === 0) return;
      const o = r.pick(candidates);
      taken.add(o.id);
      entries.push({ object: o.id, date: workday(randomDate(r, from, to)), body, note });
    }
  };
  const active = objects.filter((o) => o.status === "active");
  const of = (scene, townships) =>
    active.filter((o) => o.scene === scene && (!townships || townships.includes(o.township)));
  const cy = CAMPAIGN_DEFS[0].townships;
  const gy = CAMPAIGN_DEFS[1].townships;
  add(
    of("餐饮服务单位", cy),
    3,
    "ycscjgj",
    "2026-03-02",
    "2026-03-27",
    "运城市市场监督管理局2026年第一季度餐饮服务食品安全“双随机”抽查",
  );
  add(of("商场超市"), 1, "ycscjgj", "2026-03-02", "2026-03-27", "运城市市场监督管理局预包装食品销售专项抽查");
  add(
    of("危险化学品企业", gy),
    2,
    "sxyjglt",
    "2026-03-09",
    "2026-04-10",
    "山西省应急管理厅危险化学品企业安全生产执法检查",
  );
  add(of("一般工贸企业", gy), 2, "ycsthjj", "2026-02-24", "2026-04-03", "运城市生态环境局排污许可执法检查");
  if (entries.length < 5)
    add(active, 5 - entries.length, "ycscjgj", "2026-02-24", "2026-03-31", "运城市市场监督管理局“双随机”抽查");
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.object < b.object ? -1 : 1));
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Inspectors (执法检查人员名录库)
// ---------------------------------------------------------------------------------------------
const INSPECTOR_POOLS = {
  scjgj: {
    count: 24,
    quals: [
      ["食品安全", 0.75],
      ["特种设备", 0.4],
      ["计量", 0.25],
      ["药品医疗器械", 0.3],
    ],
  },
  yjglj: {
    count: 18,
    quals: [
      ["安全生产", 1],
      ["危险化学品", 0.4],
    ],
  },
  sthj: {
    count: 16,
    quals: [
      ["生态环境", 1],
      ["辐射安全", 0.2],
    ],
  },
  xfjy: { count: 18, quals: [["消防", 1]] },
  wjj: {
    count: 14,
    quals: [
      ["卫生监督", 1],
      ["传染病防治", 0.4],
    ],
  },
  jykjj: { count: 18, quals: [["教育执法", 1]] },
  zjj: {
    count: 15,
    quals: [
      ["建设工程", 0.7],
      ["城镇燃气", 0.4],
      ["房地产市场", 0.4],
    ],
  },
  jtysj: { count: 12, quals: [["道路运输", 1]] },
  nyncj: {
    count: 15,
    quals: [
      ["农产品质量安全", 0.75],
      ["农资", 0.6],
    ],
  },
  whlyj: { count: 12, quals: [["文化市场", 1]] },
  swj: { count: 12, quals: [["商务执法", 1]] },
  gaj: {
    count: 14,
    quals: [
      ["治安管理", 1],
      ["道路交通管理", 0.4],
    ],
  },
  zrzyj: { count: 12, quals: [["自然资源", 1]] },
};
const LEAVE_REASONS = [
  ["年休假", 5],
  ["病假", 2],
  ["事假", 2],
  ["参加省级执法培训", 2],
  ["产假", 0.4],
];
/** Campaign periods, so that township staff take their leave outside them. */
const QUIET_PERIODS = [
  ["2026-07-06", "2026-08-21"],
  ["2026-12-01", "2026-12-24"],
];

function buildInspectors(objects, campaigns) {
  // One stream per department, so that resizing one department leaves the others as they were.
  let r;
  const certSeq = new Map();
  const certificate = (validTo) => {
    const validFrom = addDays(`${Number(validTo.slice(0, 4)) - 5}${validTo.slice(4)}`, 1);
    const year = validFrom.slice(0, 4);
    const n = (certSeq.get(year) ?? 0) + 1;
    certSeq.set(year, n);
    return { number: `140821${year}${String(n).padStart(4, "0")}`, validFrom, validTo };
  };
  const validTo = (township) => {
    const x = r.float();
    if (!township && x < 0.05) return randomDate(r, "2025-03-01", "2026-02-27");
    if (!township && x < 0.08) return randomDate(r, "2026-03-01", "2026-03-31");
    if (!township && x < 0.11) return randomDate(r, "2026-04-01", "2026-12-31");
    return randomDate(r, "2027-01-01", "2029-12-31");
  };
  const leaveFor = (township) => {
    if (!r.chance(township ? 0.25 : 0.15)) return undefined;
    const periods = [];
    const halves = r.chance(0.2)
      ? [
          ["2026-01-05", "2026-06-01"],
          ["2026-07-01", "2026-11-30"],
        ]
      : [["2026-01-05", "2026-11-30"]];
    for (const [a, b] of halves) {
      let reason = r.weighted(LEAVE_REASONS);
      if (township && reason === "产假") reason = "年休假";
      const length = reason === "产假" ? 158 : reason === "年休假" ? r.range(5, 10) : r.range(2, 7);
      let from;
      if (township) {
        const [qa, qb] = QUIET_PERIODS[halves.length === 2 ? periods.length : r.int(QUIET_PERIODS.length)];
        from = randomDate(r, qa, addDays(qb, -length + 1));
      } else from = workday(randomDate(r, a, b));
      periods.push({ from, to: addDays(from, length - 1), reason });
    }
    return periods;
  };

  /** Objects a department may meet: those of the campaigns it takes part in. */
  const meets = (dept) => {
    const pool = objects.filter(
      (o) => o.status === "active" && campaigns.some((cm) => cm.departments.includes(dept) && inScope(o, cm)),
    );
    return pool.length > 0 ? pool : objects;
  };
  const recusalReasons = ["亲属关系：近亲属为该单位负责人", "曾在该单位任职", "亲属关系：配偶在该单位任职"];

  const byDepartment = new Map();
  for (const [dept, pool] of Object.entries(INSPECTOR_POOLS)) {
    r = rng(`inspectors/${dept}`);
    const list = [];
    const canMeet = meets(dept);
    for (let k = 1; k <= pool.count; k++) {
      const qualifications = pool.quals.filter(([, p]) => r.chance(p)).map(([q]) => q);
      if (qualifications.length === 0) qualifications.push(pool.quals[0][0]);
      const inspector = {
        id: `${dept}-${String(k).padStart(3, "0")}`,
        name: personName(r),
        department: dept,
        certificate: certificate(validTo(false)),
        qualifications,
        status: r.chance(0.04) ? "inactive" : "active",
        leave: leaveFor(false),
      };
      if (r.chance(0.05) && canMeet.length > 0)
        inspector.recusals = [{ object: r.pick(canMeet).id, reason: r.pick(recusalReasons) }];
      if (r.chance(0.5)) inspector.phone = phone(r);
      list.push(inspector);
    }
    byDepartment.set(dept, list);
  }
  for (const t of TOWNSHIPS) {
    r = rng(`inspectors/${t.id}`);
    const list = [];
    const count = t.seat ? 4 : r.chance(0.5) ? 4 : 3;
    const local = objects.filter((o) => o.township === t.id && o.status === "active");
    for (let k = 1; k <= count; k++) {
      const inspector = {
        id: `${t.id}-${String(k).padStart(2, "0")}`,
        name: personName(r),
        department: t.id,
        certificate: certificate(validTo(true)),
        qualifications: ["综合执法"],
        status: "active",
        leave: leaveFor(true),
      };
      if (r.chance(0.08) && local.length > 0)
        inspector.recusals = [{ object: r.pick(local).id, reason: r.pick(recusalReasons) }];
      if (r.chance(0.5)) inspector.phone = phone(r);
      list.push(inspector);
    }
    byDepartment.set(t.id, list);
  }
  return byDepartment;
}

// ---------------------------------------------------------------------------------------------
// Capacity estimate (the same arithmetic as `checkonce validate`'s campaign-capacity check):
// per item and tier, drawn = ceil(ratio × eligible) (in whole numbers); drawn objects spread over townships in
// proportion; teams = Σ over items and townships of ceil(expected / objectsPerTeam); every
// department of the campaign's tasks needs inspectors × teams.
// ---------------------------------------------------------------------------------------------
const TIERS = ["trusted", "general", "focus"];

// How many of a stratum's draws fall in one township (src/draw/spread.ts, the same arithmetic as
// validate's campaign-township-staff-risk): hypergeometric per stratum, summed over strata.
const logFactorials = [0];
const logFactorial = (n) => {
  for (let k = logFactorials.length; k <= n; k++) logFactorials.push(logFactorials[k - 1] + Math.log(k));
  return logFactorials[n];
};
const logChoose = (n, k) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);
function trimmed(lo, p) {
  let a = 0;
  let b = p.length - 1;
  while (a < b && p[a] < 1e-15) a++;
  while (b > a && p[b] < 1e-15) b--;
  return { lo: lo + a, p: p.slice(a, b + 1) };
}
function hypergeometric(population, among, drawn) {
  const lo = Math.max(0, drawn - (population - among));
  const base = logChoose(population, drawn);
  const p = [];
  for (let k = lo; k <= Math.min(drawn, among); k++)
    p.push(Math.exp(logChoose(among, k) + logChoose(population - among, drawn - k) - base));
  return trimmed(lo, p);
}
function sumOf(a, b) {
  const p = new Array(a.p.length + b.p.length - 1).fill(0);
  for (let i = 0; i < a.p.length; i++) for (let j = 0; j < b.p.length; j++) p[i + j] += a.p[i] * b.p[j];
  return trimmed(a.lo + b.lo, p);
}
function chanceAbove(d, limit) {
  let total = 0;
  for (let k = Math.max(0, limit + 1 - d.lo); k < d.p.length; k++) total += d.p[k];
  return total;
}
/** Staff enough for every seed but one in a million: one staff member joins each team of the township. */
function staffForEverySeed(spread, perTeam) {
  if (!spread) return 0;
  let staff = 0;
  while (chanceAbove(spread, staff * perTeam) >= 1e-6) staff++;
  return staff;
}

function inspectorAvailable(i, campaign, qualification) {
  if (i.status !== "active") return false;
  if (i.certificate.validFrom > campaign.startDate || i.certificate.validTo < campaign.endDate) return false;
  if ((i.leave ?? []).some((l) => overlaps(l.from, l.to, campaign.startDate, campaign.endDate))) return false;
  return qualification === undefined || (i.qualifications ?? []).includes(qualification);
}
function estimate(campaign, plan, objects, upperIds, inspectorsByDept) {
  const teamsByTownship = new Map();
  const need = new Map();
  const perItem = [];
  let teams = 0;
  const spreadByTownship = new Map();
  for (const id of campaign.items) {
    const item = itemById.get(id);
    const drawnByTownship = new Map();
    const strata = {};
    for (const tier of TIERS) {
      const ratio = plan.tiers?.[tier]?.ratio ?? item.tiers[tier].ratio;
      const eligible = objects.filter(
        (o) =>
          o.category === item.category &&
          o.scene === item.scene &&
          campaign.townships.includes(o.township) &&
          o.status === "active" &&
          !upperIds.has(o.id) &&
          objectTier(o) === tier,
      );
      // ceil(ratio × eligible) in whole numbers, as src/draw/sample-size.ts (ratios to 6 decimal
      // places): 0.07 × 100 is 7 objects, where floating point gave 7.000000000000001 and so 8.
      const scaled = Math.round(ratio * 1_000_000) * eligible.length;
      const drawn = Math.min(eligible.length, Math.floor(scaled / 1_000_000) + (scaled % 1_000_000 > 0 ? 1 : 0));
      strata[tier] = { eligible: eligible.length, drawn };
      const perTownship = new Map();
      for (const o of eligible) perTownship.set(o.township, (perTownship.get(o.township) ?? 0) + 1);
      for (const [t, n] of perTownship) {
        drawnByTownship.set(t, (drawnByTownship.get(t) ?? 0) + (drawn * n) / eligible.length);
        if (drawn > 0)
          spreadByTownship.set(
            t,
            sumOf(spreadByTownship.get(t) ?? { lo: 0, p: [1] }, hypergeometric(eligible.length, n, drawn)),
          );
      }
    }
    let itemTeams = 0;
    for (const [t, expected] of drawnByTownship) {
      const k = Math.ceil(expected / campaign.objectsPerTeam);
      itemTeams += k;
      teamsByTownship.set(t, (teamsByTownship.get(t) ?? 0) + k);
    }
    teams += itemTeams;
    perItem.push({ item: id, strata, teams: itemTeams });
    for (const t of item.tasks) {
      const current = need.get(t.department);
      if (!current || t.inspectors > current.perTeam)
        need.set(t.department, { perTeam: Math.max(t.inspectors, 2), qualification: t.qualification });
    }
  }
  const departments = [...need].map(([dept, { perTeam, qualification }]) => {
    const available = (inspectorsByDept.get(dept) ?? []).filter((i) =>
      inspectorAvailable(i, campaign, qualification),
    ).length;
    return { dept, qualification, needed: perTeam * teams, available };
  });
  const townships =
    campaign.linkage === false
      ? []
      : [...teamsByTownship].map(([t, k]) => ({
          township: t,
          needed: k,
          forEverySeed: staffForEverySeed(spreadByTownship.get(t), campaign.objectsPerTeam),
          available: (inspectorsByDept.get(t) ?? []).filter((i) => inspectorAvailable(i, campaign, undefined)).length,
        }));
  return { perItem, teams, departments, townships };
}

/** Adds fully available inspectors where a campaign would otherwise be short (large --objects runs). */
function topUp(campaigns, plans, objects, upperIds, inspectorsByDept) {
  const r = rng("top-up");
  const added = new Map();
  let serial = 0;
  for (const campaign of campaigns) {
    const plan = plans.find((p) => p.id === campaign.plan);
    const est = estimate(campaign, plan, objects, upperIds, inspectorsByDept);
    const wants = [
      ...est.departments.map((d) => ({
        dept: d.dept,
        qualification: d.qualification,
        target: d.needed + Math.max(2, Math.ceil(d.needed / 4)),
        available: d.available,
      })),
      // Actual draws per township scatter around the expectation: a margin once teams are many, and
      // staff for the teams of every seed but one in a million (a county that validates draws).
      ...est.townships.map((t) => ({
        dept: t.township,
        qualification: undefined,
        target: Math.max(t.needed + (t.needed >= 5 ? Math.ceil(t.needed / 4) : 0), t.forEverySeed),
        available: t.available,
      })),
    ];
    for (const w of wants) {
      if (w.available >= w.target) continue;
      const list = inspectorsByDept.get(w.dept);
      const township = townshipById.has(w.dept);
      for (let k = w.available; k < w.target; k++) {
        const n = list.length + 1;
        const qualifications = township ? ["综合执法"] : [w.qualification ?? INSPECTOR_POOLS[w.dept].quals[0][0]];
        list.push({
          id: `${w.dept}-${String(n).padStart(township ? 2 : 3, "0")}`,
          name: personName(r),
          department: w.dept,
          certificate: {
            number: `140821${2024}${String(5000 + ++serial).padStart(4, "0")}`,
            validFrom: "2024-07-01",
            validTo: "2029-06-30",
          },
          qualifications,
          status: "active",
        });
        added.set(w.dept, (added.get(w.dept) ?? 0) + 1);
      }
    }
  }
  return added;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------
const written = [];
function write(rel, text) {
  const abs = join(OUT, rel);
  mkdirSync(dirname(abs), { recursive: true });
  if (existsSync(abs)) unlinkSync(abs);
  writeFileSync(abs, text);
  written.push(rel);
}

function readme(objectCount, inspectorCount) {
  return `# 临猗县“综合查一次”示例工作区（2026年）

本文件夹是 checkonce 的一个完整示例工作区：临猗县（行政区划代码 140821）2026 年度的部门、事项清单和任务清单、检查对象名录库、执法检查人员名录库、年度工作计划和具体工作方案，以及上级已抽查名单。

**全部数据均为合成数据**，由 \`node examples/generate.mjs\` 按固定随机种子生成：单位名称、地址、统一社会信用代码、人名、电话、证件号均为虚构。人名一律为“姓 + 某 + 一字”（如 王某明）；电话一律以 100 开头，不是真实号码；统一社会信用代码和身份证号只保证校验位正确。请勿手工修改本文件夹中的文件，需要调整时修改生成脚本后重新生成：

\`\`\`sh
node examples/generate.mjs                      # 写入 examples/linyi-2026（${objectCount} 个对象、${inspectorCount} 名执法人员）
node examples/generate.mjs --objects 50000 --out ex50k --seed linyi-2026
\`\`\`

同样的参数总是生成逐字节相同的文件。

## 文件结构

| 文件 | 内容 |
| --- | --- |
| \`checkonce.yaml\` | 工作区配置：县名、区划代码、语言，以及写明缺省值的政策参数（年度抽查上限、每部门最少执法人员、录入和公示时限、等级规则等） |
| \`departments.yaml\` | 部门名录：县直部门（county）、14 个乡镇人民政府（township）、上级部门（upper），各有联络员和分管领导 |
| \`items.yaml\` | 事项清单与任务清单：13 个大类的已公布事项（牵头部门、联合部门、各部门检查内容和要求及法律依据、各等级比例和频次、检查方式），另有 1 个部门提出、尚未审定的事项 |
| \`objects/<乡镇编号>.yaml\` | 检查对象名录库，每个乡镇一个文件（超过 10 万个对象的乡镇分为 \`<乡镇编号>-1.yaml\`、\`-2.yaml\`…）；编号为统一社会信用代码 |
| \`inspectors/<部门编号>.yaml\` | 执法检查人员名录库，每个部门（含乡镇）一个文件：执法证、资质、在岗状态、请假、回避 |
| \`plans.yaml\` | 各牵头部门的年度工作计划（1月底前备案）和具体工作方案（餐饮、工业企业、乡镇申请的果品冷库联合检查） |
| \`upper-inspected.yaml\` | 上级部门本年度已抽查的对象，县级抽取时排除 |
| \`imports/\` | 县里实际收到的表格，供 \`checkonce import\` 练习：省平台导出的猗氏镇检查对象（XLSX，含标题行、平台自带的列和一个已被 Excel 转成数字的信用代码）、县市场监管局执法人员名录（Excel 在中文 Windows 上另存的 GBK 编码 CSV）以及导入列映射文件 \`mapping.yaml\` |
| \`draws/\` | 工作方案 2026-CY-01 的抽取（用演示种子，按 draw prepare、draw run 的步骤）：抽取记录、台账、输入快照 |
| \`results/2026-CY-01/<部门编号>.yaml\` | 各部门录入的检查结果，涵盖每一种处理结果，含一次更正和两次复查；有一个对象尚有一个部门未录入 |

每个 YAML 文件第一行指向 \`.checkonce/schemas/\` 中的 JSON Schema，供编辑器校验和补全（该文件夹由工具生成，不纳入版本库）。

---

# Example workspace: joint inspections in Linyi County, 2026

This folder is a complete checkonce workspace for 临猗县 (area code 140821), year 2026: departments, the item list with task lists, the object registry, the inspector registry, annual plans with campaigns, and the list of objects that upper-level bodies already inspected.

**All data is synthetic**, produced by \`node examples/generate.mjs\` from a fixed seed: names of businesses, addresses, unified social credit codes, people's names, phone numbers and ID numbers are made up. People's names always follow the pattern surname + 某 + one character; phone numbers start with 100 and are not real; credit codes and ID numbers merely have correct check characters. Never edit these files by hand: change the generator and regenerate. The same arguments always give byte-identical files.

## Layout

| File | Contents |
| --- | --- |
| \`checkonce.yaml\` | Workspace configuration: county, area code, locale, and the policy with its defaults written out |
| \`departments.yaml\` | County departments, the 14 township governments and upper-level bodies, each with liaison officer and leader |
| \`items.yaml\` | Published items in all 13 categories with their task lists, plus one proposed item |
| \`objects/<township>.yaml\` | Object registry, one file per township (a township of over 100,000 objects in parts, \`<township>-1.yaml\`, \`-2.yaml\`…); ids are unified social credit codes |
| \`inspectors/<department>.yaml\` | Inspector registry, one file per department (townships included) |
| \`plans.yaml\` | Annual plans of the lead departments and the campaigns |
| \`upper-inspected.yaml\` | Objects inspected by upper-level bodies this year, left out of county draws |
| \`imports/\` | Spreadsheets as a county receives them, for \`checkonce import\`: 猗氏镇's objects exported by the provincial platform (XLSX, with a title row, the platform's own columns and one credit code Excel already made a number), the market regulation bureau's roster (CSV saved by Excel on Chinese Windows, GBK), and a mapping file \`mapping.yaml\` |
| \`draws/\` | Campaign 2026-CY-01 drawn with the demonstration seed (draw prepare, then draw run): record, ledger, input snapshots |
| \`results/2026-CY-01/<department>.yaml\` | Each department's results, covering every outcome, with an amendment and two re-inspections; one object still lacks one department's result |

The first line of every YAML file points at the JSON Schema in \`.checkonce/schemas/\` for editor support (that folder is created by the tool and not committed).
`;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
const started = process.hrtime.bigint();
const departments = buildDepartments();
const objects = buildObjects();
const upper = buildUpperInspected(objects);
const upperIds = new Set(upper.map((u) => u.object));
const annualPlans = buildAnnualPlans();
const campaigns = buildCampaigns(objects, upperIds);
const inspectorsByDept = buildInspectors(objects, campaigns);
const added = topUp(campaigns, annualPlans, objects, upperIds, inspectorsByDept);

mkdirSync(OUT, { recursive: true });
write("checkonce.yaml", CONFIG_TEXT);
write(
  "departments.yaml",
  yamlFile("departments.yaml", "departments", "部门名录：县直部门、乡镇人民政府和上级部门（合成数据）", {
    departments,
  }),
);
write(
  "items.yaml",
  yamlFile(
    "items.yaml",
    "items",
    [
      "“综合查一次”事项清单与任务清单（合成数据）",
      "每个事项一个牵头部门；任务清单为牵头部门和每个联合部门各一项；只有已公布（published）的事项可以抽取",
    ],
    { items: itemsForFile() },
  ),
);
// A township's registry is one file up to FILE_OBJECTS objects (about 35 MiB); a larger one is split
// into parts, objects/<township>-1.yaml, -2.yaml…, as an office splits a registry that outgrows the
// tool's file size limit (64 MiB per file); every size up to 200,000 objects writes one file per township.
const FILE_OBJECTS = 100_000;
for (const t of TOWNSHIPS) {
  const list = objects.filter((o) => o.township === t.id);
  const parts = Math.max(1, Math.ceil(list.length / FILE_OBJECTS));
  for (let part = 0; part < parts; part++) {
    const rel = parts === 1 ? `objects/${t.id}.yaml` : `objects/${t.id}-${part + 1}.yaml`;
    const slice = parts === 1 ? list : list.slice(part * FILE_OBJECTS, (part + 1) * FILE_OBJECTS);
    const what = parts === 1 ? "" : `第 ${part + 1}/${parts} 部分，`;
    write(
      rel,
      yamlFile(rel, "objects", `检查对象名录库：${t.name}（${what}${slice.length} 个对象，合成数据）`, {
        objects: slice,
      }),
    );
  }
}
const deptName = new Map(
  [...COUNTY_DEPARTMENTS, ...TOWNSHIPS.map((t) => ({ id: t.id, name: `${t.name}人民政府` }))].map((d) => [
    d.id,
    d.name,
  ]),
);
let inspectorCount = 0;
for (const [dept, list] of inspectorsByDept) {
  inspectorCount += list.length;
  write(
    `inspectors/${dept}.yaml`,
    yamlFile(
      `inspectors/${dept}.yaml`,
      "inspectors",
      `执法检查人员名录库：${deptName.get(dept)}（${list.length} 人，合成数据）`,
      { inspectors: list },
    ),
  );
}
await buildImports({
  objects,
  inspectors: inspectorsByDept,
  townships: TOWNSHIPS,
  r: rng("imports"),
  creditCode: (r, type) => {
    const first17 = `${type}140821${orgCode(r, type)}`;
    return first17 + creditCheckChar(first17);
  },
  personName,
  phone,
  write,
});
write(
  "plans.yaml",
  yamlFile(
    "plans.yaml",
    "plans",
    ["年度工作计划（牵头部门1月底前报领导小组办公室备案，抄送联合部门）和具体工作方案（合成数据）"],
    { annualPlans, campaigns },
  ),
);
write(
  "upper-inspected.yaml",
  yamlFile("upper-inspected.yaml", "upper-inspected", "上级部门本年度已抽查的对象，县级抽取时予以排除（合成数据）", {
    upperInspected: upper,
  }),
);
write("README.md", readme(N_OBJECTS, inspectorCount));
const elapsed = Number(process.hrtime.bigint() - started) / 1e6;

// Files in the registry folders that this run did not write would be read as part of the registry.
for (const folder of ["objects", "inspectors"]) {
  const dir = join(OUT, folder);
  for (const name of readdirSync(dir)) {
    if (/\.ya?ml$/.test(name) && !written.includes(`${folder}/${name}`))
      console.error(`warning: ${folder}/${name} was not written by this run and is still there`);
  }
}

// ---------------------------------------------------------------------------------------------
// The draw of 2026-CY-01 and its results, through the tool itself (dist/): the ceremony of the
// README (draw prepare, draw run with the demonstration seed), then every department's results,
// covering every outcome, an amendment, re-inspections (one rectified, one not), a refusal to
// sign, and one object whose results are not all in. Ledger times come from a counter, never
// the clock, so that the same arguments give the same bytes.
// ---------------------------------------------------------------------------------------------
if (WITH_RESULTS) await drawAndEnterResults();

async function drawAndEnterResults() {
  const dist = (p) => import(pathToFileURL(join(root, "dist", p)).href);
  if (!existsSync(join(root, "dist", "results", "write-results.js"))) {
    console.error(
      "examples/generate.mjs: the results need the built tool; run `npm run build` first (npm run gen:example does).",
    );
    process.exit(2);
  }
  const { openWorkspace } = await dist("workspace/open-workspace.js");
  const { prepareDraw } = await dist("ledger/commit-population.js");
  const { runDraw } = await dist("ledger/enter-draw.js");
  const { loadResultsModel } = await dist("results/load-results.js");
  const { planResults, planReinspection, writeResults } = await dist("results/write-results.js");
  for (const dir of ["draws", "results", "publish", "credit", ".checkonce"])
    rmSync(join(OUT, dir), { recursive: true, force: true });
  let tick = 0;
  // 2026-04-10 09:00 China time and on, one minute per ledger line.
  const clock = (day) => () => `${day}T01:${String(tick++ % 60).padStart(2, "0")}:00.000Z`;
  const open = (today) => openWorkspace({ workspace: OUT, cwd: OUT, cache: false, today });
  const campaign = "2026-CY-01";
  const seed = [
    { label: "县市场监管局", digits: "83920174651" },
    { label: "县应急管理局", digits: "5538201947" },
  ];
  prepareDraw(open("2026-04-10"), campaign, clock("2026-04-10"));
  runDraw(open("2026-04-10"), campaign, {
    seed,
    oneGo: false,
    redraw: false,
    reason: undefined,
    lang: "zh",
    now: clock("2026-04-10"),
  });

  const r = rng("results");
  const ws = open("2026-04-30").workspace;
  const model = loadResultsModel(ws);
  const drawn = [...model.campaigns.find((c) => c.campaign === campaign).draw.objects.values()];
  const day = (i) =>
    ["2026-04-14", "2026-04-15", "2026-04-16", "2026-04-17", "2026-04-20", "2026-04-21", "2026-04-22"][i % 7];
  const recorder = () => `ZFJLY-${r.digits(4)}`;
  // One story per object, in team order: what each of its departments found.
  const stories = [
    () => ({}),
    (lead) =>
      lead
        ? {
            outcome: "rectification-ordered",
            deadline: "2026-05-08",
            findings: "后厨未设置防鼠、防蝇设施，食品原料与杂物混放。",
          }
        : {},
    (_lead, k) => (k === 1 ? { outcome: "rectified-on-site", findings: "安全出口处堆放杂物，已当场清理。" } : {}),
    (lead) => (lead ? { outcome: "case-opened", findings: "使用超过保质期的食品原料，已立案调查。" } : {}),
    (_lead, k) =>
      k === 1
        ? {
            outcome: "referred-admin",
            referredTo: "zjj",
            findings: "擅自搭建彩钢棚占用消防车通道，涉及违法建设，移送县住建局。",
          }
        : {},
    (lead) =>
      lead
        ? {
            outcome: "referred-judicial",
            seriousViolation: "health-safety",
            findings: "涉嫌在食品中添加非食用物质，已移送公安机关。",
          }
        : {},
    () => ({ outcome: "not-inspectable", reason: "closed", signature: undefined, townshipStaff: undefined }),
    () => ({ outcome: "not-inspectable", reason: "unreachable", signature: undefined, townshipStaff: undefined }),
    (lead) =>
      lead
        ? {
            outcome: "not-inspectable",
            reason: "refused",
            signature: undefined,
            refusal: { witness: personName(r), recorder: recorder() },
            findings: "负责人拒绝执法人员进入加工区，经劝说仍不配合。",
          }
        : {
            outcome: "not-inspectable",
            reason: "refused",
            signature: undefined,
            refusal: { witness: personName(r), recorder: recorder() },
            findings: "拒绝配合联合检查。",
          },
    (lead) =>
      lead
        ? {
            outcome: "rectification-ordered",
            deadline: "2026-05-08",
            findings: "从业人员健康证过期，未按规定开展晨检。",
          }
        : {},
    (lead) => (lead ? { signature: "refused", refusal: { witness: personName(r), recorder: recorder() } } : {}),
    () => ({}),
    () => ({}),
  ];
  const incoming = [];
  drawn.forEach((d, i) => {
    const story = stories[i % stories.length];
    const staff = d.team.members.find((m) => m.role === "township")?.inspector;
    d.departments.forEach((department, k) => {
      // The last object: its last department has not entered yet (held back from publication).
      if (i === drawn.length - 1 && k === d.departments.length - 1) return;
      const inspectedOn = day(i);
      const values = {
        object: d.object,
        inspectedOn,
        enteredOn: addDays(inspectedOn, 1 + (k % 2)),
        signature: "signed",
        ...(staff ? { townshipStaff: staff } : {}),
        inspectors: d.team.members.filter((m) => m.department === department).map((m) => m.inspector),
        outcome: "no-problem",
        ...story(k === 0, k),
      };
      for (const key of Object.keys(values)) if (values[key] === undefined) delete values[key];
      incoming.push({ department, values, source: `${d.object}/${department}` });
    });
  });
  const enter = (plan, now) => {
    if (plan.problems.length > 0) throw new Error(`example results refused: ${JSON.stringify(plan.problems, null, 1)}`);
    writeResults(ws, plan, now);
  };
  enter(planResults(ws, model, campaign, incoming, { today: "2026-04-24" }), clock("2026-04-24"));
  // An amendment: the 12th object's lead department had entered the wrong outcome.
  const amended = drawn[11 % drawn.length];
  const lead = amended.departments[0];
  const before = incoming.find((x) => x.values.object === amended.object && x.department === lead);
  let reopened = loadResultsModel(open("2026-04-27").workspace);
  enter(
    planResults(
      open("2026-04-27").workspace,
      reopened,
      campaign,
      [
        {
          ...before,
          values: { ...before.values, outcome: "rectified-on-site", findings: "灭火器压力不足，已当场更换。" },
        },
      ],
      {
        today: "2026-04-27",
        amendReason: "录入时处理结果选错：现场已责令并完成整改",
      },
    ),
    clock("2026-04-27"),
  );
  // Re-inspections after the deadline of 2026-05-08, by the department that ordered them.
  const reinspect = (i, reinspection, today) => {
    const d = drawn[i];
    const w = open(today).workspace;
    enter(
      planReinspection(
        w,
        loadResultsModel(w),
        campaign,
        { object: d.object, department: d.departments[0], reinspection },
        today,
      ),
      clock(today),
    );
  };
  reinspect(
    1,
    { on: "2026-05-11", enteredOn: "2026-05-11", rectified: true, findings: "已安装防鼠板和纱窗，原料分区存放。" },
    "2026-05-11",
  );
  reinspect(
    9,
    {
      on: "2026-05-12",
      enteredOn: "2026-05-12",
      rectified: false,
      findings: "仍有2名从业人员健康证未办理。",
      escalation: { outcome: "rectification-ordered", deadline: "2026-06-05" },
    },
    "2026-05-12",
  );
  rmSync(join(OUT, ".checkonce"), { recursive: true, force: true });
  reopened = loadResultsModel(open("2026-05-12").workspace);
  const results = reopened.campaigns.find((c) => c.campaign === campaign).results;
  console.log(
    `drew ${campaign} (${drawn.length} objects) and entered ${results.length} results: ${[...new Set(results.map((x) => x.entry.outcome))].join(", ")}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------
console.error(`generated in ${elapsed.toFixed(0)} ms`);
console.log(
  `wrote ${written.length} files to ${relative(process.cwd(), OUT) || "."}: ${objects.length} objects, ${inspectorCount} inspectors, ${ITEMS.length} items, ${departments.length} departments, ${upper.length} upper-level inspections (seed "${SEED}")`,
);
if (added.size > 0)
  console.log(`added to meet campaign demand: ${[...added].map(([d, n]) => `${d} +${n}`).join(", ")}`);
for (const campaign of campaigns) {
  const plan = annualPlans.find((p) => p.id === campaign.plan);
  const est = estimate(campaign, plan, objects, upperIds, inspectorsByDept);
  console.log(
    `\n${campaign.id} ${campaign.name} (${campaign.startDate}..${campaign.endDate}, townships ${campaign.townships.join(" ")}, ${campaign.objectsPerTeam} per team)`,
  );
  for (const p of est.perItem) {
    const s = TIERS.map((t) => `${t} ${p.strata[t].drawn}/${p.strata[t].eligible}`).join(", ");
    const eligible = TIERS.reduce((n, t) => n + p.strata[t].eligible, 0);
    const drawn = TIERS.reduce((n, t) => n + p.strata[t].drawn, 0);
    console.log(
      `  ${p.item} ${itemById.get(p.item).scene}: eligible ${eligible}, estimated drawn ${drawn} (${s}), teams ${p.teams}`,
    );
  }
  console.log(`  estimated teams: ${est.teams}`);
  for (const d of est.departments) {
    console.log(
      `  ${d.dept.padEnd(6)} ${(d.qualification ?? "-").padEnd(8)} available ${String(d.available).padStart(3)}  needed ${String(d.needed).padStart(3)}${d.available < d.needed ? "  SHORT" : ""}`,
    );
  }
  for (const t of est.townships) {
    console.log(
      `  ${t.township.padEnd(9)} township staff available ${t.available}, needed ${t.needed}${t.available < t.needed ? "  SHORT" : ""}`,
    );
  }
}
