/**
 * Checkpoints, keys and proofs (issue 12): the ledger's part of the message catalogue, merged into
 * messages.ts. Same shape as messages-draw.ts: key → { en, zh }.
 */
export const checkpointUi = {
  "help-cmd-checkpoint": {
    en: "sign the ledger's size and Merkle root with the office's key and store the checkpoint, to publish",
    zh: "用办公室密钥签署台账的行数和默克尔根并保存检查点，供公开",
  },
  "help-cmd-checkpoint-cosign": {
    en: "cosign the office's latest checkpoint with a department's key, after checking it against this ledger",
    zh: "核对本台账后，用部门密钥副署办公室最新的检查点",
  },
  "help-arg-checkpoint-file": { en: "a stored checkpoint (default: the latest)", zh: "已保存的检查点（缺省为最新）" },
  "help-opt-office-key": {
    en: "the office's private key file (default: ~/.checkonce/keys/<area code>-office.key)",
    zh: "办公室私钥文件（缺省：~/.checkonce/keys/<区划代码>-office.key）",
  },
  "help-opt-cosign-key": { en: "the department's private key file", zh: "部门私钥文件" },
  "help-opt-key-department": {
    en: "a department's key (id as in departments.yaml) instead of the office's",
    zh: "部门密钥（departments.yaml 中的编号），而不是办公室密钥",
  },
  "help-cmd-key": { en: "signing keys for checkpoints", zh: "检查点签名密钥" },
  "help-cmd-key-generate": {
    en: "make an Ed25519 key: the private key outside the workspace, the public key into keys/",
    zh: "生成 Ed25519 密钥：私钥写在工作区之外，公钥写入 keys/",
  },
  "help-opt-key-out": {
    en: "where to write the private key (default: ~/.checkonce/keys/)",
    zh: "私钥写入位置（缺省：~/.checkonce/keys/）",
  },
  "help-cmd-proof": {
    en: "write one object's self-contained proof: ticket, cut-off, ledger line, inclusion in a checkpoint",
    zh: "生成单个对象的独立证明：号签、入选线、台账行及其在检查点中的包含证明",
  },
  "help-opt-proof-out": {
    en: "the proof file (default: draws/proofs/<campaign>/<object>.json)",
    zh: "证明文件（缺省：draws/proofs/<工作方案>/<对象>.json）",
  },
  "help-opt-checkpoint": {
    en: "a published checkpoint (file, text or short form) that today's ledger must extend; repeatable",
    zh: "已公开的检查点（文件、全文或简写），当前台账必须是它的延续；可多次给出",
  },
  "help-opt-proof": { en: "check one object's proof file, with nothing else", zh: "仅凭证明文件核验单个对象" },
  "help-opt-trusted-key": {
    en: "a public key obtained from its owner (keys/*.pub form); repeatable",
    zh: "从持有人处取得的公钥（keys/*.pub 格式）；可多次给出",
  },
  "checkpoint-other-origin": {
    en: "The checkpoint is of the ledger “{origin}”, not of this workspace's “{expected}”.",
    zh: "该检查点属于台账“{origin}”，不是本工作区的台账“{expected}”。",
  },
  "checkpoint-ledger-shorter": {
    en: "The checkpoint covers {size} ledger line(s) but the ledger now has only {lines}: {missing} line(s) were removed.",
    zh: "检查点覆盖台账前 {size} 行，但台账现在只有 {lines} 行：有 {missing} 行被删除。",
  },
  "checkpoint-rewritten": {
    en: "Today's ledger does not extend the checkpoint: its first {size} line(s) hash to {actual}…, the checkpoint says {expected}…. One or more of lines 1–{size} were changed after the checkpoint was made.",
    zh: "当前台账与检查点不一致：前 {size} 行的根哈希为 {actual}…，检查点为 {expected}…。检查点生成之后，第 1–{size} 行中有内容被改动。",
  },
  "checkpoint-resealed": {
    en: "The ledger's own hash chain is intact, so it was rewritten consistently (resealed): only a checkpoint held outside the workspace shows it.",
    zh: "台账自身的哈希链完整，说明它被整体改写并重新封链：只有保存在工作区之外的检查点才能发现。",
  },
  "checkpoint-located": {
    en: "The change lies after line {after} (a checkpoint of that size still holds) and at or before line {atOrBefore}.",
    zh: "改动位于第 {after} 行之后（该大小的检查点仍然成立），第 {atOrBefore} 行或之前。",
  },
  "checkpoint-consistent": {
    en: "CONSISTENT: today's ledger ({todaySize} line(s)) extends the checkpoint of {size} line(s) ({short}); RFC 6962 consistency proof of {proof} hash(es) checked.",
    zh: "一致（CONSISTENT）：当前台账（{todaySize} 行）是检查点（{size} 行，{short}）的延续；已核验 {proof} 个哈希的 RFC 6962 一致性证明。",
  },
  "checkpoint-short-consistent": {
    en: "CONSISTENT: the first {size} line(s) of today's ledger give the root printed on the document ({short}).",
    zh: "一致（CONSISTENT）：当前台账前 {size} 行的根哈希与文书上印的一致（{short}）。",
  },
  "checkpoint-inconsistent": {
    en: "NOT CONSISTENT: {source}",
    zh: "不一致（NOT CONSISTENT）：{source}",
  },
  "checkpoint-unreadable": {
    en: "{source} is neither a checkpoint nor the short form “SIZE 0123-4567-89ab-cdef” ({detail}).",
    zh: "{source} 既不是检查点，也不是“行数 0123-4567-89ab-cdef”形式的简写（{detail}）。",
  },
  "signature-verified": {
    en: "signature of {name} (key {keyId}, {role}): verified",
    zh: "{name}（密钥 {keyId}，{role}）的签名：有效",
  },
  "signature-invalid": {
    en: "signature of {name} (key {keyId}, {role}): INVALID",
    zh: "{name}（密钥 {keyId}，{role}）的签名：无效",
  },
  "signature-unknown": {
    en: "signature of {name} (key {keyId}): not checked, no public key for it in keys/ or --key",
    zh: "{name}（密钥 {keyId}）的签名：未核验，keys/ 或 --key 中没有它的公钥",
  },
  "signature-none-verified": {
    en: "No signature of a known key verifies: who made this checkpoint is not shown (the ledger is still compared with it).",
    zh: "没有任何已知公钥的签名通过核验：无法证明检查点由谁生成（仍已与台账比对）。",
  },
  "role-office": { en: "leading-group office", zh: "领导小组办公室" },
  "role-cosigner": { en: "cosignature", zh: "部门副署" },
  "checkpoint-done": {
    en: "Checkpoint of ledger {origin} at {size} line(s): {short}. Stored in {file}. Publish it (print it on the draw list, post it) now.",
    zh: "台账 {origin} 检查点（{size} 行）：{short}。已保存到 {file}。请立即公开（印在抽查名单上、张贴公示）。",
  },
  "checkpoint-cosigned": {
    en: "Cosigned the checkpoint of {size} line(s) ({short}) as {name}. Stored in {file}.",
    zh: "已以 {name} 副署检查点（{size} 行，{short}）。已保存到 {file}。",
  },
  "checkpoint-empty-ledger": {
    en: "The ledger is empty: there is nothing to checkpoint yet.",
    zh: "台账为空，尚无可生成检查点的内容。",
  },
  "checkpoint-not-extending": {
    en: "Refused: today's ledger does not extend the stored checkpoint {file} ({short}). A checkpoint inconsistent with an earlier one must never be signed; find out what changed the ledger.",
    zh: "拒绝：当前台账不是已保存检查点 {file}（{short}）的延续。与此前检查点不一致的检查点绝不能签署；请查明台账被改动的原因。",
  },
  "checkpoint-conflict": {
    en: "{file} already holds another checkpoint of {size} line(s); nothing was written.",
    zh: "{file} 已有另一份 {size} 行的检查点，未写入任何内容。",
  },
  "checkpoint-none": {
    en: "No checkpoint is stored in draws/checkpoints/. Make one: `checkonce checkpoint --key <office key>`.",
    zh: "draws/checkpoints/ 中没有检查点。请先生成：checkonce checkpoint --key <办公室私钥>。",
  },
  "checkpoint-wrong-key": {
    en: "The key {name} is not the office's key for this ledger ({origin}).",
    zh: "密钥 {name} 不是本台账（{origin}）的办公室密钥。",
  },
  "checkpoint-cosign-needs-office": {
    en: "The checkpoint {file} carries no valid signature of the office's key (keys/office.pub): a department cosigns only what the office signed.",
    zh: "检查点 {file} 没有办公室密钥（keys/office.pub）的有效签名：部门只能副署办公室已签署的检查点。",
  },
  "key-unreadable": {
    en: "Cannot use the key file {file}: {detail}.",
    zh: "无法使用密钥文件 {file}：{detail}。",
  },
  "key-exists": {
    en: "{file} already exists; a key is never overwritten. Move it away first if you mean to replace it.",
    zh: "{file} 已存在；密钥从不覆盖。如确要更换，请先移走该文件。",
  },
  "key-inside-workspace": {
    en: "The private key must not be written inside the workspace ({file}): whoever holds the workspace could then sign for the office.",
    zh: "私钥不能写在工作区内（{file}）：否则持有工作区的人即可冒用办公室签名。",
  },
  "key-generated": {
    en: "Key {name} (key ID {keyId}). Private key: {private} (keep it secret, back it up). Public key: {public} (commit it, and publish this line): {vkey}",
    zh: "密钥 {name}（密钥标识 {keyId}）。私钥：{private}（妥善保密并备份）。公钥：{public}（提交到工作区，并公开这一行）：{vkey}",
  },
  "key-unknown-department": {
    en: "Unknown department “{department}” (known: {known}).",
    zh: "未知部门“{department}”（现有：{known}）。",
  },
  "proof-written": {
    en: "Proof for {object} in {campaign} written to {file} ({outcome}; ledger line {seq} in the checkpoint of {size} line(s)). Check it anywhere: checkonce verify --proof {file}",
    zh: "已将 {campaign} 中 {object} 的证明写入 {file}（{outcome}；台账第 {seq} 行，检查点 {size} 行）。可在任何地方核验：checkonce verify --proof {file}",
  },
  "proof-unreadable": {
    en: "Cannot read the proof file {file}: {detail}.",
    zh: "无法读取证明文件 {file}：{detail}。",
  },
  "proof-no-checkpoint": {
    en: "No stored checkpoint covers ledger line {seq} of {campaign}: make and publish one first (`checkonce checkpoint`).",
    zh: "没有已保存的检查点覆盖 {campaign} 的台账第 {seq} 行：请先生成并公开检查点（checkonce checkpoint）。",
  },
  "proof-object-not-in-record": {
    en: "Object “{object}” is neither drawn, a reserve nor a replacement in {campaign} attempt {attempt}.",
    zh: "对象“{object}”在 {campaign} 第 {attempt} 次抽取中既未被抽中，也不是候补或替换对象。",
  },
  "proof-ok": {
    en: "VERIFIED: {object} was {outcome} in {campaign} attempt {attempt} (stratum {stratum}, ticket {ticket}…, cut-off {cutoff}…); the record is ledger line {seq}, included in the checkpoint of {size} line(s) ({short}).",
    zh: "核验通过（VERIFIED）：{object} 在 {campaign} 第 {attempt} 次抽取中{outcome}（抽取层 {stratum}，号签 {ticket}…，入选线 {cutoff}…）；记录为台账第 {seq} 行，包含在检查点（{size} 行，{short}）中。",
  },
  "proof-keys-untrusted": {
    en: "The signatures were checked with the keys inside the file: compare their key IDs with the ones the office published, or give --key with the office's public key.",
    zh: "签名是用文件自带的公钥核验的：请将密钥标识与办公室公开的标识比对，或用 --key 给出办公室公钥。",
  },
  "proof-failed": {
    en: "NOT VERIFIED: {file}: {count} problem(s).",
    zh: "核验未通过（NOT VERIFIED）：{file}，{count} 处问题。",
  },
  "outcome-selected": { en: "drawn", zh: "被抽中" },
  "outcome-reserve": { en: "a reserve", zh: "为候补" },
  "outcome-replacement": { en: "drawn as a replacement", zh: "作为替换对象被抽中" },
  "outcome-replaced": { en: "drawn, then replaced", zh: "被抽中后被替换" },
  "checkpoint-doc-none": {
    en: "Ledger checkpoint: none yet (checkonce checkpoint makes one; publish it with this list)",
    zh: "台账检查点：尚未生成（用 checkonce checkpoint 生成，并随本名单公开）",
  },
  "checkpoint-doc-stale": {
    en: "Note: the latest checkpoint ({size} line(s)) does not yet cover this draw (ledger line {seq}). Run `checkonce checkpoint` before publishing.",
    zh: "注意：最新检查点（{size} 行）尚未覆盖本次抽取（台账第 {seq} 行）。公布前请运行 checkonce checkpoint。",
  },
  "checkpoint-doc-public": {
    en: "Ledger checkpoint when this list was made: {short}",
    zh: "本名单生成时的抽查台账检查点：{short}",
  },
  "checkpoint-column": { en: "Ledger checkpoint", zh: "台账检查点" },
  "checkpoint-doc-line": {
    en: 'Ledger checkpoint {short} (checkonce verify --checkpoint "{short}")',
    zh: '台账检查点 {short}（可用 checkonce verify --checkpoint "{short}" 核验）',
  },
} satisfies Record<string, { en: string; zh: string }>;

export type CheckpointMessageKey = keyof typeof checkpointUi;
