/**
 * The closed loop's part of the message catalogue (results, follow-ups, publication, credit;
 * issue 8), merged into messages.ts. Same shape: code → { en, zh }.
 */
export const resultsDiagnostics = {
  "calendar-year-unknown": {
    en: "The working-day calendar does not know {year}: neither the chinese-days package nor checkonce.yaml has its holidays. Add them to checkonce.yaml under `calendar:` (year: {year}, holidays: [{from, to, name}], workdays: [...]) from the State Council's notice on the {year} holidays; weekdays are never guessed.",
    zh: "工作日历中没有 {year} 年：chinese-days 软件包和 checkonce.yaml 都没有该年的节假日安排。请按国务院办公厅关于 {year} 年部分节假日安排的通知，在 checkonce.yaml 的 calendar: 下添加（year: {year}，holidays: 放假起止日期，workdays: 调休上班日）；不会按星期推算。",
  },
  "calendar-year-twice": {
    en: "The calendar lists {year} twice; keep one entry per year.",
    zh: "工作日历中 {year} 年出现两次，每年只能有一项。",
  },
  "calendar-date-other-year": {
    en: "{date} is not in {year}, the year of this calendar entry.",
    zh: "{date} 不在本项所属的 {year} 年内。",
  },
  "results-unknown-campaign": {
    en: "Results for campaign “{campaign}”, which is not in plans.yaml.",
    zh: "检查结果所属工作方案“{campaign}”不在 plans.yaml 中。",
  },
  "results-not-drawn": {
    en: "Results for campaign “{campaign}”, which has not been drawn (no draws/{campaign}.draw.yaml).",
    zh: "工作方案“{campaign}”尚未抽取（没有 draws/{campaign}.draw.yaml），不能有检查结果。",
  },
  "results-draw-unreadable": {
    en: "The draw record {record} of campaign “{campaign}” cannot be read, so its results cannot be checked; run `checkonce verify {campaign}`.",
    zh: "工作方案“{campaign}”的抽取记录 {record} 无法读取，无法核对检查结果；请运行 checkonce verify {campaign}。",
  },
  "results-file-place": {
    en: "Results of campaign “{campaign}” belong in results/{campaign}/ (expected {expected}).",
    zh: "工作方案“{campaign}”的检查结果应放在 results/{campaign}/ 中（应为 {expected}）。",
  },
  "results-attempt-mismatch": {
    en: "These results are for draw attempt {attempt}, but campaign “{campaign}” is now at attempt {current} (it was drawn again): check them against the new draw.",
    zh: "这些结果依据第 {attempt} 次抽取，而工作方案“{campaign}”现为第 {current} 次抽取（已重新抽取），请按新的抽取结果核对。",
  },
  "results-department-twice": {
    en: "Department “{department}” has a second results file for this campaign (the first is {first}).",
    zh: "部门“{department}”在本工作方案中有第二个结果文件（第一个为 {first}）。",
  },
  "result-object-not-drawn": {
    en: "Object {object} was not drawn in campaign “{campaign}” (attempt {attempt}).",
    zh: "对象 {object} 未在工作方案“{campaign}”（第 {attempt} 次抽取）中被抽中。",
  },
  "result-object-replaced": {
    en: "Object {object} was replaced by {replacement} in campaign “{campaign}” ({reason}); enter the result for {replacement}.",
    zh: "对象 {object} 已在工作方案“{campaign}”中被 {replacement} 替换（{reason}），请录入 {replacement} 的结果。",
  },
  "result-department-not-in-team": {
    en: "Department “{department}” is not in team {team}, which inspected {object} (departments: {departments}).",
    zh: "部门“{department}”不在检查 {object} 的检查组 {team} 中（该对象的检查部门：{departments}）。",
  },
  "result-department-no-task": {
    en: "Department “{department}” has no task for {object} (item {item}); its results are due from: {departments}.",
    zh: "部门“{department}”对 {object}（事项 {item}）没有检查任务；应由以下部门录入结果：{departments}。",
  },
  "result-date-outside-campaign": {
    en: "Inspected on {date}, outside the campaign ({start} to {end}).",
    zh: "检查日期 {date} 不在工作方案期间（{start} 至 {end}）内。",
  },
  "result-date-future": {
    en: "{date} is after today ({today}).",
    zh: "日期 {date} 晚于今天（{today}）。",
  },
  "result-entered-before-visit": {
    en: "Entered on {entered}, before the inspection on {inspected}.",
    zh: "录入日期 {entered} 早于检查日期 {inspected}。",
  },
  "result-needs-signature": {
    en: "The object was inspected ({outcomeEn}): say whether the inspection record was signed (signature: signed) or refused (signature: refused, with the witness and the recorder's number).",
    zh: "已实施检查（{outcomeZh}）：须写明检查记录单是否签字（signature: signed），或拒绝签字（signature: refused，并写明见证人和执法记录仪编号）。",
  },
  "result-needs-refusal": {
    en: "A refusal needs the witness and the number of the recorder that filmed it (refusal: witness, recorder).",
    zh: "拒绝签字或拒绝检查的，须写明见证人和执法记录仪编号（refusal: witness、recorder）。",
  },
  "result-needs-deadline": {
    en: "{outcomeEn} needs the rectification deadline (deadline: YYYY-MM-DD).",
    zh: "{outcomeZh}须写明整改期限（deadline: YYYY-MM-DD）。",
  },
  "result-needs-referredTo": {
    en: "{outcomeEn} needs the body it was referred to (referredTo).",
    zh: "{outcomeZh}须写明移送的机关（referredTo）。",
  },
  "result-needs-reason": {
    en: "{outcomeEn} needs the reason: closed (已注销或歇业), unreachable (通过登记的住所无法联系) or refused (拒绝或阻碍检查).",
    zh: "{outcomeZh}须写明原因：closed 已注销或歇业、unreachable 通过登记的住所无法联系、refused 拒绝或阻碍检查。",
  },
  "result-needs-findings": {
    en: "A problem was found ({outcomeEn}): describe it in words (findings).",
    zh: "发现了问题（{outcomeZh}），须用文字写明发现的问题（findings）。",
  },
  "result-needs-townshipStaff": {
    en: "County-township linkage was on: name the staff member of township “{township}” who was present (townshipStaff: the inspector id).",
    zh: "本次为县乡联动检查，须写明参加检查的乡镇“{township}”工作人员（townshipStaff：执法人员编号）。",
  },
  "result-field-unexpected": {
    en: "“{field}” does not belong to the outcome {outcomeEn}; remove it or change the outcome.",
    zh: "“{field}”不适用于处理结果“{outcomeZh}”，请删除或更改处理结果。",
  },
  "result-deadline-not-after-visit": {
    en: "The deadline {deadline} is not after the inspection on {inspected}.",
    zh: "整改期限 {deadline} 不晚于检查日期 {inspected}。",
  },
  "result-township-staff-unknown": {
    en: "“{id}” is not a staff member of township “{township}” in the inspector registry.",
    zh: "“{id}”不是执法人员名录中乡镇“{township}”的工作人员。",
  },
  "result-township-staff-not-in-team": {
    en: "“{id}” is not the township staff member drawn for team {team}.",
    zh: "“{id}”不是检查组 {team} 抽取的乡镇工作人员。",
  },
  "result-inspector-not-in-team": {
    en: "Inspector “{id}” is not a member of team {team} for department “{department}”.",
    zh: "执法人员“{id}”不是检查组 {team} 中部门“{department}”的成员。",
  },
  "result-entered-late": {
    en: "Entered on {entered}, after the deadline of {due} ({days} working days after the inspection).",
    zh: "录入日期 {entered} 晚于时限 {due}（检查后 {days} 个工作日）。",
  },
  "result-amended-before-entry": {
    en: "Amended on {amended}, before the result was entered ({entered}).",
    zh: "更正日期 {amended} 早于结果录入日期 {entered}。",
  },
  "result-not-ledgered": {
    en: "The result of “{department}” for {object} is not in the ledger: enter results with `checkonce results add` or `results import`, never by hand.",
    zh: "“{department}”对 {object} 的检查结果未记入台账：请用 checkonce results add 或 results import 录入，不要手工填写。",
  },
  "result-changed-outside": {
    en: "The result of “{department}” for {object} differs from what ledger line {seq} sealed: it was changed by hand. Restore it, then change it with `checkonce results add --amend --reason`.",
    zh: "“{department}”对 {object} 的检查结果与台账第 {seq} 行不符，已被手工修改。请恢复原状，再用 checkonce results add --amend --reason 更正。",
  },
  "result-missing-from-files": {
    en: "Ledger line {seq} holds a result of “{department}” for {object} in campaign “{campaign}” that no results file has any more.",
    zh: "台账第 {seq} 行记有“{department}”在工作方案“{campaign}”中对 {object} 的检查结果，但结果文件中已没有该条。",
  },
  "result-duplicate": {
    en: "A second result of “{department}” for {object} (the first is at {first}); one result per object and department, changed by amendment.",
    zh: "“{department}”对 {object} 的第二条检查结果（第一条在 {first}）；每个对象每个部门只有一条结果，更改须用更正。",
  },
  "result-given-twice": {
    en: "The result of “{department}” for {object} is given twice (first at {first}).",
    zh: "“{department}”对 {object} 的检查结果重复给出（第一次在 {first}）。",
  },
  "result-differs-needs-amend": {
    en: '“{department}” already entered a different result for {object} on {entered}. To change it, give --amend --reason "..."; the earlier value is kept beside the amendment.',
    zh: '“{department}”已于 {entered} 录入了 {object} 的不同结果。如需更改，请使用 --amend --reason "……"；原结果将保留在更正记录中。',
  },
  "reinspection-without-order": {
    en: "A re-inspection follows a rectification order only; this result is {outcomeEn}.",
    zh: "只有责令限期整改的才需复查；本结果为“{outcomeZh}”。",
  },
  "reinspection-no-order": {
    en: "“{department}” did not order {object} to rectify, so it cannot re-inspect it; the re-inspection is by the department that ordered it ({ordering}).",
    zh: "“{department}”未对 {object} 下达限期整改，不能复查；复查由下达整改通知的部门进行（{ordering}）。",
  },
  "reinspection-before-visit": {
    en: "Re-inspected on {on}, before {before}.",
    zh: "复查日期 {on} 早于 {before}。",
  },
  "reinspection-after-closed": {
    en: "A re-inspection on {on} after an earlier one found the problem rectified: the item is already closed.",
    zh: "此前复查已确认整改到位，事项已办结，{on} 的复查多余。",
  },
  "reinspection-before-deadline": {
    en: "Found not rectified on {on}, but the deadline runs until {deadline}: the object still has time.",
    zh: "{on} 复查认定未整改，但整改期限至 {deadline} 才届满，不能在期限内认定未整改。",
  },
  "reinspection-needs-escalation": {
    en: "Not rectified: say what follows (escalation: a new rectification order with its deadline, or case-opened).",
    zh: "未整改的，须写明后续处理（escalation：再次责令限期整改并写明期限，或立案调查 case-opened）。",
  },
  "reinspection-escalation-unexpected": {
    en: "Rectified: there is nothing to escalate.",
    zh: "已整改的，无需后续处理（escalation）。",
  },
  "csv-unknown-column": {
    en: "Unknown column “{column}”. Columns: {allowed}.",
    zh: "未知的列“{column}”。可用的列：{allowed}。",
  },
  "csv-missing-column": {
    en: "The column “{column}” ({field}) is missing.",
    zh: "缺少“{column}”（{field}）列。",
  },
  "csv-empty-cell": { en: "The cell is empty.", zh: "该单元格为空。" },
  "csv-bad-date": { en: "“{value}” is not a date (YYYY-MM-DD).", zh: "“{value}”不是日期（YYYY-MM-DD）。" },
  "csv-bad-choice": { en: "“{value}” is not one of: {allowed}.", zh: "“{value}”不是可选值之一：{allowed}。" },
  "csv-other-campaign": {
    en: "Campaign “{value}” in a file of campaign “{campaign}”: import one campaign at a time.",
    zh: "工作方案“{value}”与本文件的工作方案“{campaign}”不同，请每次导入一个工作方案。",
  },
  "credit-tier-changed": {
    en: "The proposal changes {object} from {fromEn}, but its tier is now {currentEn}: the registry changed since the proposal was made. Make a new one with `checkonce credit propose`.",
    zh: "建议将 {object} 由“{fromZh}”调整，但其现等级为“{currentZh}”：建议生成后名录已有变动。请重新运行 checkonce credit propose。",
  },
  "credit-proposal-missing": { en: "The proposal file does not exist.", zh: "建议文件不存在。" },
  "credit-proposal-unreadable": {
    en: "The proposal file cannot be used: {causeEn} ({detail}).",
    zh: "无法使用建议文件：{causeZh}（{detail}）。",
  },
  "credit-proposal-invalid": { en: "“{field}”: {detail}", zh: "“{field}”：{detail}" },
} satisfies Record<string, { en: string; zh: string }>;

