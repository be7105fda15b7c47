import type { Lang } from "./messages.js";

/**
 * What `verify` finds is kept as English text in the JSON output (a stable, scriptable form, and
 * what the ledger's tests compare); a Chinese reader gets it in Chinese. Each rule is one shape of
 * difference that the ledger, the recomputation, the results check or a bundle can report; a
 * prefix (a file, a ledger line, "history:") is translated and the rest translated in turn.
 */
type Rule = [RegExp, (...m: string[]) => string];

const lineDetails: Rule[] = [
  [/^not JSON$/, () => "不是 JSON"],
  [/^not a JSON object$/, () => "不是 JSON 对象"],
  [/^seq (\S+), expected (\S+)$/, (a, b) => `序号为 ${a}，应为 ${b}`],
  [/^prev does not match the hash of the line before$/, () => "prev 与上一行的哈希值不符"],
  [/^hash does not match the line's content \(edited\)$/, () => "hash 与该行内容不符（该行已被修改）"],
  [/^no seq, prev or hash$/, () => "缺少 seq、prev 或 hash"],
  [/^no time$/, () => "缺少时间"],
  [/^no campaign$/, () => "缺少工作方案"],
  [/^not a (\S+) line$/, (t) => `不是格式正确的 ${t} 行`],
  [/^unknown line type (.*)$/, (t) => `未知的行类型 ${t}`],
];

/** "stratum CY-01/focus selected [2]" → "抽取层 CY-01/focus 的 selected [2]". */
function fieldName(name: string): string {
  return name
    .replace(/^stratum (\S+) (\S+)/, "抽取层 $1 的 $2")
    .replace(/^team (\S+) township/, "检查组 $1 的乡镇")
    .replace(/^team (\S+) objects/, "检查组 $1 的对象")
    .replace(/^team (\S+) members/, "检查组 $1 的成员")
    .replace(/^seed$/, "种子");
}

const rules: Rule[] = [
  [
    /^ledger: no line for (\S+) attempt (\d+) \(the draw was never ledgered\)$/,
    (c, n) => `台账：没有 ${c} 第 ${n} 次抽取的记录行（该抽取从未记入台账）`,
  ],
  [
    /^ledger: line (\d+) holds digest (\S+), the record file has (\S+) \(the record was edited\)$/,
    (n, a, b) => `台账：第 ${n} 行记载的摘要为 ${a}，抽取记录文件的摘要却是 ${b}（抽取记录已被修改）`,
  ],
  [
    /^ledger: line (\d+) gives the redraw reason (.*), the record (.*)$/,
    (n, a, b) => `台账：第 ${n} 行记载的重新抽取理由为 ${a}，抽取记录中为 ${b}`,
  ],
  [
    /^commitment: ledger line (\d+) is not this campaign's prepare line with digest (\S+)$/,
    (n, d) => `承诺：台账第 ${n} 行不是本工作方案摘要为 ${d} 的承诺行`,
  ],
  [/^commitment: made after the draw$/, () => "承诺：承诺晚于抽取"],
  [
    /^commitment: the record's strata give population digest (\S+), the commitment (\S+)$/,
    (a, b) => `承诺：抽取记录中各层得出的总体摘要为 ${a}，承诺中为 ${b}`,
  ],
  [
    /^history: the earlier draws in the ledger give another history than the record's$/,
    () => "抽取历史：台账中此前各次抽取得出的历史与抽取记录中的不同",
  ],
  [/^(\S+) attempt (\d+): record missing$/, (c, n) => `${c} 第 ${n} 次抽取：抽取记录缺失`],
  [/^record of (\S+) attempt (\d+) is missing$/, (c, n) => `${c} 第 ${n} 次抽取的抽取记录缺失`],
  [
    /^(\S+): attempt (\d+) was written but never entered in the ledger \(a draw was interrupted\); the next `checkonce draw` of (\S+) repairs it if it recomputes$/,
    (f, n, c) =>
      `${f}：第 ${n} 次抽取已写出，但从未记入台账（抽取被中断）；下一次 checkonce draw ${c} 若重算一致即可修复`,
  ],
  [
    /^input (\S+): neither the live file nor a snapshot has the recorded digest$/,
    (f) => `输入文件 ${f}：现有文件和快照都没有记录中的摘要`,
  ],
  [/^input (\S+:\d+): (\S+)$/, (f, code) => `输入文件 ${f}：${code}`],
  [/^recomputing failed: (.*)$/, (d) => `重算失败：${d}`],
  [/^seed: label (.*) is not allowed \((\S+)\)$/, (l, code) => `种子：不允许使用标签 ${l}（${code}）`],
  [
    /^substitution (\d+) \((\S+)\): record (\S+) in (\S+), the rules give (\S+) in (\S+)$/,
    (i, o, r, t, e, t2) => `第 ${i} 次替换（${o}）：记录为 ${t} 中的 ${r}，按规则应为 ${t2} 中的 ${e}`,
  ],
  [/^substitution (\d+) \((\S+)\): (\S+)$/, (i, o, k) => `第 ${i} 次替换（${o}）：${k}`],
  [
    /^(.+?) \[(\d+)\]: record (.*), recomputed (.*?)(?: \((\d+) vs (\d+) entries\))?$/,
    (name, i, a, b, n1, n2) =>
      `${fieldName(name)} 第 ${i} 项：记录为 ${a}，重算为 ${b}${n1 ? `（记录 ${n1} 项，重算 ${n2} 项）` : ""}`,
  ],
  [/^(.+?): record (.*), recomputed (.*)$/, (name, a, b) => `${fieldName(name)}：记录为 ${a}，重算为 ${b}`],
  [/^the result of (\S+) for (\S+) was never entered in the ledger$/, (d, o) => `${d} 对 ${o} 的检查结果从未记入台账`],
  [
    /^the result of (\S+) for (\S+) differs from ledger line (\d+) \(changed by hand; amend it with checkonce results add --amend --reason\)$/,
    (d, o, n) =>
      `${d} 对 ${o} 的检查结果与台账第 ${n} 行不同（被手工修改；请用 checkonce results add --amend --reason 更正）`,
  ],
  [
    /^the result of (\S+) for (\S+) in (\S+) is missing from results\/$/,
    (d, o, c) => `${c} 中 ${d} 对 ${o} 的检查结果在 results/ 中缺失`,
  ],
  [
    /^(\S+) (\S+) (\S+) entered twice \(a change is an amendment\)$/,
    (c, d, o) => `${c} ${d} ${o} 录入了两次（更改应作为更正录入）`,
  ],
  [
    /^(\S+) of (\S+) (\S+) (\S+) before its result was entered$/,
    (t, c, d, o) => `${c} ${d} ${o} 的 ${t} 早于其检查结果录入`,
  ],
  [/^keys: (.*)$/, (m) => `密钥：${m}`],
  [
    /^workspace\/checkonce\.yaml: unreadable, so the ledger's origin is unknown$/,
    () => "workspace/checkonce.yaml：无法读取，因此不知道台账属于哪个县",
  ],
  [/^the signature of (.+) is invalid$/, (n) => `${n} 的签名无效`],
  [
    /^no valid signature of the office's key \(keys\/office\.pub\)$/,
    () => "没有办公室密钥（keys/office.pub）的有效签名",
  ],
  [
    /^its checkpoint \((\d+) lines\) is not a tree of this bundle's ledger$/,
    (n) => `其检查点（${n} 行）不是本材料包台账的一个前缀`,
  ],
  [/^not signed by the office's key in keys\/$/, () => "未经 keys/ 中办公室密钥签名"],
  // Prefixes: translated, and the rest in turn.
  [/^history: (.*)$/, (rest) => `抽取历史：${localiseDifference(rest, "zh")}`],
  [
    /^ledger line (\d+): (.*)$/,
    (n, rest) => `台账第 ${n} 行：${translateWith(lineDetails, rest) ?? localiseDifference(rest, "zh")}`,
  ],
  [/^([^\s:]+\.(?:yaml|json|jsonl|txt)): (.*)$/, (f, rest) => `${f}：${localiseDifference(rest, "zh")}`],
];

function translateWith(table: readonly Rule[], text: string): string | undefined {
  for (const [pattern, render] of table) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1).map((g) => g ?? ""));
  }
  return undefined;
}

/** One difference that verify (or orders, before writing) found, in the reader's language. */
export function localiseDifference(text: string, lang: Lang): string {
  if (lang !== "zh") return text;
  return translateWith(rules, text) ?? text;
}
