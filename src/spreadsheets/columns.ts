/**
 * The columns of each registry's sheet: the field each one fills, how its cells are read, and the
 * headers it is known by (the first is what `export` writes). Headers are those of the provincial
 * supervision platform's exports and of departments' own rosters; a mapping file adds more.
 */
export type ImportKind = "objects" | "inspectors" | "departments";
export const importKinds: readonly ImportKind[] = ["objects", "inspectors", "departments"];

export type FieldType =
  | "text"
  | "code"
  | "creditCode"
  | "idNumber"
  | "phone"
  | "date"
  | "dateRange"
  | "integer"
  | "number"
  | "boolean"
  | "enum"
  | "list"
  | "periods"
  | "recusals"
  | "township"
  | "department";

export interface FieldSpec {
  /** Dotted path inside the entry ("certificate.validTo"); a date range names the pair ("certificate.validity"). */
  field: string;
  type: FieldType;
  headers: readonly string[];
  /** Header written by export, in English (with --lang en). */
  en: string;
  /** For an enum: the values and their Chinese names, which are also what export writes. */
  values?: Readonly<Record<string, readonly string[]>>;
  /** Not written by export (a second way to fill fields another column already covers). */
  importOnly?: boolean;
}

const statusValues = {
  active: ["存续", "在营", "开业", "在业", "正常", "营业"],
  suspended: ["歇业", "停业", "停产"],
  revoked: ["吊销", "已吊销"],
  closed: ["注销", "已注销"],
};

