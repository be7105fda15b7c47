/**
 * The messages of the program as a whole (reading files, schemas, references, the commands' help and
 * tables) and the terms used inside messages; the other areas have a file each. All of them are put
 * together in catalogue.ts. `{name}` is replaced by a parameter.
 */
import { resultsTerms } from "./messages-results.js";
import { inputTerms } from "./messages-input.js";
import { guideTerms } from "./messages-guide.js";

interface Entry {
  en: string;
  zh: string;
}

export const diagnostics = {
  // reading files
  "workspace-not-found": {
    en: "No workspace: no checkonce.yaml in {dir} or any folder above it. Use -w DIR, or `checkonce init`.",
    zh: "找不到工作区：{dir} 及其上级文件夹中都没有 checkonce.yaml。请用 -w 指定，或运行 checkonce init。",
  },
  "workspace-not-a-folder": { en: "The workspace {dir} is not a folder.", zh: "工作区 {dir} 不是文件夹。" },
  "file-unreadable": {
    en: "Cannot read the file: {reasonEn} ({detail}).",
    zh: "无法读取文件：{reasonZh}（{detail}）。",
  },
  "not-a-file": { en: "A folder stands where a file should be.", zh: "此处应为文件，却是一个文件夹。" },
  "file-not-utf8": {
    en: "The file is not UTF-8 (it looks like {encoding}). Save it as UTF-8 (in Notepad or WPS: Save As, encoding UTF-8).",
    zh: "文件不是 UTF-8 编码（看来是 {encoding}）。请另存为 UTF-8 编码（记事本或 WPS：另存为，编码选 UTF-8）。",
  },
  "file-empty": { en: "The file is empty.", zh: "文件为空。" },
  "file-too-large": {
    en: "The file is {size} MiB; files over {limit} MiB are refused. Split the registry into several files in a folder.",
    zh: "文件大小 {size} MiB，超过上限 {limit} MiB。请把名录拆成文件夹中的多个文件。",
  },
  "yaml-syntax": { en: "YAML syntax error: {detail}", zh: "YAML 语法错误：{yamlErrorZh}" },
  "yaml-duplicate-key": { en: "Duplicate key “{key}” in one mapping.", zh: "同一映射中键“{key}”重复。" },
  "yaml-alias-limit": {
    en: "Too many YAML aliases (a possible alias bomb); the file is refused.",
    zh: "YAML 别名过多（疑似别名炸弹），拒绝读取该文件。",
  },
  "yaml-too-deep": {
    en: "The YAML is nested too deeply; the file is refused.",
    zh: "YAML 嵌套层级过深，拒绝读取该文件。",
  },
  "registry-missing": {
    en: "The {registryEn} registry is missing: expected {expected}.",
    zh: "缺少{registryZh}名录：应有 {expectedZh}。",
  },
  "registry-ambiguous": {
    en: "The {registryEn} registry is both a file and a folder ({file} and {folder}); keep one.",
    zh: "{registryZh}名录同时存在文件和文件夹（{file} 与 {folder}），只能保留一个。",
  },
  "registry-folder-empty": {
    en: "The folder of the {registryEn} registry holds no .yaml files.",
    zh: "{registryZh}名录文件夹中没有 .yaml 文件。",
  },
  // schema
  "schema-required": { en: "Missing field “{field}”.", zh: "缺少字段“{field}”。" },
  "schema-additionalProperties": { en: "Unknown field “{field}”.", zh: "未知字段“{field}”。" },
  "schema-type": { en: "“{field}” must be {expectedEn}.", zh: "“{field}”应为{expectedZh}。" },
  "schema-root-type": {
    en: "The file must be a mapping (key: value lines) at its top level, not {actualEn}.",
    zh: "文件顶层应为映射（键: 值），而不是{actualZh}。",
  },
  "schema-entry-type": {
    en: "Each entry of “{list}” must be a mapping (key: value lines), not {actualEn}.",
    zh: "“{list}”中的每一项都应为映射（键: 值），而不是{actualZh}。",
  },
  "schema-enum": { en: "“{field}” must be one of: {allowed}.", zh: "“{field}”只能取：{allowed}。" },
  "schema-pattern": { en: "“{field}” has the wrong form (“{value}”).", zh: "“{field}”格式不正确（“{value}”）。" },
  "schema-format": {
    en: "“{field}” must be a {format} (YYYY-MM-DD for dates), not “{value}”.",
    zh: "“{field}”应为{formatZh}（日期写作 YYYY-MM-DD），而不是“{value}”。",
  },
  "schema-minimum": { en: "“{field}” must be at least {limit}.", zh: "“{field}”不得小于 {limit}。" },
  "schema-maximum": { en: "“{field}” must be at most {limit}.", zh: "“{field}”不得大于 {limit}。" },
  "schema-minLength": {
    en: "“{field}” is too short (at least {limit} character(s)).",
    zh: "“{field}”过短（至少 {limit} 个字符）。",
  },
  "schema-minItems": { en: "“{field}” needs at least {limit} entries.", zh: "“{field}”至少需要 {limit} 项。" },
  "schema-uniqueItems": { en: "“{field}” lists the same value twice.", zh: "“{field}”中有重复的值。" },
  "schema-other": { en: "“{field}”: {detail}", zh: "“{field}”：{detail}" },
  // identifiers
  "duplicate-id": {
    en: "The {registryEn} id “{id}” is used twice (first at {first}).",
    zh: "{registryZh}编号“{id}”重复（首次出现于 {first}）。",
  },
  "credit-code-invalid": {
    en: "“{id}” is not a valid unified social credit code: check character should be “{expected}”. If the registered code really is this, add creditCodeExemption with a reason.",
    zh: "“{id}”不是有效的统一社会信用代码：校验位应为“{expected}”。如登记的代码确实如此，请添加 creditCodeExemption 并写明理由。",
  },
  "credit-code-malformed": {
    en: "“{id}” is not a unified social credit code (18 characters from 0-9 and A-Y without I, O, S, V, Z).",
    zh: "“{id}”不是统一社会信用代码（18 位，由 0-9 和除 I、O、S、V、Z 外的大写字母组成）。",
  },
  "credit-code-exempted": {
    en: "“{id}” fails the credit-code check (expected “{expected}”); accepted by exemption: {reason}",
    zh: "“{id}”校验位不符（应为“{expected}”），已按豁免接受：{reason}",
  },
  "resident-id-invalid": {
    en: "Resident ID number check digit is wrong (should be “{expected}”).",
    zh: "居民身份证号校验位错误（应为“{expected}”）。",
  },
  // cross-references
  "unknown-department": { en: "Unknown department “{id}”.", zh: "未知部门“{id}”。" },
  "unknown-township": {
    en: "Unknown township “{id}” (must be a department of kind township).",
    zh: "未知乡镇“{id}”（应为 kind 为 township 的部门）。",
  },
  "unknown-upper-body": {
    en: "“{id}” is not an upper-level body (a department of kind upper).",
    zh: "“{id}”不是上级部门（kind 为 upper 的部门）。",
  },
  "department-kind": {
    en: "“{id}” is a {actual} department; a {expected} department is needed here.",
    zh: "“{id}”是{actualZh}，此处应为{expectedZh}。",
  },
  "unknown-item": { en: "Unknown item “{id}”.", zh: "未知事项“{id}”。" },
  "unknown-plan": { en: "Unknown annual plan “{id}”.", zh: "未知年度计划“{id}”。" },
  "unknown-object": { en: "Unknown object “{id}”.", zh: "未知检查对象“{id}”。" },
  "object-no-item": {
    en: "No item covers category “{category}” / scene “{scene}”: this object can never be drawn.",
    zh: "事项清单中没有大类“{category}”/场景“{scene}”：该对象无法被抽取。",
  },
  "item-joint-includes-lead": {
    en: "The joint departments of item “{id}” include its lead “{lead}”.",
    zh: "事项“{id}”的联合部门包含了牵头部门“{lead}”。",
  },
  "item-task-missing": {
    en: "Item “{id}” has no task for its department “{department}”.",
    zh: "事项“{id}”缺少部门“{department}”的任务。",
  },
  "item-task-extra": {
    en: "Item “{id}” has a task for “{department}”, which is neither its lead nor a joint department.",
    zh: "事项“{id}”有部门“{department}”的任务，但它既不是牵头部门也不是联合部门。",
  },
  "item-task-duplicate": {
    en: "Item “{id}” has two tasks for “{department}”.",
    zh: "事项“{id}”中部门“{department}”的任务重复。",
  },
  "item-not-published": {
    en: "Item “{id}” is {status}, not published: it cannot be drawn.",
    zh: "事项“{id}”状态为{statusZh}，尚未公布，不能抽取。",
  },
  "ratio-out-of-range": { en: "Ratio {value} is outside [0, 1].", zh: "检查比例 {value} 不在 [0, 1] 之间。" },
  "frequency-above-cap": {
    en: "Frequency {value} is above the yearly cap of {cap} per object.",
    zh: "检查频次 {value} 超过同一对象年度上限 {cap} 次。",
  },
  "inspectors-below-minimum": {
    en: "Department “{department}” sends {count} inspector(s); the law requires at least {min}.",
    zh: "部门“{department}”派出 {count} 名执法人员，法定不得少于 {min} 名。",
  },
  "plan-other-lead": {
    en: "Plan “{plan}” is led by “{lead}”, but item “{item}” is led by “{itemLead}”.",
    zh: "年度计划“{plan}”的牵头部门是“{lead}”，而事项“{item}”的牵头部门是“{itemLead}”。",
  },
  "plan-filed-late": {
    en: "Plan “{plan}” was filed on {filedOn}, after 31 January {year}.",
    zh: "年度计划“{plan}”于 {filedOn} 备案，晚于 {year} 年 1 月 31 日。",
  },
  "campaign-outside-plan-year": {
    en: "Campaign “{campaign}” runs {start} to {end}, outside its plan's year {year}.",
    zh: "工作方案“{campaign}”时间为 {start} 至 {end}，不在所属年度计划的 {year} 年内。",
  },
  "campaign-dates-reversed": {
    en: "Campaign “{campaign}” ends ({end}) before it starts ({start}).",
    zh: "工作方案“{campaign}”的结束日期（{end}）早于开始日期（{start}）。",
  },
  "campaign-item-not-in-plan": {
    en: "Item “{item}” is not in plan “{plan}”.",
    zh: "事项“{item}”不在年度计划“{plan}”中。",
  },
  "campaign-department-missing": {
    en: "Campaign “{campaign}” does not list department “{department}”, which item “{item}” needs.",
    zh: "工作方案“{campaign}”的参与部门中没有事项“{item}”需要的部门“{department}”。",
  },
  "period-reversed": {
    en: "The period ends ({to}) before it starts ({from}).",
    zh: "时段的结束日期（{to}）早于开始日期（{from}）。",
  },
  "certificate-expired": {
    en: "Certificate {number} of {name} expired on {validTo}.",
    zh: "{name}的执法证 {number} 已于 {validTo} 过期。",
  },
  "certificate-expiring": {
    en: "Certificate {number} of {name} expires on {validTo}, within {days} days.",
    zh: "{name}的执法证 {number} 将于 {validTo} 到期（{days} 天内）。",
  },
  "department-pool": {
    en: "Department “{department}”: {usable} of {total} inspectors can be drawn today ({expired} with an expired certificate, {inactive} inactive).",
    zh: "部门“{department}”：{total} 名执法人员中今天可抽取 {usable} 名（执法证过期 {expired} 名，不在岗 {inactive} 名）。",
  },
  "campaign-capacity": {
    en: "Campaign “{campaign}”: department “{department}” needs about {needed} eligible inspectors for {teams} team(s) but has {available}.",
    zh: "工作方案“{campaign}”：部门“{department}”约需 {needed} 名符合条件的执法人员（{teams} 个检查组），现仅有 {available} 名。",
  },
  "campaign-no-township-staff": {
    en: "Campaign “{campaign}”: township “{township}” has {available} staff available for county-township linkage but about {teams} team(s) to join.",
    zh: "工作方案“{campaign}”：乡镇“{township}”可参加县乡联动的工作人员有 {available} 名，约需参加 {teams} 个检查组。",
  },
} satisfies Record<string, Entry>;