export const resultsUi = {
  // commands
  "help-cmd-results": {
    en: "enter results after the visit: results add, results import, results reinspect",
    zh: "检查后录入结果：results add、results import、results reinspect",
  },
  "help-cmd-results-add": {
    en: "enter one result of a campaign: asked step by step on a terminal, or given with options",
    zh: "录入工作方案的一条检查结果：在终端中逐项询问，或用选项给出",
  },
  "help-cmd-results-import": {
    en: "import results from a CSV or XLSX file (one row per object and department)",
    zh: "从 CSV 或 Excel（XLSX）文件导入检查结果（每个对象每个部门一行）",
  },
  "help-cmd-results-reinspect": {
    en: "record the re-inspection of a rectification order, by the department that gave it",
    zh: "由下达整改通知的部门录入复查结果",
  },
  "help-cmd-followups": {
    en: "per department: results to enter, rectifications to re-inspect, results to publish; due, overdue, closed",
    zh: "按部门列出待录入结果、待复查整改、待公示结果：未到期、已逾期、已办结",
  },
  "help-cmd-publish": {
    en: "write the results list for publication (抽查结果公示) of a campaign: CSV, JSON, HTML, DOCX",
    zh: "生成工作方案的抽查结果公示：CSV、JSON、HTML、DOCX",
  },
  "help-cmd-credit": {
    en: "credit after the results: credit propose, credit apply",
    zh: "结果运用：credit propose、credit apply",
  },
  "help-cmd-credit-propose": {
    en: "propose tier changes and list candidates from a year's results, into a file to review",
    zh: "根据一年的检查结果生成监管等级调整和名单建议文件，供审核",
  },
  "help-cmd-credit-apply": {
    en: "carry out a reviewed proposal: new tiers in the object registry, every change ledgered",
    zh: "执行审核后的建议：更新检查对象名录的监管等级，每项变更记入台账",
  },
  "help-arg-proposal": { en: "the proposal file", zh: "建议文件" },
  "help-arg-csv": { en: "the CSV or XLSX file", zh: "CSV 或 XLSX 文件" },
  "help-opt-object": { en: "the object (unified social credit code)", zh: "检查对象（统一社会信用代码）" },
  "help-opt-result-department": { en: "the department entering the result (id)", zh: "录入结果的部门（编号）" },
  "help-opt-date": { en: "the day of the inspection, YYYY-MM-DD", zh: "检查日期，YYYY-MM-DD" },
  "help-opt-outcome": { en: "the outcome", zh: "处理结果" },
  "help-opt-deadline": { en: "rectification deadline, YYYY-MM-DD", zh: "整改期限，YYYY-MM-DD" },
  "help-opt-referred-to": { en: "the body it was referred to", zh: "移送的机关" },
  "help-opt-cause": { en: "why it could not be inspected", zh: "无法检查的原因" },
  "help-opt-findings": { en: "the findings, in words", zh: "发现的问题（文字）" },
  "help-opt-signature": {
    en: "the inspection record: signed or refused",
    zh: "检查记录单：signed 已签字，refused 拒绝签字",
  },
  "help-opt-witness": { en: "the witness of a refusal", zh: "拒绝时的见证人" },
  "help-opt-recorder": {
    en: "the number of the recorder (执法记录仪) that filmed a refusal",
    zh: "拒绝时的执法记录仪编号",
  },
  "help-opt-township-staff": {
    en: "the township's staff member present (inspector id)",
    zh: "参加检查的乡镇工作人员（执法人员编号）",
  },
  "help-opt-inspectors": {
    en: "this department's inspectors, comma-separated ids",
    zh: "本部门执法人员编号，逗号分隔",
  },
  "help-opt-serious": { en: "a serious violation (实施方案 二(三)2)", zh: "严重失信情形（实施方案二(三)2）" },
  "help-opt-entered": { en: "the day of entry (default: today)", zh: "录入日期（缺省为今天）" },
  "help-opt-amend": {
    en: "change a result already entered (needs --reason; the earlier value is kept)",
    zh: "更正已录入的结果（须给出 --reason；原结果保留）",
  },
  "help-opt-campaign": {
    en: "the campaign, when the file has no campaign column",
    zh: "工作方案（文件中没有工作方案列时）",
  },
  "help-opt-rectified": { en: "found rectified: closes the item", zh: "已整改：办结" },
  "help-opt-not-rectified": {
    en: "found not rectified: escalates (needs --deadline or --case)",
    zh: "未整改：须再次责令限期整改（--deadline）或立案（--case）",
  },
  "help-opt-case": { en: "not rectified: a case is opened", zh: "未整改：立案调查" },
  "help-opt-overdue": { en: "only what is overdue", zh: "仅列出已逾期的" },
  "help-opt-as-of": {
    en: "judge deadlines as of this day, YYYY-MM-DD (default: today)",
    zh: "按此日期判断期限，YYYY-MM-DD（缺省为今天）",
  },
  "help-opt-fail-on-overdue": {
    en: "exit 1 when anything is overdue (for scripts)",
    zh: "有逾期事项时退出码为 1（供脚本使用）",
  },
  "help-opt-all": { en: "list closed items too", zh: "同时列出已办结的事项" },
  "help-opt-format-followups": { en: "output format: text (default) or json", zh: "输出格式：text（缺省）或 json" },
  "help-opt-format-publish": {
    en: "formats, comma-separated: csv, json, html, docx (default: all)",
    zh: "格式，逗号分隔：csv、json、html、docx（缺省为全部）",
  },
  "help-opt-year": { en: "the year (default: this year)", zh: "年度（缺省为今年）" },
  "help-opt-force-proposal": {
    en: "replace an existing proposal file (your edits in it are lost)",
    zh: "覆盖已有的建议文件（其中的修改将丢失）",
  },
  "results-written": {
    en: "{campaign}: {added} result(s) entered, {amended} amended, {reinspected} re-inspection(s), {unchanged} unchanged. Ledger lines: {lines}.",
    zh: "{campaign}：录入 {added} 条，更正 {amended} 条，复查 {reinspected} 条，未变 {unchanged} 条。台账新增 {lines} 行。",
  },
  "results-refused": {
    en: "Nothing was written: {count} problem(s).",
    zh: "未写入任何内容：有 {count} 个问题。",
  },
  "results-missing-options": {
    en: "Not on a terminal: give at least --object, --department, --date and --outcome (missing: {missing}).",
    zh: "不在终端中运行：至少须给出 --object、--department、--date 和 --outcome（缺少：{missing}）。",
  },
  "results-unreadable-file": { en: "Cannot read {file}: {detail}.", zh: "无法读取 {file}：{detail}。" },
  "results-rectified-or-not": {
    en: "Say --rectified or --not-rectified.",
    zh: "请给出 --rectified（已整改）或 --not-rectified（未整改）。",
  },
  "prompt-object": { en: "Object (team, township)", zh: "检查对象（检查组、乡镇）" },
  "prompt-department": { en: "Department", zh: "部门" },
  "prompt-date": { en: "Day of the inspection (YYYY-MM-DD)", zh: "检查日期（YYYY-MM-DD）" },
  "prompt-outcome": { en: "Outcome", zh: "处理结果" },
  "prompt-deadline": { en: "Rectification deadline (YYYY-MM-DD)", zh: "整改期限（YYYY-MM-DD）" },
  "prompt-referred-to": { en: "Referred to", zh: "移送机关" },
  "prompt-cause": { en: "Why it could not be inspected", zh: "无法检查的原因" },
  "prompt-signature": { en: "Was the inspection record signed?", zh: "检查记录单是否签字？" },
  "prompt-witness": { en: "Witness of the refusal", zh: "见证人" },
  "prompt-recorder": { en: "Recorder (执法记录仪) number", zh: "执法记录仪编号" },
  "prompt-township-staff": { en: "Township staff member present", zh: "参加检查的乡镇工作人员" },
  "prompt-findings": { en: "Findings, in words", zh: "发现的问题" },
  "prompt-confirm": { en: "Enter this result?", zh: "确认录入？" },
  "prompt-signed": { en: "signed", zh: "已签字" },
  "prompt-refused": { en: "refused to sign", zh: "拒绝签字" },
  "prompt-invalid-date": { en: "A date, YYYY-MM-DD", zh: "请输入日期，YYYY-MM-DD" },
  "prompt-cancelled": { en: "Cancelled; nothing was written.", zh: "已取消，未写入任何内容。" },
  "reason-closed": { en: "closed or out of business", zh: "已注销或歇业" },
  "reason-unreachable": { en: "cannot be reached at its registered address", zh: "通过登记的住所无法联系" },
  "reason-refused": { en: "refused or obstructed the inspection", zh: "拒绝或阻碍检查" },
  "followups-department": {
    en: "{department} {name}: {due} due, {overdue} overdue, {escalated} escalated, {closed} closed",
    zh: "{department} {name}：未到期 {due}，已逾期 {overdue}，已升级 {escalated}，已办结 {closed}",
  },
  "followups-none": { en: "No follow-ups.", zh: "没有待办事项。" },
  "followups-unknown-year": {
    en: "{count} deadline(s) fall in {year}, which the calendar does not know: add its holidays to checkonce.yaml under calendar:.",
    zh: "有 {count} 个期限在 {year} 年，工作日历中没有该年：请在 checkonce.yaml 的 calendar: 下添加该年的节假日安排。",
  },
  "status-due": { en: "due", zh: "未到期" },
  "status-overdue": { en: "OVERDUE", zh: "已逾期" },
  "status-escalated": { en: "escalated", zh: "已升级" },
  "status-closed": { en: "closed", zh: "已办结" },
  "kind-entry": { en: "enter result", zh: "录入结果" },
  "kind-rectification": { en: "re-inspect", zh: "整改复查" },
  "kind-publication": { en: "publish", zh: "结果公示" },
  "followups-line": {
    en: "{status}  {kind}  {campaign}  {object} {name}  {when}",
    zh: "{status}  {kind}  {campaign}  {object} {name}  {when}",
  },
  "followups-by": { en: "by {due}", zh: "期限 {due}" },
  "followups-closed-on": { en: "closed {on}{late}", zh: "{on} 办结{late}" },
  "followups-late": { en: ", late", zh: "（逾期）" },
  "followups-case": { en: "case opened", zh: "已立案" },
  "followups-deadline": { en: "rectify by {deadline}, re-inspect by {due}", zh: "整改期限 {deadline}，复查期限 {due}" },
  "publish-checkpoint-stale": {
    en: "Note: the latest checkpoint ({size} line(s)) does not yet cover these results (ledger line {seq}). Run `checkonce checkpoint` before publishing, and print it with the list.",
    zh: "注意：最新检查点（{size} 行）尚未覆盖这些结果（台账第 {seq} 行）。公示前请运行 checkonce checkpoint，并随公示名单一并公布。",
  },
  "publish-done": {
    en: "{campaign}: {published} object(s) published, {held} held back. Files in {dir}:",
    zh: "{campaign}：公示 {published} 个对象，暂缓 {held} 个。文件在 {dir}：",
  },
  "publish-held": {
    en: "  held back: {object} {name}: {why}",
    zh: "  暂缓公示：{object} {name}：{why}",
  },
  "publish-held-missing": { en: "no result yet from {departments}", zh: "{departments} 尚未录入结果" },
  "publish-held-unsealed": {
    en: "changed outside the ledger by {departments}",
    zh: "{departments} 的结果未经台账（被手工修改）",
  },
  "publish-refused": {
    en: "The results of {campaign} have {count} error(s); correct them first (checkonce validate).",
    zh: "{campaign} 的检查结果有 {count} 个错误，请先更正（checkonce validate）。",
  },
  "publish-unknown-format": {
    en: "Unknown format “{format}”; allowed: {allowed}.",
    zh: "未知格式“{format}”，可选：{allowed}。",
  },
  "credit-proposed": {
    en: "Wrote {file}: {tiers} tier change(s), {abnormal} abnormal-operations and {serious} serious-dishonesty candidate(s). Review it, then: checkonce credit apply {file}",
    zh: "已生成 {file}：监管等级调整 {tiers} 项，经营异常名录建议 {abnormal} 项，严重违法失信名单建议 {serious} 项。请审核后运行：checkonce credit apply {file}",
  },
  "credit-proposal-exists": {
    en: "{file} exists (it may hold your review); give --force to replace it.",
    zh: "{file} 已存在（其中可能有审核意见）；如需覆盖，请使用 --force。",
  },
  "credit-applied": {
    en: "{applied} tier change(s) written, {listed} list candidate(s) ledgered, {already} already applied, {rejected} not accepted.",
    zh: "已更新监管等级 {applied} 项，名单建议记入台账 {listed} 项，此前已执行 {already} 项，未采纳 {rejected} 项。",
  },
  "credit-change": { en: "  {object} {name}: {fromEn} → {toEn}", zh: "  {object} {name}：{fromZh} → {toZh}" },
  "credit-listed": {
    en: "  {object} → {list} (for the market regulator to decide)",
    zh: "  {object} → {list}（由市场监管部门依法决定）",
  },
  "credit-refused": { en: "Nothing was written: {count} problem(s).", zh: "未写入任何内容：有 {count} 个问题。" },
  "list-abnormal-operations": { en: "abnormal-operations list", zh: "经营异常名录" },
  "list-serious-dishonesty": { en: "serious-dishonesty list", zh: "严重违法失信名单" },
  "category-no-problem": { en: "No problem found", zh: "未发现问题" },
  "category-corrected": { en: "Problems found, correction ordered", zh: "发现问题已责令改正" },
  "category-pending": { en: "Problems found, further action pending", zh: "发现问题待后续处理" },
  "category-no-activity": {
    en: "No business activity of the kind inspected found",
    zh: "未发现开展本次抽查涉及的经营活动",
  },
  "category-unreachable": {
    en: "Cannot be reached at its registered address (premises)",
    zh: "通过登记的住所（经营场所）无法联系",
  },
  "category-refused-serious": { en: "Refused to cooperate, seriously", zh: "不配合检查情节严重" },
  "pub-title": { en: "Results of the random inspections", zh: "“双随机、一公开”抽查结果公示" },
  "pub-file": { en: "results-publication", zh: "抽查结果公示" },
  "pub-intro": {
    en: "{county} publishes the results of the joint inspection “{campaign}”, as entered by each department by {asOf}.",
    zh: "现将{county}“{campaign}”联合抽查结果予以公示（各部门截至{asOf}录入的结果）。",
  },
  "pub-basis": {
    en: "Published under articles 6 and 7 of the Interim Regulations on Enterprise Information Disclosure, within 20 working days of the results.",
    zh: "依据《企业信息公示暂行条例》第六条、第七条，自检查结果产生之日起20个工作日内公示。",
  },
  "pub-footer": { en: "{county} · {campaign} · results for publication", zh: "{county} · {campaign} · 抽查结果公示" },
  "pub-col-no": { en: "No.", zh: "序号" },
  "pub-col-name": { en: "Name", zh: "名称" },
  "pub-col-code": { en: "Unified social credit code", zh: "统一社会信用代码" },
  "pub-col-item": { en: "Item inspected", zh: "抽查事项" },
  "pub-col-date": { en: "Inspected on", zh: "检查日期" },
  "pub-col-departments": { en: "Departments", zh: "检查部门" },
  "pub-col-result": { en: "Result", zh: "检查结果" },
  "pub-col-detail": { en: "Result by department", zh: "各部门检查结果" },
} satisfies Record<string, { en: string; zh: string }>;

export type ResultsUiKey = keyof typeof resultsUi;

/** Words for the outcomes and public categories inside messages (`{outcomeZh}`). */
export const resultsTerms = {
  results: { en: "results", zh: "检查结果" },
  "no-problem": { en: "no problem found", zh: "未发现问题" },
  "rectified-on-site": { en: "rectified on site", zh: "当场整改" },
  "rectification-ordered": { en: "rectification ordered", zh: "责令限期整改" },
  "case-opened": { en: "case opened", zh: "立案调查" },
  "referred-admin": { en: "referred to another administrative body", zh: "移送其他行政机关" },
  "referred-judicial": { en: "referred to the judiciary", zh: "移送司法机关" },
  "not-inspectable": { en: "could not be inspected", zh: "无法检查" },
} satisfies Record<string, { en: string; zh: string }>;
