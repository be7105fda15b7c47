/**
 * The work orders' part of the message catalogue (merged into messages.ts): command messages and
 * every text printed in the documents, code → { en, zh }.
 */
export const ordersDiagnostics = {
  "notice-number-not-unique": {
    en: "The notice number template “{template}” can give two notices of one campaign the same number: put {n} in it, or both {team} and {order}.",
    zh: "文书编号模板“{template}”可能使同一工作方案的两份通知书编号相同：请加入 {n}，或同时加入 {team} 和 {order}。",
  },
} satisfies Record<string, { en: string; zh: string }>;

export const ordersUi = {
  // the command
  "help-cmd-orders": {
    en: "write the work orders, inspection notices and records, the campaign summary and the list for publication of a draw record",
    zh: "由抽取记录生成检查工作单、执法检查通知书、检查记录单、检查组汇总表和抽查名单公示",
  },
  "help-arg-record": {
    en: "draw record: a path, or a campaign id for its current record",
    zh: "抽取记录：文件路径，或工作方案编号（取其当前记录）",
  },
  "help-opt-format-orders": {
    en: "comma-separated formats: docx, html, md, csv, json, pdf (default docx,html)",
    zh: "输出格式，用逗号分隔：docx、html、md、csv、json、pdf（缺省 docx,html）",
  },
  "help-opt-force-orders": {
    en: "replace an existing output folder (and say which documents changed)",
    zh: "替换已有的输出文件夹（并列出有变化的文书）",
  },
  "help-opt-no-verify": {
    en: "write even if the record does not verify; every page of every document then says so at its top",
    zh: "记录未通过复核也照样生成；每份文书的每一页顶部将注明未经复核",
  },

  "help-opt-out": {
    en: "folder to write <campaign>/ into (default: <workspace>/out)",
    zh: "在此文件夹下写入 <工作方案编号>/（缺省：<工作区>/out）",
  },
  "help-opt-profile-orders": {
    en: "page profile: gbt9704 (the notice as GB/T 9704-2012 lays out an official document; the default) or compact (forms that stay inside the team); default from checkonce.yaml documents.profile",
    zh: "版式：gbt9704（执法检查通知书按 GB/T 9704-2012 党政机关公文格式，缺省）或 compact（紧凑版式，只在检查组内部使用）；缺省取 checkonce.yaml 的 documents.profile",
  },
  "orders-unknown-profile": {
    en: "Unknown page profile “{profile}”; profiles: {allowed}.",
    zh: "未知版式“{profile}”，可选：{allowed}。",
  },
  "orders-unknown-format": {
    en: "Unknown format “{format}”; formats: {allowed}.",
    zh: "未知格式“{format}”，可选：{allowed}。",
  },
  "orders-exists": {
    en: "{dir} already exists. Add --force to replace it; the documents that change are then listed.",
    zh: "{dir} 已存在。如需替换请加 --force，届时将列出有变化的文书。",
  },
  "orders-not-ours": {
    en: "{dir} exists and was not written by `checkonce orders` (no {marker} in it). Move it away, then run again.",
    zh: "{dir} 已存在，但不是 checkonce orders 生成的（其中没有 {marker}）。请先移走该文件夹再运行。",
  },
  "orders-refused": {
    en: "NOT VERIFIED: {record}: {count} difference(s). No documents were written. Run `checkonce verify {record}` for details; --no-verify writes them anyway, each marked as not verified.",
    zh: "复核未通过（NOT VERIFIED）：{record}，{count} 处不一致，未生成任何文书。详情请运行 checkonce verify {record}；使用 --no-verify 可照样生成，每份文书都将注明未经复核。",
  },
  "orders-unverified-warning": {
    en: "Warning: {record} was not verified (--no-verify); every document says so in its footer.",
    zh: "警告：{record} 未经复核（--no-verify），每份文书的页脚均已注明。",
  },
  "orders-done": {
    en: "Wrote {files} file(s) for campaign {campaign}, attempt {attempt}, into {dir}.",
    zh: "已为工作方案 {campaign}（第 {attempt} 次抽取）生成 {files} 个文件，位于 {dir}。",
  },
  "orders-replaced": {
    en: "Replaced the earlier documents: {changed} changed, {added} new, {removed} removed, {unchanged} unchanged.",
    zh: "已替换原有文书：{changed} 个有变化，{added} 个新增，{removed} 个删除，{unchanged} 个未变。",
  },
  "orders-changed-file": { en: "  changed: {file}", zh: "  有变化：{file}" },
  "orders-added-file": { en: "  new:     {file}", zh: "  新增：{file}" },
  "orders-removed-file": { en: "  removed: {file}", zh: "  删除：{file}" },
  "orders-no-browser": {
    en: "PDF needs a Chromium-family browser (Edge, Chrome or Chromium) and none was found. Install one (Debian/Ubuntu: apt-get install chromium) or set CHECKONCE_BROWSER to its path. Looked for: {paths}.",
    zh: "生成 PDF 需要 Chromium 系浏览器（Edge、Chrome 或 Chromium），但没有找到。请安装一个（Debian/Ubuntu：apt-get install chromium），或将环境变量 CHECKONCE_BROWSER 设为其路径。已查找：{paths}。",
  },
  "orders-browser-missing": {
    en: "The browser {browser} given by {variable} does not exist.",
    zh: "环境变量 {variable} 指定的浏览器 {browser} 不存在。",
  },
  "orders-browser-failed": {
    en: "The browser {browser} could not print {file}: {detail}.",
    zh: "浏览器 {browser} 无法打印 {file}：{detail}。",
  },

  // every document
  "doc-joint-inspection": { en: "Joint inspection (综合查一次)", zh: "“综合查一次”联合执法检查" },
  "doc-footer": { en: "{county} · {campaign}{attempt} · {status}", zh: "{county} · {campaign}{attempt} · {status}" },
  "doc-continued": { en: "{document} (continued) — {subject}", zh: "{document}（续页）　{subject}" },
  "doc-more": { en: " (continued)", zh: "（续）" },
  "doc-footer-attempt": { en: " · draw attempt {attempt}", zh: " · 第 {attempt} 次抽取" },
  "doc-footer-verified": {
    en: "written by checkonce from draw record {record}, verified",
    zh: "由 checkonce 依据抽取记录 {record} 生成，记录已复核",
  },
  "doc-footer-unverified": {
    en: "NOT VERIFIED: written by checkonce from draw record {record} without verification (--no-verify); not for official use",
    zh: "未经复核：由 checkonce 依据抽取记录 {record} 生成，生成时未复核（--no-verify），不得作为正式文书使用",
  },
  "doc-unverified-banner": {
    en: "NOT VERIFIED — the draw record was not verified; do not use this document officially.",
    zh: "未经复核——抽取记录未经复核，本文书不得作为正式文书使用。",
  },
  "doc-page": { en: "page {page} of {pages}", zh: "第 {page} 页 共 {pages} 页" },
  "doc-attempt": { en: "Draw attempt {attempt}", zh: "第 {attempt} 次抽取" },
  "doc-attempt-reason": {
    en: "Draw attempt {attempt} (redrawn: {reason})",
    zh: "第 {attempt} 次抽取（重新抽取理由：{reason}）",
  },
  "doc-period": { en: "{start} to {end}", zh: "{start} 至 {end}" },
  "doc-date": { en: "{y}-{mm}-{dd}", zh: "{y}年{m}月{d}日" },
  "doc-date-blank": { en: "Date: ____________", zh: "　　　　年　　月　　日" },
  "doc-list-sep": { en: ", ", zh: "、" },
  "doc-none": { en: "none", zh: "无" },
  "doc-heading-none": { en: ": none", zh: "：无" },
  "doc-item": { en: "{category} / {scene}", zh: "{category}（{scene}）" },
  "doc-round": { en: "round {round}", zh: "第 {round} 轮" },
  "doc-plan-round": { en: "{plan}, round {round}", zh: "{plan}，第 {round} 轮" },
  "doc-name-id": { en: "{name} ({id})", zh: "{name}（{id}）" },
  "doc-route-entry": { en: "{order}. {name}", zh: "{order}. {name}" },
  "doc-not-in-registry": { en: "{id} (not in the registry)", zh: "{id}（名录中没有）" },
  "doc-item-missing": {
    en: "Item {item} is not in the item list: no checklist can be printed.",
    zh: "事项清单中没有事项 {item}，无法列出检查内容。",
  },

  // fields and columns
  "doc-field-campaign": { en: "Campaign", zh: "工作方案" },
  "doc-field-plan": { en: "Annual plan", zh: "年度计划" },
  "doc-field-period": { en: "Dates", zh: "检查时间" },
  "doc-field-lead": { en: "Lead department", zh: "牵头部门" },
  "doc-field-joint": { en: "Joint departments", zh: "联合部门" },
  "doc-field-departments": { en: "Departments", zh: "参与部门" },
  "doc-field-team": { en: "Team", zh: "检查组" },
  "doc-field-township": { en: "Township", zh: "所在乡镇" },
  "doc-field-township-staff": { en: "Township staff", zh: "乡镇陪同人员" },
  "doc-field-route-notes": { en: "Route", zh: "检查路线" },
  "doc-field-logistics": { en: "Logistics", zh: "后勤保障" },
  "doc-field-draw": { en: "Draw", zh: "抽取情况" },
  "doc-field-object": { en: "Object", zh: "被检查单位" },
  "doc-field-credit-code": { en: "Credit code", zh: "统一社会信用代码" },
  "doc-field-address": { en: "Address", zh: "地址" },
  "doc-field-item": { en: "Item", zh: "检查事项" },
  "doc-field-time": { en: "Time", zh: "检查时间" },
  "doc-field-time-blank": { en: "____-__-__  __:__ to __:__", zh: "　　　　年　　月　　日　　时　　分至　　时　　分" },
  "doc-field-place": { en: "Place", zh: "检查地点" },
  "doc-field-present": { en: "Present (name, post)", zh: "被检查单位在场人员（姓名、职务）" },
  "doc-field-inspecting": { en: "Departments", zh: "检查部门" },
  "doc-col-no": { en: "No.", zh: "序号" },
  "doc-col-name": { en: "Name", zh: "姓名" },
  "doc-col-department": { en: "Department", zh: "部门" },
  "doc-col-certificate": { en: "Certificate no.", zh: "执法证号" },
  "doc-col-role": { en: "Role", zh: "职责" },
  "doc-col-order": { en: "No.", zh: "顺序" },
  "doc-col-object": { en: "Object", zh: "检查对象" },
  "doc-col-credit-code": { en: "Credit code", zh: "统一社会信用代码" },
  "doc-col-item": { en: "Item", zh: "检查事项" },
  "doc-col-address": { en: "Address", zh: "地址" },
  "doc-col-note": { en: "Note", zh: "备注" },
  "doc-col-content": { en: "Check", zh: "检查内容" },
  "doc-col-requirement": { en: "Requirement", zh: "检查要求" },
  "doc-col-legal-basis": { en: "Legal basis", zh: "法律依据" },
  "doc-col-method": { en: "Method", zh: "检查方式" },
  "doc-col-findings": { en: "Findings", zh: "检查情况及发现的问题" },
  "doc-col-result": { en: "Result", zh: "检查结果" },
  "doc-col-team": { en: "Team", zh: "检查组" },
  "doc-col-township": { en: "Township", zh: "乡镇" },
  "doc-col-members": { en: "Members", zh: "检查组成员" },
  "doc-col-objects": { en: "Objects in route order", zh: "检查对象（按路线顺序）" },
  "doc-col-lead": { en: "Lead department", zh: "牵头部门" },
  "doc-col-joint": { en: "Joint departments", zh: "联合部门" },
  "doc-col-period": { en: "Dates", zh: "检查时间" },
  "doc-col-count": { en: "Inspectors", zh: "人数" },
  "doc-col-teams": { en: "Teams", zh: "检查组" },
  "doc-col-replaced": { en: "Object drawn", zh: "原抽中对象" },
  "doc-col-replacement": { en: "Replaced by", zh: "替换对象" },
  "doc-col-reason": { en: "Reason", zh: "理由" },
  "doc-role-lead": { en: "lead department", zh: "牵头部门执法人员" },
  "doc-role-joint": { en: "joint department", zh: "联合部门执法人员" },
  "doc-role-township": { en: "township staff", zh: "乡镇工作人员" },
  "doc-members-of": { en: "{department}: {names}", zh: "{department}：{names}" },
  "doc-member": { en: "{name} ({department})", zh: "{name}（{department}）" },
  "doc-note-replaces": { en: "replaces {object} ({name}): {reason}", zh: "替换 {object}（{name}）：{reason}" },

  // the work order
  "doc-title-work-order": { en: "Work order", zh: "检查工作单" },
  "doc-subtitle-team": { en: "{campaign} — team {team}", zh: "{campaign}　检查组 {team}" },
  "doc-section-members": { en: "1. Members", zh: "一、检查组成员" },
  "doc-section-route": { en: "2. Objects in route order", zh: "二、检查对象及路线顺序" },
  "doc-section-checklists": {
    en: "3. Per object, in route order: the notice (handed over), the checklist (for the team) and the record (signed by both sides), each on its own sheets.",
    zh: "三、现场文书：每个检查对象依路线顺序附执法检查通知书（进入现场时交被检查单位）、检查清单（检查组填写）和检查记录单（被检查单位和检查人员签字），每份文书另起一页，单独编页码。",
  },
  "doc-title-checklist": { en: "Checklist", zh: "检查清单" },
  "doc-continued-cover": { en: "{campaign}, team {team}", zh: "{campaign}　检查组 {team}" },
  "doc-continued-object": { en: "object {order}: {name}", zh: "检查对象 {order}：{name}" },
  "doc-continued-record": { en: "object inspected: {name}", zh: "被检查单位：{name}" },
  "doc-object-heading": { en: "Object {order}: {name}", zh: "检查对象 {order}：{name}" },
  "doc-dept-lead": {
    en: "{department} (lead) — inspectors: {inspectors}",
    zh: "{department}（牵头部门）　执法人员：{inspectors}",
  },
  "doc-dept-joint": {
    en: "{department} (joint) — inspectors: {inspectors}",
    zh: "{department}（联合部门）　执法人员：{inspectors}",
  },
  "doc-other-findings": { en: "Other remarks", zh: "其他需要说明的情况" },

  // the inspection notice
  "doc-title-notice": { en: "Inspection notice", zh: "执法检查通知书" },
  "doc-notice-number": { en: "No. {number}", zh: "{number}" },
  "doc-notice-to": { en: "To {name}:", zh: "{name}：" },
  "doc-notice-body": {
    en: "Under the {county} implementation plan for joint cross-department inspections (综合查一次, trial) and the campaign “{campaign}”, your unit was drawn at random (double random, public results). A joint team led by {lead}, with {joint}, will inspect it between {start} and {end}. Item: {item}. Method: {methods}. Each department's legal basis and checks:",
    zh: "根据《{county}跨部门、跨领域“综合查一次”联合执法检查工作实施方案（试行）》和“{campaign}”工作方案，经“双随机”抽取，由{lead}牵头，会同{joint}组成联合检查组，于{start}至{end}期间对你单位开展“综合查一次”联合执法检查。检查事项为{item}，检查方式为{methods}。各部门的检查依据和内容如下：",
  },
  "doc-notice-body-alone": {
    en: "Under the {county} implementation plan for joint cross-department inspections (综合查一次, trial) and the campaign “{campaign}”, your unit was drawn at random (double random, public results). A team of {lead} will inspect it between {start} and {end}. Item: {item}. Method: {methods}. Legal basis and checks:",
    zh: "根据《{county}跨部门、跨领域“综合查一次”联合执法检查工作实施方案（试行）》和“{campaign}”工作方案，经“双随机”抽取，由{lead}组成检查组，于{start}至{end}期间对你单位开展“综合查一次”执法检查。检查事项为{item}，检查方式为{methods}。检查依据和内容如下：",
  },
  "doc-notice-contents": { en: "Legal basis and contents of the inspection:", zh: "检查依据和内容：" },
  "doc-notice-dept-contents": {
    en: "{department}, under {powers}: {contents}.",
    zh: "{department}依据{powers}，检查{contents}。",
  },
  "doc-notice-cooperate": {
    en: "Please have a responsible person present, show the licences, ledgers and records asked for, and answer truthfully.",
    zh: "请你单位安排负责人员在场，如实提供有关证照、台账和资料，配合检查。",
  },
  "doc-notice-rights": {
    en: "Your rights: you may refuse the inspection if fewer than two inspectors come, or if they do not show their enforcement certificates or a certificate does not match its bearer (Administrative Penalty Law, arts. 42 and 55); you may ask for the recusal of an inspector who has a direct interest in your unit or another relationship that may affect impartial enforcement (art. 43); you may state your comments on the inspection record.",
    zh: "你单位依法享有以下权利：检查人员少于两人，或者未出示执法证件、执法证件与身份不符的，有权拒绝检查（《中华人民共和国行政处罚法》第四十二条、第五十五条）；认为检查人员与你单位有直接利害关系或者有其他关系可能影响公正执法的，有权申请回避（同法第四十三条）；有权对检查记录提出意见。",
  },
  "doc-notice-rights-supervision": {
    en: "Your rights: you may refuse the inspection if fewer than two inspectors come, or if they do not show their enforcement certificates or a certificate does not match its bearer (Administrative Penalty Law, arts. 42 and 55); you may ask for the recusal of an inspector who has a direct interest in your unit or another relationship that may affect impartial enforcement (art. 43); you may state your comments on the inspection record; you may call the supervision phone about an objection or an inspector's misconduct.",
    zh: "你单位依法享有以下权利：检查人员少于两人，或者未出示执法证件、执法证件与身份不符的，有权拒绝检查（《中华人民共和国行政处罚法》第四十二条、第五十五条）；认为检查人员与你单位有直接利害关系或者有其他关系可能影响公正执法的，有权申请回避（同法第四十三条）；有权对检查记录提出意见；对检查有异议或者发现检查人员违法违纪的，可以拨打监督电话反映。",
  },
  "doc-notice-inspectors": { en: "The inspectors ({count}):", zh: "检查人员（共 {count} 名）：" },
  "doc-notice-contact": { en: "Contact: {name}, phone {phone}", zh: "联系人：{name}　联系电话：{phone}" },
  "doc-notice-contact-blank": {
    en: "Contact: ____________, phone ____________",
    zh: "联系人：＿＿＿＿＿＿　联系电话：＿＿＿＿＿＿＿＿",
  },
  "doc-notice-supervision": {
    en: "Supervision phone: {phone}",
    zh: "监督电话：{phone}",
  },
  "doc-notice-issuer": { en: "{lead} (seal)", zh: "{lead}（盖章）" },
  "doc-seal": { en: "(seal)", zh: "（印章）" },
  "doc-receipt-title": { en: "Receipt", zh: "送达回执" },
  "doc-receipt-signer": { en: "Received for the object by (signature)", zh: "被检查单位签收人（签字）" },
  "doc-receipt-time": { en: "Date and time received", zh: "签收时间" },

  // the inspection record
  "doc-title-record": { en: "Inspection record", zh: "检查记录单" },
  "doc-record-notice": { en: "Notice no.", zh: "通知书文号" },
  "doc-field-responsible": { en: "Person in charge", zh: "负责人" },
  "doc-field-phone": { en: "Phone", zh: "联系电话" },
  "doc-field-recorder": { en: "Recorded by", zh: "记录人" },
  "doc-field-camera": { en: "Body camera no.", zh: "执法记录仪编号" },
  "doc-record-told": {
    en: "The inspectors showed their enforcement certificates, handed over inspection notice {number}, and told the object: it may refuse the inspection if fewer than two inspectors come or a certificate does not match its bearer, and it may ask for the recusal of an inspector who has a direct interest in it or another relationship that may affect impartial enforcement.",
    zh: "检查人员已出示执法证件，送达执法检查通知书（{number}），并告知：执法人员少于两人或者执法证件与身份不符的，你单位有权拒绝检查；执法人员与你单位有直接利害关系或者有其他关系可能影响公正执法的，你单位有权申请回避。",
  },
  "doc-record-recusal-question": {
    en: "Does the object ask for a recusal? Answer",
    zh: "是否申请回避（被检查单位回答）",
  },
  "doc-record-recusal-answer": {
    en: "☐ no  ☐ yes — of whom, and why: ",
    zh: "□不申请　□申请　申请回避的人员及理由：",
  },
  "doc-record-read": { en: "I have read the record above; it is true.", zh: "以上记录已阅，属实。" },
  "doc-record-page-sign": {
    en: "Initials on this page — object: ________  inspector: ________",
    zh: "本页确认　被检查单位（签字）：＿＿＿＿＿　检查人员（签字）：＿＿＿＿＿",
  },
  "doc-sign-recorder": { en: "Recorded by (signature)", zh: "记录人（签字）" },
  "doc-record-checks": { en: "Checks and results", zh: "检查内容及结果" },
  "doc-result-choices": { en: "☐ yes  ☐ no  ☐ n/a", zh: "□符合　□不符合　□不适用" },
  "doc-record-problems": {
    en: "Problems found and action taken (rectification order, case opened, referral…)",
    zh: "发现的问题及处理意见（责令整改、立案调查、移送等）",
  },
  "doc-record-comments": { en: "Object's comments", zh: "被检查单位对检查记录的意见" },
  "doc-record-signatures": { en: "Signatures", zh: "签字确认" },
  "doc-sign-object": {
    en: "Object inspected (signature or seal)",
    zh: "被检查单位（签字或盖章）",
  },
  "doc-sign-inspector": {
    en: "Inspector {name}, {department}, certificate {certificate}",
    zh: "检查人员 {name}（{department}，执法证号 {certificate}）",
  },
  "doc-sign-township": { en: "Township staff {name}, {department}", zh: "乡镇工作人员 {name}（{department}）" },
  "doc-sign-line": { en: "Signature: ____________   Date: ________", zh: "签名：＿＿＿＿＿＿　日期：＿＿＿＿" },
  "doc-refusal-title": { en: "Refusal to sign or seal", zh: "拒绝签字或盖章的情况" },
  "doc-refusal-intro": {
    en: "If the object refuses to sign or seal, the inspectors note the reason here and may ask a witness to sign or seal, or record the refusal on audio or video.",
    zh: "被检查单位拒绝签字或者盖章的，检查人员在此注明原因，并可以邀请有关人员作为见证人签字或者盖章，或者采取录音、录像等方式记录。",
  },
  "doc-refusal-reason": { en: "Reason given", zh: "拒绝原因" },
  "doc-refusal-witness": { en: "Witness (sign or seal)", zh: "见证人（签字或盖章）" },
  "doc-refusal-witness-capacity": { en: "Witness's employer", zh: "见证人工作单位或身份" },
  "doc-refusal-recording": { en: "Audio/video no.", zh: "录音录像记录编号" },
  "doc-sign-line-short": { en: "Signature: ____________", zh: "签名：＿＿＿＿＿＿" },

  // the campaign summary
  "doc-title-summary": { en: "Campaign summary", zh: "检查组汇总表" },
  "doc-summary-counts": {
    en: "{teams} team(s), {members} member(s) ({township} of them township staff), {objects} object(s).",
    zh: "共 {teams} 个检查组、{members} 名成员（其中乡镇工作人员 {township} 名）、{objects} 个检查对象。",
  },
  "doc-summary-teams": { en: "Teams", zh: "一、检查组" },
  "doc-summary-departments": { en: "Inspectors per department", zh: "二、各部门派出人员" },
  "doc-summary-substitutions": { en: "Substitutions", zh: "三、替换情况" },
  "doc-summary-team-township": { en: "{team} ({township})", zh: "{team}（{township}）" },

  // the list for publication
  "doc-title-publication": { en: "Draw list for publication", zh: "抽查名单公示" },
  "doc-publication-intro": {
    en: "Under the {county} implementation plan for joint cross-department inspections (综合查一次, trial), the objects drawn at random for the campaign “{campaign}” are published below. Dates: {start} to {end}. Lead department: {lead}.",
    zh: "根据《{county}跨部门、跨领域“综合查一次”联合执法检查工作实施方案（试行）》，现将“{campaign}”随机抽取的检查对象名单公示如下。检查时间：{start}至{end}；牵头部门：{lead}。",
  },
  "doc-publication-results": {
    en: "The results will be published within {days} working days after the inspection.",
    zh: "检查结果将在检查结束后 {days} 个工作日内公示。",
  },
  "doc-publication-issuer": { en: "{lead}", zh: "{lead}" },

  // file names (without extension)
  "file-work-order": { en: "work-order", zh: "检查工作单" },
  "file-summary": { en: "summary", zh: "检查组汇总表" },
  "file-publication": { en: "publication", zh: "抽查名单公示" },
} satisfies Record<string, { en: string; zh: string }>;

export type OrdersMessageKey = keyof typeof ordersUi;