export const fieldSpecs: Record<ImportKind, readonly FieldSpec[]> = {
  objects: [
    {
      field: "id",
      type: "creditCode",
      en: "Credit code",
      headers: ["统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "credit code", "id"],
    },
    {
      field: "creditCodeExemption.reason",
      type: "text",
      en: "Check-character exemption",
      headers: ["校验位豁免理由", "豁免理由", "exemption reason"],
    },
    {
      field: "name",
      type: "text",
      en: "Name",
      headers: ["单位名称", "企业名称", "名称", "主体名称", "市场主体名称", "对象名称", "检查对象名称", "name"],
    },
    { field: "category", type: "text", en: "Category", headers: ["行业类别", "大类", "类别", "行业", "category"] },
    { field: "scene", type: "text", en: "Scene", headers: ["场景", "细分场景", "scene"] },
    {
      field: "township",
      type: "township",
      en: "Township",
      headers: ["所属乡镇", "所在乡镇", "乡镇", "乡镇(街道)", "所属乡镇(街道)", "township"],
    },
    {
      field: "address",
      type: "text",
      en: "Address",
      headers: ["地址", "经营地址", "经营场所", "住所", "注册地址", "address"],
    },
    { field: "coordinates.lat", type: "number", en: "Latitude", headers: ["纬度", "latitude", "lat"] },
    { field: "coordinates.lng", type: "number", en: "Longitude", headers: ["经度", "longitude", "lng"] },
    {
      field: "status",
      type: "enum",
      en: "Status",
      headers: ["经营状态", "登记状态", "状态", "status"],
      values: statusValues,
    },
    {
      field: "creditGrade",
      type: "enum",
      en: "Credit grade",
      headers: ["信用等级", "信用风险等级", "信用", "credit grade", "grade"],
      values: {
        A: ["A", "A级", "A类"],
        B: ["B", "B级", "B类"],
        C: ["C", "C级", "C类"],
        D: ["D", "D级", "D类"],
      },
    },
    {
      field: "complaints12m",
      type: "integer",
      en: "Complaints (12 months)",
      headers: ["投诉次数", "近12个月投诉举报数", "投诉举报数", "投诉举报次数", "投诉", "complaints"],
    },
    {
      field: "dailySupervisionConcern",
      type: "boolean",
      en: "Daily supervision found problems",
      headers: ["日常检查发现问题", "日常监督检查发现问题", "daily supervision concern"],
    },
    {
      field: "tier",
      type: "enum",
      en: "Tier",
      headers: ["监管等级", "监管对象类别", "监管类别", "tier"],
      values: { trusted: ["信任对象", "信任"], general: ["一般监管对象", "一般"], focus: ["重点监管对象", "重点"] },
    },
    { field: "contact.name", type: "text", en: "Contact", headers: ["联系人", "联系人姓名", "contact"] },
    {
      field: "contact.phone",
      type: "phone",
      en: "Contact phone",
      headers: ["联系电话", "联系人电话", "电话", "phone"],
    },
    {
      field: "contact.idNumber",
      type: "idNumber",
      en: "Contact ID number",
      headers: ["联系人身份证号", "身份证号", "身份证号码", "id number"],
    },
  ],
  inspectors: [
    { field: "id", type: "code", en: "Id", headers: ["编号", "人员编号", "工号", "id"] },
    { field: "name", type: "text", en: "Name", headers: ["姓名", "名字", "name"] },
    {
      field: "department",
      type: "department",
      en: "Department",
      headers: ["所属部门", "部门", "执法部门", "所在单位", "单位", "department"],
    },
    {
      field: "certificate.number",
      type: "code",
      en: "Certificate",
      headers: ["执法证号", "执法证编号", "执法证件号", "证号", "certificate"],
    },
    {
      field: "certificate.validFrom",
      type: "date",
      en: "Valid from",
      headers: ["有效期起", "有效期开始", "发证日期", "起始日期", "valid from"],
    },
    {
      field: "certificate.validTo",
      type: "date",
      en: "Valid to",
      headers: ["有效期止", "有效期至", "有效期截止", "到期日期", "截止日期", "valid to"],
    },
    {
      field: "certificate.validity",
      type: "dateRange",
      en: "Validity",
      headers: ["有效期起止", "有效期", "有效期限", "validity"],
      importOnly: true,
    },
    {
      field: "qualifications",
      type: "list",
      en: "Qualifications",
      headers: ["资质", "执法资质", "执法领域", "专业领域", "qualifications"],
    },
    {
      field: "status",
      type: "enum",
      en: "Status",
      headers: ["状态", "在岗状态", "人员状态", "status"],
      values: { active: ["在岗", "在职", "正常"], inactive: ["不在岗", "调离", "退休", "离职", "停用"] },
    },
    { field: "leave", type: "periods", en: "Leave", headers: ["请假", "请假时段", "leave"] },
    { field: "recusals", type: "recusals", en: "Recusals", headers: ["回避", "回避对象", "recusals"] },
    { field: "phone", type: "phone", en: "Phone", headers: ["电话", "联系电话", "手机", "手机号", "phone"] },
    { field: "idNumber", type: "idNumber", en: "ID number", headers: ["身份证号", "身份证号码", "id number"] },
  ],
  departments: [
    { field: "id", type: "code", en: "Id", headers: ["编号", "部门编号", "id"] },
    { field: "name", type: "text", en: "Name", headers: ["名称", "部门名称", "单位名称", "name"] },
    { field: "shortName", type: "text", en: "Short name", headers: ["简称", "部门简称", "short name"] },
    {
      field: "kind",
      type: "enum",
      en: "Kind",
      headers: ["类型", "部门类型", "kind"],
      values: {
        county: ["县直部门", "县直", "县级部门"],
        township: ["乡镇", "乡镇人民政府", "乡镇政府"],
        upper: ["上级部门", "上级"],
      },
    },
    { field: "liaison.name", type: "text", en: "Liaison officer", headers: ["联络员", "联络员姓名", "liaison"] },
    {
      field: "liaison.phone",
      type: "phone",
      en: "Liaison phone",
      headers: ["联络员电话", "联络员联系电话", "liaison phone"],
    },
    { field: "leader.name", type: "text", en: "Leader", headers: ["分管领导", "分管领导姓名", "leader"] },
    {
      field: "leader.phone",
      type: "phone",
      en: "Leader phone",
      headers: ["分管领导电话", "分管领导联系电话", "leader phone"],
    },
  ],
};

/** The fields a column fills: its own, or for a date range the two dates of its period. */
export function fieldsOf(spec: FieldSpec): string[] {
  if (spec.type !== "dateRange") return [spec.field];
  const parent = spec.field.slice(0, spec.field.lastIndexOf("."));
  return [`${parent}.validFrom`, `${parent}.validTo`];
}

/** Each registry's entries are grouped in files by this field, when it is kept as a folder. */
export const groupField: Record<ImportKind, string | undefined> = {
  objects: "township",
  inspectors: "department",
  departments: undefined,
};