export const ui = {
  "summary-file": { en: "File", zh: "文件" },
  "summary-entries": { en: "Entries", zh: "条目" },
  "summary-errors": { en: "Errors", zh: "错误" },
  "summary-warnings": { en: "Warnings", zh: "警告" },
  "summary-infos": { en: "Notes", zh: "提示" },
  "summary-total": { en: "Total", zh: "合计" },
  "summary-workspace": { en: "(workspace)", zh: "（工作区）" },
  "summary-line": {
    en: "{errors} error(s), {warnings} warning(s) in {files} file(s) of {workspace}.",
    zh: "{workspace}：{files} 个文件，{errors} 个错误，{warnings} 个警告。",
  },
  "summary-clean": {
    en: "No problems in {files} file(s) of {workspace}.",
    zh: "{workspace}：{files} 个文件，未发现问题。",
  },
  "severity-error": { en: "error", zh: "错误" },
  "severity-warning": { en: "warning", zh: "警告" },
  "severity-info": { en: "note", zh: "提示" },
  "progress-reading": { en: "Reading {file} ({index}/{total})…", zh: "正在读取 {file}（{index}/{total}）…" },
  "usage-error": { en: "Error: {detail}", zh: "错误：{detail}" },
  "internal-error": {
    en: "Internal error: {detail}. Please report it with the command you ran.",
    zh: "内部错误：{detail}。请连同所运行的命令一起报告。",
  },
  "unknown-kind": { en: "Unknown kind “{kind}”; one of: {allowed}.", zh: "未知类别“{kind}”，可选：{allowed}。" },
  "not-found-id": { en: "Nothing with id “{id}” in the workspace.", zh: "工作区中没有编号为“{id}”的条目。" },
  "invalid-option": {
    en: "Invalid value “{value}” for {option}: {allowed}.",
    zh: "选项 {option} 的值“{value}”无效：{allowed}。",
  },
  "workspace-has-errors": {
    en: "The workspace has {errors} error(s); run `checkonce validate` to see them.",
    zh: "工作区有 {errors} 个错误，请运行 checkonce validate 查看。",
  },
  "init-created": {
    en: "Created the workspace {dir}. Next: `cd {dir}`, edit the files, then run `checkonce validate` there.",
    zh: "已创建工作区 {dir}。下一步：cd {dir} 进入该文件夹，编辑其中的文件，然后在那里运行 checkonce validate。",
  },
  "init-not-empty": {
    en: "{dir} is not empty; choose an empty or new folder.",
    zh: "{dir} 不是空文件夹，请选择一个空的或新的文件夹。",
  },
  "list-empty": { en: "(none)", zh: "（无）" },
  "list-count": { en: "{count} of {total} shown.", zh: "共 {total} 条，显示 {count} 条。" },
  // help texts
  "help-program": {
    en: "Joint law-enforcement inspections (综合查一次): registries, seeded draws, work orders.",
    zh: "“综合查一次”联合执法检查：名录库校验、双随机抽取、检查工作单。",
  },
  "help-opt-version": { en: "print the version", zh: "显示版本号" },
  "help-opt-help": { en: "show help for a command", zh: "显示命令帮助" },
  "help-opt-workspace": {
    en: "the workspace folder (default: the nearest folder upward holding checkonce.yaml)",
    zh: "工作区文件夹（缺省：当前及上级文件夹中最近的含 checkonce.yaml 的文件夹）",
  },
  "help-opt-lang": {
    en: "language of messages: zh or en (default: LANG, then the workspace's locale)",
    zh: "消息语言：zh 或 en（缺省按 LANG，其次按工作区设置）",
  },
  "help-opt-no-color": { en: "no colour (also NO_COLOR)", zh: "不使用颜色（也可设 NO_COLOR）" },
  "help-opt-today": {
    en: "judge certificates as of this date, YYYY-MM-DD (default: today)",
    zh: "按此日期判断执法证有效期，YYYY-MM-DD（缺省：今天）",
  },
  "help-opt-no-cache": { en: "do not read or write .checkonce/cache", zh: "不读写 .checkonce/cache 缓存" },
  "help-cmd-validate": {
    en: "check every registry file: syntax, schema, cross-references, credit codes, certificates, capacity",
    zh: "校验全部名录文件：语法、字段、相互引用、信用代码、执法证、人员力量",
  },
  "help-opt-format-validate": {
    en: "output format (default: text; github under GitHub Actions)",
    zh: "输出格式（缺省 text；在 GitHub Actions 中为 github）",
  },
  "help-opt-strict": { en: "warnings count as errors for the exit code", zh: "警告也按错误计入退出码" },
  "help-cmd-init": {
    en: "create a workspace in DIR (default: the current folder): commented empty files, or the bundled example with --example",
    zh: "在 DIR（缺省为当前文件夹）创建工作区：带注释的空文件，或用 --example 复制示例县",
  },
  "help-opt-example": { en: "copy the bundled example county (临猗县 2026)", zh: "复制内置的示例（临猗县 2026 年）" },
  "help-cmd-schema": { en: "print the JSON Schema of one kind of file", zh: "显示某类文件的 JSON Schema" },
  "help-cmd-list": {
    en: "list the entries of a registry: objects, inspectors, departments, items, plans or campaigns",
    zh: "列出名录条目：objects、inspectors、departments、items、plans 或 campaigns",
  },
  "help-opt-format-list": {
    en: "output format: table (default), json or csv",
    zh: "输出格式：table（缺省）、json 或 csv",
  },
  "help-opt-township": { en: "only this township (id)", zh: "仅此乡镇（编号）" },
  "help-opt-tier": { en: "only this tier: trusted, general, focus", zh: "仅此监管等级：trusted、general、focus" },
  "help-opt-department": { en: "only this department (id)", zh: "仅此部门（编号）" },
  "help-opt-status": { en: "only this status", zh: "仅此状态" },
  "help-opt-category": { en: "only this category", zh: "仅此大类" },
  "help-cmd-show": {
    en: "show one entry by id, with everything that refers to it",
    zh: "按编号显示一个条目及与之相关的全部信息",
  },
  "help-cmd-draw": {
    en: "draw CAMPAIGN --seed ...: prepare and draw in one go; or the steps: draw prepare, draw run, draw show",
    zh: "draw 方案编号 --seed ……：一步完成承诺与抽取；或分步：draw prepare、draw run、draw show",
  },
  "help-arg-campaign": { en: "campaign id", zh: "工作方案编号" },
  "help-opt-seed": {
    en: "a seed part LABEL=DIGITS, one per contributing department (repeat; at least 20 digits in all)",
    zh: "种子的一部分，提供方=数字，每个提供种子的部门一个（可重复；合计至少 20 位数字）",
  },
  "help-opt-seed-file": {
    en: "read seed parts from a file, one LABEL=DIGITS per line",
    zh: "从文件读取种子部分，每行一个“提供方=数字”",
  },
  "help-opt-redraw": {
    en: "draw a campaign again (needs --reason; shown as a new attempt everywhere)",
    zh: "重新抽取（须给出 --reason；各处显示为新的抽取次数）",
  },
  "help-opt-reason": { en: "the reason, written into the record and the ledger", zh: "理由，写入记录和台账" },
  "help-cmd-draw-prepare": {
    en: "commit a campaign's eligible population to the ledger, before the seed exists",
    zh: "在种子生成之前，将工作方案的检查对象总体承诺记入台账",
  },
  "help-cmd-draw-run": {
    en: "draw a prepared campaign with the public seed",
    zh: "用公开生成的种子对已承诺的工作方案进行抽取",
  },
  "help-cmd-draw-show": { en: "show a draw record (path or campaign id)", zh: "显示抽取记录（路径或工作方案编号）" },
  "help-opt-format-draw": {
    en: "output format: text (default), json, csv or md",
    zh: "输出格式：text（缺省）、json、csv 或 md",
  },
  "help-cmd-substitute": {
    en: "replace a drawn object that cannot be inspected by the next reserve of its stratum",
    zh: "用同层下一个候补替换无法检查的抽中对象",
  },
  "help-cmd-verify": {
    en: "recompute a draw from its record, seed and inputs and report VERIFIED or every difference",
    zh: "由记录、种子和输入重新计算抽取，报告复核通过或每一处不一致",
  },
  "help-opt-ledger": { en: "verify the whole ledger and every record it names", zh: "复核整个台账及其涉及的全部记录" },
  "help-opt-bundle": { en: "verify an audit bundle folder, with nothing else", zh: "仅凭审计包文件夹进行复核" },
  "help-cmd-audit-bundle": {
    en: "write a self-contained folder to verify a draw on another machine",
    zh: "生成可在其他机器上独立复核的审计包文件夹",
  },
  "help-opt-format-show": { en: "output format: text (default) or json", zh: "输出格式：text（缺省）或 json" },
} satisfies Record<string, Entry>;

