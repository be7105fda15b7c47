import { message, type Lang, type MessageParams } from "./messages.js";
import type { CheckpointMessageKey } from "./messages-checkpoint.js";

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
  // One enterprise's proof (verify --proof, and the proofs of an audit bundle).
  [/^not JSON$/, () => "不是 JSON"],
  [
    /^the file is not in the form checkonce writes \(re-indented or edited\)$/,
    () => "文件不是本工具写出的格式（被重新排版或修改过）",
  ],
  [/^malformed: (.*)$/, (d) => `格式错误：${d}`],
  [/^not a (\S+) file$/, (f) => `不是 ${f} 文件`],
  [/^field (\S+) is missing$/, (f) => `缺少字段 ${f}`],
  [/^the record or the ledger line is missing$/, () => "缺少抽取记录或台账行"],
  [/^the inclusion proof is missing or not hexadecimal$/, () => "包含证明缺失或不是十六进制"],
  [/^checkpoint: (.*)$/, (d) => `检查点：${d}`],
  [/^inclusion: tree size (\d+), the checkpoint's is (\d+)$/, (a, b) => `包含证明：树的大小为 ${a}，检查点的为 ${b}`],
  [
    /^inclusion: ledger line (\d+) with this audit path does not lead to the checkpoint's root (\S+)$/,
    (n, r) => `包含证明：台账第 ${n} 行按此审计路径得不到检查点的根哈希 ${r}`,
  ],
  [/^ledger line: not JSON$/, () => "台账行：不是 JSON"],
  [/^ledger line: its hash does not match its content$/, () => "台账行：哈希值与内容不符"],
  [
    /^ledger line: seq (\d+), the proof says line (\d+) at leaf (\d+)$/,
    (a, b, c) => `台账行：序号为 ${a}，证明中却是第 ${b} 行（叶子 ${c}）`,
  ],
  [/^ledger line: a (\S+) line, not a draw$/, (t) => `台账行：是 ${t} 行，不是抽取行`],
  [
    /^ledger line: about (\S+) attempt (\d+), not (\S+) attempt (\d+)$/,
    (c, n, c2, n2) => `台账行：记载的是 ${c} 第 ${n} 次抽取，不是 ${c2} 第 ${n2} 次`,
  ],
  [/^record: SHA-256 (\S+), the ledger line holds (\S+)$/, (a, b) => `抽取记录：SHA-256 为 ${a}，台账行记载的是 ${b}`],
  [/^record: the sha256 the proof states is not the record's$/, () => "抽取记录：证明中写明的 sha256 不是该记录的"],
  [/^record: named (.*), the ledger line names (.*)$/, (a, b) => `抽取记录：名为 ${a}，台账行中为 ${b}`],
  [/^check: not the text checkonce writes$/, () => "核验说明：不是本工具写出的文字"],
  [/^record: not YAML$/, () => "抽取记录：不是 YAML"],
  [/^record: not a draw record$/, () => "抽取记录：不是抽取记录"],
  [/^record: of (\S+) attempt (\d+)$/, (c, n) => `抽取记录：属于 ${c} 第 ${n} 次抽取`],
  [/^record: its draw key is not SHA-256 of its seed$/, () => "抽取记录：抽取密钥不是其种子的 SHA-256"],
  [/^drawKey: not the one the record's seed gives$/, () => "抽取密钥：与记录中种子得出的不符"],
  [/^seed: not the record's$/, () => "种子：与抽取记录中的不符"],
  [
    /^ticket: (\S+), SHA-256 of key, stratum and id gives (\S+)$/,
    (a, b) => `签号：${a}，由密钥、抽取层和编号算出的 SHA-256 为 ${b}`,
  ],
  [/^record: no stratum (\S+)$/, (s) => `抽取记录：没有抽取层 ${s}`],
  [/^record: (\d+) ticket\(s\) of (\S+) do not recompute$/, (n, s) => `抽取记录：${s} 有 ${n} 个签号重算不一致`],
  [/^record: (\S+) is not in ticket order$/, (s) => `抽取记录：${s} 未按签号排序`],
  [
    /^cutoff: (\S+), the record's last drawn ticket is (\S+)$/,
    (a, b) => `截止签号：${a}，记录中最后一个抽中的签号为 ${b}`,
  ],
  [/^record: (\S+) is not drawn in (\S+)$/, (o, s) => `抽取记录：${o} 未在 ${s} 中被抽取`],
  [/^outcome: the record makes it (\S+), not (\S+)$/, (a, b) => `结果：记录中为 ${a}，不是 ${b}`],
  [
    /^ticket (\S+) is (at or below|above) the cut-off, yet the outcome is (\S+)$/,
    (t, where, o) => `签号 ${t} ${where === "above" ? "高于" : "不高于"}截止签号，结果却是 ${o}`,
  ],
  // A finding of the checkpoint check, kept as its catalogue key and parameters (checkpoint-service).
  [/^finding (\S+) (\{.*\})$/, (key, params) => findingText(key, params, "zh")],
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

function findingText(key: string, params: string, lang: Lang): string {
  try {
    return message(key as CheckpointMessageKey, JSON.parse(params) as MessageParams, lang);
  } catch {
    return `${key} ${params}`;
  }
}

/** One difference that verify (or orders, before writing) found, in the reader's language. */
export function localiseDifference(text: string, lang: Lang): string {
  if (lang !== "zh") {
    const finding = /^(.*?)finding (\S+) (\{.*\})$/.exec(text);
    return finding ? `${finding[1]}${findingText(finding[2] ?? "", finding[3] ?? "", lang)}` : text;
  }
  return translateWith(rules, text) ?? text;
}
