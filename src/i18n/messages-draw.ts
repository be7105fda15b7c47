/**
 * The draw's part of the message catalogue (merged into messages.ts; kept apart only so that the
 * draw and the registries can be edited side by side). Same shape: code → { en, zh }.
 */
export const drawDiagnostics = {
  "campaign-township-staff-risk": {
    en: "Campaign “{campaign}”: township “{township}” has {available} staff available for county-township linkage, one per team: enough for {capacity} objects there. The draw is expected to put about {expected} objects in this township, but more than {capacity} with a chance of about {chance}: such a draw stops and writes nothing. Add staff for this township before the seed is made.",
    zh: "工作方案“{campaign}”：乡镇“{township}”可参加县乡联动的工作人员有 {available} 名，每组随同 1 名，够该乡镇 {capacity} 个检查对象。预计抽中该乡镇约 {expected} 个对象，但超过 {capacity} 个的可能约为 {chance}：那样的抽取会中止，不写入任何内容。请在生成种子之前为该乡镇补充工作人员。",
  },
} satisfies Record<string, { en: string; zh: string }>;

export const drawUi = {
  "draw-unknown-campaign": {
    en: "Unknown campaign “{campaign}” (known: {known}).",
    zh: "未知工作方案“{campaign}”（现有：{known}）。",
  },
  "draw-unknown-plan": {
    en: "Campaign “{campaign}” names plan “{plan}”, which does not exist.",
    zh: "工作方案“{campaign}”所属年度计划“{plan}”不存在。",
  },
  "draw-unknown-item": {
    en: "Campaign “{campaign}” names item “{item}”, which does not exist.",
    zh: "工作方案“{campaign}”中的事项“{item}”不存在。",
  },
  "draw-item-not-published": {
    en: "Item “{item}” of campaign “{campaign}” is {status}; only published items can be drawn.",
    zh: "工作方案“{campaign}”的事项“{item}”状态为{statusZh}，只有已公布的事项可以抽取。",
  },
  "draw-infeasible-stratum": {
    en: "Stratum {stratum}: {needed} objects to draw but only {available} eligible. Nothing was written.",
    zh: "抽取层 {stratum}：应抽 {needed} 个对象，符合条件的只有 {available} 个。未写入任何内容。",
  },
  "draw-infeasible-inspectors": {
    en: "Team {team} ({township}): department “{department}” must send {needed} inspector(s) (qualification: {qualification}) but only {available} are available (certificate valid on every day of the campaign, active, not on leave, not recused, not in another team). Nothing was written.",
    zh: "检查组 {team}（{township}）：部门“{department}”需派出 {needed} 名执法人员（资质：{qualification}），符合条件的只有 {available} 名（执法证在检查期间每天有效、在岗、未请假、无需回避、未编入其他组）。未写入任何内容。",
  },
  "draw-infeasible-township-staff": {
    en: "Team {team} ({township}): township “{township}” must send {needed} staff member(s) along with the team (county–township linkage) but only {available} are available (certificate valid on every day of the campaign, active, not on leave, not recused, not in another team). Nothing was written.",
    zh: "检查组 {team}（{township}）：乡镇“{township}”需派 {needed} 名工作人员随组参加县乡联动检查，可派的只有 {available} 名（执法证在检查期间每天有效、在岗、未请假、无需回避、未编入其他组）。未写入任何内容。",
  },
  "draw-workspace-invalid": {
    en: "The workspace has {errors} error(s); a draw needs valid registries. Run `checkonce validate`.",
    zh: "工作区有 {errors} 个错误，抽取需要名录全部有效。请运行 checkonce validate。",
  },
  "seed-missing": {
    en: "No seed. Give one or more parts: --seed 县市场监管局=83920174... (at least {min} digits in all). There is no default seed.",
    zh: "没有种子。请给出一个或多个部分：--seed 县市场监管局=83920174……（合计至少 {min} 位数字）。没有缺省种子。",
  },
  "seed-malformed": {
    en: "Seed part “{part}” is not LABEL=DIGITS (decimal digits 0-9 only, typed half-width).",
    zh: "种子部分“{part}”不是“提供方=数字”的形式（只能是半角十进制数字 0-9）。",
  },
  "seed-label-invalid": {
    en: "Seed label “{label}” contains {char} ({codePoint}), which a label may not hold. A label is letters or digits (Chinese included) and - _ . · ( ) （ ）: no spaces, no “=”, no line breaks.",
    zh: "种子提供方“{label}”含有不允许的字符 {char}（{codePoint}）。提供方只能由文字、字母、数字和 - _ . · ( ) （ ）组成：不能有空格、“=”或换行。",
  },
  "seed-label-too-long": {
    en: "Seed label “{label}” is longer than {max} characters.",
    zh: "种子提供方“{label}”超过 {max} 个字。",
  },
  "seed-not-utf8": {
    en: "Seed part “{part}” holds characters that are not UTF-8: save the seed file as UTF-8 (in Notepad: Save as, Encoding UTF-8).",
    zh: "种子部分“{part}”含有非 UTF-8 字符：请将种子文件另存为 UTF-8 编码（记事本：另存为，编码选 UTF-8）。",
  },
  "reason-missing": {
    en: 'A reason is required: {option} "..." (at least {min} characters).',
    zh: '必须说明理由：{option} "……"（至少 {min} 个字）。',
  },
  "reason-too-short": {
    en: "The reason “{reason}” is too short ({length} character(s)); give at least {min}.",
    zh: "理由“{reason}”太短（{length} 个字），至少需要 {min} 个字。",
  },
  "seed-too-short": {
    en: "The seed has {digits} digits in all; at least {min} are needed.",
    zh: "种子合计只有 {digits} 位数字，至少需要 {min} 位。",
  },
  "seed-duplicate-label": { en: "Seed label “{label}” is given twice.", zh: "种子提供方“{label}”重复。" },
  "seed-file-unreadable": {
    en: "Cannot read the seed file {file}: {detail}.",
    zh: "无法读取种子文件 {file}：{detail}。",
  },
  "draw-exists": {
    en: 'Campaign “{campaign}” was already drawn (attempt {attempt}). A second draw needs --redraw --reason "..."; it will be shown as attempt {next} in every report.',
    zh: '工作方案“{campaign}”已经抽取过（第 {attempt} 次）。再次抽取须使用 --redraw --reason "……"，所有报告都将显示为第 {next} 次抽取。',
  },
  "draw-population-changed": {
    en: "The population no longer matches the commitment of ledger line {seq} ({when}): {changes}. Run `checkonce draw prepare {campaign}` again before the seed is made.",
    zh: "检查对象总体与台账第 {seq} 行（{when}）的承诺不一致：{changes}。请在生成种子之前重新运行 checkonce draw prepare {campaign}。",
  },
  "draw-change-added": { en: "{count} object(s) added to {stratum}", zh: "{stratum} 增加 {count} 个对象" },
  "draw-change-removed": { en: "{count} object(s) removed from {stratum}", zh: "{stratum} 减少 {count} 个对象" },
  "draw-change-size": {
    en: "{stratum} now draws {toDraw} with {reserves} reserve(s) (committed {oldToDraw} and {oldReserves})",
    zh: "{stratum} 现应抽 {toDraw} 个、候补 {reserves} 个（承诺时为 {oldToDraw} 个、{oldReserves} 个）",
  },
  "draw-change-strata": { en: "the strata differ ({strata})", zh: "抽取层不同（{strata}）" },
  "draw-no-commitment": {
    en: "No `draw prepare` commitment for campaign “{campaign}”. Run `checkonce draw prepare {campaign}` before the seed is made, or `checkonce draw {campaign} --seed ...` to do both in one go (the record then says no commitment existed).",
    zh: "工作方案“{campaign}”没有 draw prepare 承诺。请在生成种子前运行 checkonce draw prepare {campaign}，或用 checkonce draw {campaign} --seed …… 一步完成（记录将注明事先没有承诺）。",
  },
  "draw-locked": {
    en: "Another draw is running on this workspace (lock {lock}, process {pid}, since {since}). If no draw is running, delete the lock file.",
    zh: "本工作区正在进行另一次抽取（锁文件 {lock}，进程 {pid}，开始于 {since}）。如确无抽取在进行，请删除该锁文件。",
  },
  "draw-orphan-record": {
    en: "{record} (attempt {attempt}) was written but never entered in the ledger: a draw was interrupted.",
    zh: "{record}（第 {attempt} 次）已写入，但未记入台账：抽取曾被中断。",
  },
  "draw-orphan-repaired": {
    en: "Repaired: {record} (attempt {attempt}) recomputes exactly from its inputs and seed; its ledger line was added now.",
    zh: "已修复：{record}（第 {attempt} 次）可由输入和种子完全复现，现已补记台账。",
  },
  "draw-orphan-refused": {
    en: "{record} is not in the ledger and cannot be entered now: {detail}. Move it away and investigate before drawing again.",
    zh: "{record} 不在台账中，且现在不能补记：{detail}。请先移走该文件并调查，再重新抽取。",
  },
  "draw-exists-repaired": {
    en: 'Repaired: {record} (attempt {attempt}) recomputes exactly from its inputs and seed; its ledger line was added now. Campaign “{campaign}” is therefore drawn; a second draw needs --redraw --reason "..." (attempt {next}).',
    zh: '已修复：{record}（第 {attempt} 次）可由输入和种子完全复现，现已补记台账。因此工作方案“{campaign}”已抽取；再次抽取须使用 --redraw --reason "……"（将为第 {next} 次）。',
  },
  "ledger-broken": {
    en: "The ledger draws/ledger.jsonl is damaged ({detail}). Run `checkonce verify --ledger` and restore it from git before drawing.",
    zh: "台账 draws/ledger.jsonl 已损坏（{detail}）。请运行 checkonce verify --ledger，并从 git 恢复后再抽取。",
  },
  "draw-input-changed": {
    en: "{file} changed while the draw was being made (its content differs from what was read). Nothing was written; run the draw again.",
    zh: "抽取过程中 {file} 发生了变化（内容与读取时不同）。未写入任何内容，请重新抽取。",
  },
  "record-not-found": { en: "No draw record {record}.", zh: "没有抽取记录 {record}。" },
  "record-invalid": {
    en: "{record} is not a valid draw record: {detail}",
    zh: "{record} 不是有效的抽取记录：{detail}",
  },
  "substitute-not-drawn": {
    en: "Object “{object}” was not drawn in {record}.",
    zh: "对象“{object}”不在 {record} 的抽取结果中。",
  },
  "substitute-no-reserve": {
    en: "Stratum {stratum} has no reserve left for “{object}”.",
    zh: "抽取层 {stratum} 已没有可替换“{object}”的候补。",
  },
  "substitute-done": {
    en: "{object} replaced by {replacement} (stratum {stratum}, team {team}).",
    zh: "{object} 已由 {replacement} 替换（抽取层 {stratum}，检查组 {team}）。",
  },
  "prepare-done": {
    en: "Committed the population of campaign {campaign} to ledger line {seq} (digest {digest}). Now make the seed in public, then run `checkonce draw run {campaign} --seed ...`.",
    zh: "已将工作方案 {campaign} 的检查对象总体承诺记入台账第 {seq} 行（摘要 {digest}）。下一步：公开生成种子，然后运行 checkonce draw run {campaign} --seed ……。",
  },
  "draw-done": {
    en: "Drew campaign {campaign}, attempt {attempt}: {objects} object(s) in {teams} team(s). Record: {record}.",
    zh: "工作方案 {campaign} 第 {attempt} 次抽取完成：{objects} 个对象，{teams} 个检查组。记录：{record}。",
  },
  "draw-no-prior-commitment": {
    en: "No prior commitment existed: prepared and drawn in one go.",
    zh: "事先没有承诺：本次抽取一步完成。",
  },
  "verify-ok": {
    en: "VERIFIED: {record} (campaign {campaign}, attempt {attempt}) recomputes exactly from {source}.",
    zh: "复核通过（VERIFIED）：{record}（工作方案 {campaign}，第 {attempt} 次）可由{source}完全复现。",
  },
  "verify-failed": {
    en: "NOT VERIFIED: {record}: {count} difference(s).",
    zh: "复核未通过（NOT VERIFIED）：{record}，{count} 处不一致。",
  },
  "verify-ledger-ok": {
    en: "VERIFIED: the ledger's {lines} line(s) chain correctly and name {records} record(s), all verified.",
    zh: "复核通过（VERIFIED）：台账 {lines} 行链接完整，涉及的 {records} 份记录全部复核通过。",
  },
  "verify-ledger-failed": {
    en: "NOT VERIFIED: {count} problem(s) in the ledger.",
    zh: "复核未通过（NOT VERIFIED）：台账有 {count} 处问题。",
  },
  "bundle-done": {
    en: "Wrote the audit bundle {dir}. Check it anywhere with `checkonce verify --bundle {dir}`.",
    zh: "已生成审计包 {dir}。可在任何机器上用 checkonce verify --bundle {dir} 复核。",
  },
  "bundle-exists": { en: "{dir} already exists and is not empty.", zh: "{dir} 已存在且不为空。" },
  "draw-header": {
    en: "Campaign {campaign} (plan {plan}), attempt {attempt}, {start} to {end}",
    zh: "工作方案 {campaign}（年度计划 {plan}），第 {attempt} 次抽取，{start} 至 {end}",
  },
  "draw-header-redraw": { en: "Redraw, attempt {attempt}: {reason}", zh: "重新抽取（第 {attempt} 次）：{reason}" },
  "draw-header-commitment": {
    en: "Population committed before the seed: ledger line {seq}, digest {digest}…",
    zh: "种子生成前已承诺总体：台账第 {seq} 行，摘要 {digest}…",
  },
  "draw-header-seed": { en: "Seed: {parts}; draw key {key}", zh: "种子：{parts}；抽取密钥 {key}" },
  "live-files": { en: "the live files", zh: "当前文件" },
  "snapshot-files": { en: "the stored input snapshot", zh: "存档的输入快照" },
  "bundle-files": { en: "the bundle", zh: "审计包" },
} satisfies Record<string, { en: string; zh: string }>;

export type DrawMessageKey = keyof typeof drawUi;
