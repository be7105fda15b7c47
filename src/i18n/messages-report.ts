/**
 * The bulletin's part of the message catalogue (`checkonce report`, issue 9: 季度、半年度工作通报),
 * merged into messages.ts. Same shape: code → { en, zh }.
 */
export const reportUi = {
  "help-cmd-report": {
    en: "the bulletin for the leading-group office: per lead department, visits saved, townships, integrity",
    zh: "领导小组办公室工作通报：各牵头部门落实情况、减少检查次数、乡镇联动、抽取可核验性",
  },
  "help-opt-period": {
    en: "the period: 2026Q1..2026Q4, 2026H1, 2026H2 or 2026",
    zh: "通报期间：2026Q1~2026Q4（季度）、2026H1/2026H2（半年）或 2026（全年）",
  },
  "help-opt-as-of-report": {
    en: "count what was written by this day and judge deadlines on it, YYYY-MM-DD (default: today)",
    zh: "统计截至此日期的情况并据此判断期限，YYYY-MM-DD（缺省为今天）",
  },
  "help-opt-format-report": {
    en: "formats, comma-separated: table (terminal), md, html, docx, json, csv (default: table)",
    zh: "格式，逗号分隔：table（终端表格）、md、html、docx、json、csv（缺省为 table）",
  },
  "help-opt-out-report": {
    en: "folder for the files (default: out/report in the workspace)",
    zh: "文件输出目录（缺省为工作区的 out/report）",
  },
  "report-bad-period": {
    en: "Invalid period “{value}”: write a quarter (2026Q1..2026Q4), a half-year (2026H1, 2026H2) or a year (2026).",
    zh: "通报期间“{value}”无效：请写季度（2026Q1~2026Q4）、半年（2026H1、2026H2）或年度（2026）。",
  },
  "report-unknown-format": {
    en: "Unknown format “{format}” for --format; one of: {allowed}.",
    zh: "--format 的格式“{format}”未知，可选：{allowed}。",
  },
  "report-written": { en: "Bulletin {period} written to {dir}:", zh: "{period} 工作通报已写入 {dir}：" },
  "report-incomplete": {
    en: "Some entries of the workspace could not be used (above): the bulletin counts without them.",
    zh: "工作区中有部分条目无法使用（见上），本通报未计入这些条目。",
  },

  // The document
  "rep-title": { en: "Joint inspections (“check once”): bulletin", zh: "“综合查一次”联合执法检查工作通报" },
  "rep-period-quarter": { en: "Q{q} {year}", zh: "{year}年第{qZh}季度" },
  "rep-period-half": { en: "{half} half of {year}", zh: "{year}年{half}半年" },
  "rep-period-year": { en: "the year {year}", zh: "{year}年度" },
  "rep-half-1": { en: "first", zh: "上" },
  "rep-half-2": { en: "second", zh: "下" },
  "rep-subtitle": {
    en: "{county}, {period} (as of {asOf})",
    zh: "{county}（{period}，截至{asOf}）",
  },
  "rep-issuer": {
    en: "Office of the county leading group for joint inspections",
    zh: "县“综合查一次”工作领导小组办公室",
  },
  "rep-summary": {
    en: "In {period}, {held} of the {planned} campaigns planned were held; {inspected} objects were inspected. Inspected separately, the departments would have needed {separate} visits; {joint} joint visits were made, {saved} visits fewer for the businesses. {onTime} of {expected} results were entered on time; {overdueEntries} are overdue. {rectClosed} of {rectOrdered} rectification orders are closed, {rectOverdue} overdue.",
    zh: "{period}，各牵头部门计划开展“综合查一次”{planned}次，已开展{held}次，检查对象{inspected}户。如各部门分别检查需{separate}次，实际联合检查{joint}次，减少对市场主体检查{saved}次。应录入检查结果{expected}条，按时录入{onTime}条，逾期未录入{overdueEntries}条；责令整改{rectOrdered}项，已办结{rectClosed}项，逾期{rectOverdue}项。",
  },
  "rep-summary-plans": {
    en: "{onTime} of {leads} lead departments filed their annual plan by 31 January; {copied} copied it to all their joint departments.",
    zh: "{leads}个牵头部门中，{onTime}个于1月31日前报送年度工作计划备案，{copied}个已抄送全部联合检查部门。",
  },
  "rep-basis": {
    en: "Figures computed from the registries, the draw records, the results and the ledger as they stood on {asOf}; a campaign counts in the period that holds its start date.",
    zh: "本通报数据根据截至{asOf}的名录库、抽取记录、检查结果和台账计算；工作方案按开始日期计入所在期间。",
  },
  "rep-none": { en: "none", zh: "无" },
  "rep-yes": { en: "yes", zh: "是" },
  "rep-no": { en: "no", zh: "否" },
  "rep-total": { en: "County", zh: "全县合计" },

  // Section headings
  "rep-h-plans": { en: "1. Annual plans and campaigns", zh: "一、年度计划和工作方案落实情况" },
  "rep-h-objects": {
    en: "2. Objects called for, drawn and inspected, by tier",
    zh: "二、按等级应抽取、已抽取、已检查对象",
  },
  "rep-h-results": { en: "3. Results, rectification and publication", zh: "三、结果录入、整改和公示" },
  "rep-h-outcomes": { en: "4. Outcomes", zh: "四、检查处理结果" },
  "rep-h-visits": { en: "5. Visits saved: the point of the scheme", zh: "五、减少检查次数情况" },
  "rep-h-participation": { en: "Visits per department taking part", zh: "各参与部门检查情况" },
  "rep-h-repeated": { en: "Objects visited more than once", zh: "本期被多次检查的对象" },
  "rep-h-townships": { en: "6. Townships", zh: "六、县乡联动情况" },
  "rep-h-changes": { en: "7. Redraws and substitutions", zh: "七、重新抽取和替补情况" },
  "rep-h-integrity": { en: "8. Integrity of the draws", zh: "八、抽取过程可核验情况" },
  "rep-h-charts": { en: "Charts", zh: "附图" },
  "rep-h-trend": { en: "Quarter by quarter", zh: "分季度情况" },

  // Columns
  "rep-col-department": { en: "Lead department", zh: "牵头部门" },
  "rep-col-participant": { en: "Department", zh: "部门" },
  "rep-col-plan-filed": { en: "Plan filed", zh: "计划备案" },
  "rep-col-plan-copied": { en: "Copied to joint depts", zh: "抄送联合部门" },
  "rep-col-campaigns": { en: "Campaigns held / planned", zh: "工作方案（已开展/计划）" },
  "rep-col-tier": { en: "{tierName}: called for / drawn / inspected", zh: "{tierName}（应抽/已抽/已查）" },
  "rep-col-all-tiers": { en: "All: called for / drawn / inspected", zh: "合计（应抽/已抽/已查）" },
  "rep-col-expected": { en: "Results due", zh: "应录入" },
  "rep-col-on-time": { en: "On time", zh: "按时录入" },
  "rep-col-late": { en: "Late", zh: "逾期录入" },
  "rep-col-pending": { en: "Not yet (in time)", zh: "未录入（未到期）" },
  "rep-col-overdue": { en: "Overdue", zh: "逾期未录入" },
  "rep-col-rect": {
    en: "Rectification: ordered / closed / open / overdue / escalated",
    zh: "整改（责令/办结/未到期/逾期/升级）",
  },
  "rep-col-pub": {
    en: "Publication: on time / late / pending / overdue",
    zh: "公示（按时/逾期公示/待公示/逾期未公示）",
  },
  "rep-col-separate": { en: "Visits if separate", zh: "分别检查需（次）" },
  "rep-col-joint": { en: "Joint visits made", zh: "联合检查（次）" },
  "rep-col-saved": { en: "Visits saved", zh: "减少检查（次）" },
  "rep-col-inspected": { en: "Objects inspected", zh: "检查对象（户）" },
  "rep-col-shared": { en: "Of which joint", zh: "其中联合检查" },
  "rep-col-object": { en: "Object", zh: "检查对象" },
  "rep-col-code": { en: "Credit code", zh: "统一社会信用代码" },
  "rep-col-visits": { en: "Visits (day: by whom)", zh: "检查情况（日期：检查单位）" },
  "rep-col-township": { en: "Township", zh: "乡镇" },
  "rep-col-with-county": { en: "County-township joint visits", zh: "县乡联合检查（次）" },
  "rep-col-staff": { en: "Township staff taking part", zh: "乡镇参加人员（人）" },
  "rep-col-requested": { en: "Requested: campaigns / objects", zh: "乡镇申请（方案/对象）" },
  "rep-col-campaign": { en: "Campaign", zh: "工作方案" },
  "rep-col-change": { en: "Change", zh: "事项" },
  "rep-col-reason": { en: "Reason", zh: "理由" },
  "rep-col-draws": { en: "Draws in the ledger", zh: "台账抽取记录（次）" },
  "rep-col-attempt": { en: "Current attempt", zh: "当前抽取次数" },
  "rep-col-committed": { en: "Population committed before the seed", zh: "先公布名单摘要后定种子" },
  "rep-col-verifies": { en: "Ledger verifies now", zh: "台账当前核验" },
  "rep-col-quarter": { en: "Quarter", zh: "季度" },
  "rep-col-held": { en: "Campaigns held", zh: "开展（次）" },

  // Cells
  "rep-filed-on-time": { en: "{date} on time", zh: "{date} 按时" },
  "rep-filed-late": { en: "{date} late", zh: "{date} 逾期" },
  "rep-not-filed": { en: "not filed", zh: "未报送" },
  "rep-copied-all": { en: "all", zh: "已全部抄送" },
  "rep-copied-missing": { en: "not to {list}", zh: "未抄送{list}" },
  "rep-redraw": { en: "redraw, attempt {attempt}", zh: "第{attempt}次重新抽取" },
  "rep-substitution": { en: "{object} replaced by {replacement}", zh: "{object} 由 {replacement} 替补" },
  "rep-not-drawn": { en: "not drawn", zh: "未抽取" },
  "rep-verifies-ok": { en: "verifies", zh: "通过" },
  "rep-verifies-failed": { en: "fails ({count})", zh: "未通过（{count}项）" },
  "rep-upper": { en: "upper level", zh: "上级部门" },
  "rep-list-more": { en: "… and {count} more (in the JSON and CSV)", zh: "……另有{count}户（见 JSON、CSV）" },

  // Charts
  "rep-chart-departments": { en: "Objects inspected per lead department", zh: "各牵头部门检查对象（户）" },
  "rep-chart-trend": {
    en: "Quarter by quarter: objects inspected and visits saved",
    zh: "分季度检查对象和减少检查次数",
  },
  "rep-chart-saved": {
    en: "Visits: separate vs joint, per lead department",
    zh: "各牵头部门：分别检查需次数与联合检查次数",
  },
  "rep-legend-inspected": { en: "objects inspected", zh: "检查对象" },
  "rep-legend-saved": { en: "visits saved", zh: "减少检查" },
  "rep-legend-separate": { en: "visits if separate", zh: "分别检查需" },
  "rep-legend-joint": { en: "joint visits", zh: "联合检查" },
  "rep-chart-empty": { en: "No inspections in this period.", zh: "本期无检查。" },
} as const;

export type ReportUiKey = keyof typeof reportUi;