/** Chinese words for enum values that appear inside messages and tables. */
export const terms = {
  trusted: { en: "trusted", zh: "信任对象" },
  general: { en: "general", zh: "一般监管对象" },
  focus: { en: "focus", zh: "重点监管对象" },
  active: { en: "active", zh: "存续" },
  suspended: { en: "suspended", zh: "歇业" },
  revoked: { en: "revoked", zh: "吊销" },
  closed: { en: "closed", zh: "注销" },
  inactive: { en: "inactive", zh: "不在岗" },
  proposed: { en: "proposed", zh: "部门提出" },
  approved: { en: "approved", zh: "已审定" },
  published: { en: "published", zh: "已公布" },
  county: { en: "county", zh: "县直部门" },
  township: { en: "township", zh: "乡镇" },
  upper: { en: "upper-level", zh: "上级部门" },
  onsite: { en: "on-site", zh: "现场检查" },
  documents: { en: "documents", zh: "书面检查" },
  remote: { en: "remote", zh: "远程检查" },
  departments: { en: "departments", zh: "部门" },
  objects: { en: "objects", zh: "检查对象" },
  inspectors: { en: "inspectors", zh: "执法检查人员" },
  items: { en: "items", zh: "事项" },
  plans: { en: "plans", zh: "年度计划与工作方案" },
  upperInspected: { en: "upper-level inspected", zh: "上级已抽查" },
  config: { en: "configuration", zh: "配置" },
  string: { en: "text", zh: "文本" },
  number: { en: "a number", zh: "数字" },
  integer: { en: "a whole number", zh: "整数" },
  boolean: { en: "true or false", zh: "true 或 false" },
  array: { en: "a list", zh: "列表" },
  object: { en: "a mapping", zh: "映射（键: 值）" },
  null: { en: "empty", zh: "空值" },
  date: { en: "date", zh: "日期" },
  ENOENT: { en: "it, or the file a link points to, does not exist", zh: "文件或链接指向的文件不存在" },
  EACCES: { en: "permission denied", zh: "没有访问权限" },
  EPERM: { en: "permission denied", zh: "没有访问权限" },
  ELOOP: { en: "a link points to itself", zh: "链接循环指向自身" },
  EISDIR: { en: "it is a folder", zh: "这是一个文件夹" },
  EIO: { en: "the disk could not be read", zh: "磁盘读取错误" },
  "list-category": { en: "Category", zh: "大类" },
  "list-certificate": { en: "Certificate", zh: "执法证号" },
  "list-complaints12m": { en: "Complaints", zh: "投诉" },
  "list-copied-to": { en: "Copied to", zh: "抄送" },
  "list-credit-code": { en: "Credit code", zh: "统一社会信用代码" },
  "list-credit-grade": { en: "Grade", zh: "信用" },
  "list-dates": { en: "Dates", zh: "时间" },
  "list-department": { en: "Department", zh: "部门" },
  "list-filed-on": { en: "Filed on", zh: "备案日期" },
  "list-id": { en: "Id", zh: "编号" },
  "list-inspectors": { en: "Inspectors", zh: "执法人员" },
  "list-items": { en: "Items", zh: "事项" },
  "list-joint": { en: "Joint", zh: "联合部门" },
  "list-kind": { en: "Kind", zh: "类型" },
  "list-lead": { en: "Lead", zh: "牵头部门" },
  "list-leader": { en: "Leader", zh: "分管领导" },
  "list-liaison": { en: "Liaison officer", zh: "联络员" },
  "list-linkage": { en: "Linkage", zh: "县乡联动" },
  "list-method": { en: "Method", zh: "检查方式" },
  "list-name": { en: "Name", zh: "名称" },
  "list-objects-per-team": { en: "Per team", zh: "每组对象" },
  "list-person-name": { en: "Name", zh: "姓名" },
  "list-plan": { en: "Plan", zh: "年度计划" },
  "list-qualifications": { en: "Qualifications", zh: "资质" },
  "list-recusals": { en: "Recusals", zh: "回避" },
  "list-requested-by": { en: "Requested by", zh: "申请乡镇" },
  "list-round": { en: "Round", zh: "轮次" },
  "list-scene": { en: "Scene", zh: "场景" },
  "list-status": { en: "Status", zh: "状态" },
  "list-tier": { en: "Tier", zh: "等级" },
  "list-township": { en: "Township", zh: "乡镇" },
  "list-townships": { en: "Townships", zh: "乡镇" },
  "list-valid-to": { en: "Valid to", zh: "有效期至" },
  "list-year": { en: "Year", zh: "年度" },
  "col-stratum": { en: "Stratum", zh: "抽取层" },
  "col-attempt": { en: "Attempt", zh: "抽取次数" },
  "col-eligible": { en: "Eligible", zh: "符合条件" },
  "col-to-draw": { en: "To draw", zh: "应抽" },
  "col-reserves": { en: "Reserves", zh: "候补" },
  "col-team": { en: "Team", zh: "检查组" },
  "col-township": { en: "Township", zh: "乡镇" },
  "col-order": { en: "Order", zh: "顺序" },
  "col-object": { en: "Object (credit code)", zh: "对象（统一社会信用代码）" },
  "col-name": { en: "Name", zh: "名称" },
  "col-ticket": { en: "Ticket", zh: "号签" },
  "col-replaces": { en: "replaces", zh: "替换" },
  "col-excluded": { en: "Excluded", zh: "排除" },
  "col-reason": { en: "Reason", zh: "理由" },
  "role-lead": { en: "lead", zh: "牵头" },
  "role-township": { en: "township", zh: "乡镇" },
  "excl-not-active": { en: "Not active", zh: "非存续" },
  "excl-yearly-cap": { en: "Yearly cap", zh: "年度已抽满" },
  "excl-upper-inspected": { en: "Upper-level inspected", zh: "上级已抽查" },
  "excl-by-hand": { en: "By hand", zh: "人工排除" },
  ...resultsTerms,
  ...inputTerms,
  ...guideTerms,
} satisfies Record<string, Entry>;
