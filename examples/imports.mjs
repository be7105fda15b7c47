// The example's imports/: spreadsheets as a county receives them, for `checkonce import`.
// - objects-from-platform.xlsx: 猗氏镇's objects as the provincial supervision platform exports
//   them: a title row above the header, columns the registry does not keep (序号, 法定代表人,
//   成立日期), statuses like 存续（在营、开业、在册）, dates as Excel dates, what people type
//   (lower-case codes, full-width digits, stray spaces), a few changed and two new enterprises,
//   and one credit code that Excel has already turned into a number.
// - inspectors-scjgj.csv: 县市场监管局's roster saved by Excel on Chinese Windows (GBK, CRLF),
//   without ids (matched by certificate), validity as 2022/11/13至2027/11/12, a renewed
//   certificate, a transfer (调离) and a newcomer.
// - mapping.yaml: a mapping file that ignores the platform's extra columns.
// Written with write-excel-file and iconv-lite (the tool's own dependencies); the XLSX with fixed
// zip dates (dist/util/zip-dates.js: `npm run gen:example` builds first), so the bytes are stable.
import iconv from "iconv-lite";
import writeExcelFile from "write-excel-file/node";
import { fixZipDates } from "../dist/util/zip-dates.js";

const STATUS = { active: "存续（在营、开业、在册）", suspended: "歇业", revoked: "吊销", closed: "注销" };
const FULL = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export async function buildImports({ objects, inspectors, townships, r, creditCode, personName, phone, write }) {
  const township = "yishi";
  const townName = townships.find((t) => t.id === township).name;
  const list = objects.filter((o) => o.township === township);
  const header = [
    "序号",
    "统一社会信用代码",
    "企业名称",
    "法定代表人",
    "所属乡镇",
    "经营地址",
    "行业类别",
    "场景",
    "经营状态",
    "信用等级",
    "投诉举报数",
    "成立日期",
  ];
  const rows = list.map((o, i) => ({
    id: o.id,
    name: o.name,
    boss: personName(r),
    address: o.address,
    category: o.category,
    scene: o.scene,
    status: STATUS[o.status],
    grade: o.creditGrade,
    complaints: o.complaints12m ?? 0,
    founded: `20${String(r.range(5, 24)).padStart(2, "0")}-${String(r.range(1, 12)).padStart(2, "0")}-${String(r.range(1, 28)).padStart(2, "0")}`,
    seq: i + 1,
  }));
  // What changed on the platform since the registry was typed, and how people type.
  rows[1].address = rows[1].address.replace(/(\d+)号/, (_, n) => `${Number(n) + 10}号`);
  rows[3].complaints += 2;
  rows[5].status = "注销";
  rows[7].id = rows[7].id.toLowerCase();
  rows[9].id = `  ${rows[9].id.slice(0, 8)} ${rows[9].id.slice(8)} `;
  rows[11].name = ` ${rows[11].name}  `;
  rows[13].address = FULL(rows[13].address);
  const fresh = [
    { name: "临猗县禧源餐饮有限公司", category: "餐饮", scene: "餐饮服务单位" },
    { name: "临猗县晋通商贸有限公司", category: "商贸流通", scene: "商场超市" },
  ].map((f, i) => ({
    ...f,
    id: creditCode(r, "91"),
    boss: personName(r),
    address: `临猗县猗氏镇新华路${200 + i}号`,
    status: STATUS.active,
    grade: "B",
    complaints: 0,
    founded: "2026-02-1" + i,
    seq: rows.length + i + 1,
  }));
  rows.push(...fresh);
  // Typed into a General cell, an all-digit code became 9.11408E+17 and lost its last digits.
  const damaged = {
    ...fresh[0],
    id: 911408215189742000,
    name: "临猗县猗氏镇丰泽农资店",
    category: "商贸流通",
    scene: "商场超市",
    seq: rows.length + 1,
  };
  rows.push(damaged);

  const text = (value) => ({ type: String, value: String(value) });
  const data = [
    [
      {
        type: String,
        value: `临猗县检查对象名录（山西省“互联网+监管”平台导出，${townName}）`,
        fontWeight: "bold",
        columnSpan: header.length,
      },
      ...Array(header.length - 1).fill(null),
    ],
    header.map((h) => ({ type: String, value: h, fontWeight: "bold" })),
    ...rows.map((o) => [
      { type: Number, value: o.seq },
      typeof o.id === "number" ? { type: Number, value: o.id } : text(o.id),
      text(o.name),
      text(o.boss),
      text(townName),
      text(o.address),
      text(o.category),
      text(o.scene),
      text(o.status),
      text(o.grade),
      { type: Number, value: o.complaints },
      { type: Date, value: new Date(`${o.founded}T00:00:00Z`), format: "yyyy-mm-dd" },
    ]),
  ];
  const xlsx = await writeExcelFile(data, {
    sheet: "检查对象名录",
    columns: [6, 22, 34, 10, 10, 34, 10, 18, 24, 8, 10, 12].map((width) => ({ width })),
  }).toBuffer();
  write("imports/objects-from-platform.xlsx", fixZipDates(new Uint8Array(xlsx), "2026-03-01"));

  // The market regulation bureau's roster, as Excel saves "CSV (逗号分隔)" on Chinese Windows.
  const staff = inspectors.get("scjgj").map((i) => ({ ...i, certificate: { ...i.certificate } }));
  staff[0].certificate.validTo = "2031-12-31";
  staff[0].certificate.validFrom = "2026-01-01";
  staff[2].status = "inactive";
  const newcomer = {
    name: personName(r),
    department: "scjgj",
    certificate: { number: "14082120260001", validFrom: "2026-02-01", validTo: "2031-01-31" },
    qualifications: ["食品安全", "特种设备"],
    status: "active",
    phone: phone(r),
  };
  staff.push(newcomer);
  const slash = (iso) => `${+iso.slice(0, 4)}/${+iso.slice(5, 7)}/${+iso.slice(8, 10)}`;
  const csvRows = [
    ["序号", "姓名", "所属部门", "执法证号", "有效期起止", "执法资质", "联系电话", "在岗状态"],
    ...staff.map((i, n) => [
      String(n + 1),
      n === 4 ? `${i.name} ` : i.name,
      "县市场监管局",
      i.certificate.number,
      `${slash(i.certificate.validFrom)}至${slash(i.certificate.validTo)}`,
      (i.qualifications ?? []).join("、"),
      n === 6 && i.phone ? FULL(i.phone) : (i.phone ?? ""),
      i.status === "active" ? "在岗" : "调离",
    ]),
  ];
  const field = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const csv = csvRows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
  write("imports/inspectors-scjgj.csv", iconv.encode(csv, "gbk"));

  write(
    "imports/mapping.yaml",
    `# yaml-language-server: $schema=../.checkonce/schemas/import-mapping.schema.json
# 导入列映射：补充或覆盖内置的表头映射（checkonce import --map imports/mapping.yaml）
objects:
  sheet: 检查对象名录
  columns:
    序号: ignore
    法定代表人: ignore
    成立日期: ignore
inspectors:
  columns:
    序号: ignore
    在岗状态: status
  values:
    status:
      调离: inactive
`,
  );
}
