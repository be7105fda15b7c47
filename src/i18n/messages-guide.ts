/**
 * Messages for an officer's first hour (issue 15): what a command did, said where it happened,
 * in one language. Kept apart so that other catalogue files merge without conflicts.
 */
interface Entry {
  en: string;
  zh: string;
}

export const guideDiagnostics = {
  "orders-force-needs-yes": {
    en: "Not replaced: {dir} holds the files listed above, which this run would remove. Add --yes to remove them, or ask for their formats with --format.",
    zh: "未替换：{dir} 中有上面列出的文件，本次运行会删除它们。确需删除请加 --yes，或用 --format 同时生成这些格式。",
  },
  "workspace-folder-missing": {
    en: "The folder {dir} does not exist. Give -w an existing workspace folder, or create one with `checkonce init {dir}`.",
    zh: "文件夹 {dir} 不存在。请用 -w 指定已有的工作区文件夹，或用 checkonce init {dir} 新建。",
  },
  "workspace-no-config": {
    en: "{dir} is not a workspace: it holds no checkonce.yaml. Give -w the workspace folder, or run `checkonce init` there.",
    zh: "{dir} 不是工作区：其中没有 checkonce.yaml。请用 -w 指定工作区文件夹，或在该处运行 checkonce init。",
  },
} satisfies Record<string, Entry>;

export const guideUi = {
  "verify-what": {
    en: "say what to verify: {usage}",
    zh: "请指明要复核什么：{usage}",
  },
  "verify-usage": {
    en: "verify <record> | --ledger | --bundle <dir> | --checkpoint <file> | --proof <file>",
    zh: "verify <抽取记录或工作方案> | --ledger | --bundle <文件夹> | --checkpoint <文件> | --proof <文件>",
  },
  "strict-counted": {
    en: "--strict: the {warnings} warning(s) count as errors, so the exit code is 1.",
    zh: "--strict：{warnings} 个警告按错误计算，因此退出码为 1。",
  },
  "draw-campaign-past": {
    en: "Warning: campaign {campaign} ran from {start} to {end}, before today ({today}). Check the campaign id and its dates in plans.yaml; the draw goes on the record as made today.",
    zh: "警告：工作方案 {campaign} 的检查时间为 {start} 至 {end}，已早于今天（{today}）。请核对工作方案编号和 plans.yaml 中的日期；本次抽取将以今天的日期记入台账。",
  },
  "prepare-supersedes": {
    en: "This commitment (ledger line {seq}) supersedes the earlier one of campaign {campaign} (line {earlier}, {when}): `draw run` checks the population against the latest. Both stay in the append-only ledger, so anyone reading it sees that the population was committed again.",
    zh: "本次承诺（台账第 {seq} 行）取代工作方案 {campaign} 先前的承诺（第 {earlier} 行，{when}）：draw run 按最新的承诺核对检查对象总体。两次承诺都保留在只能追加的台账中，任何人查阅台账都能看到总体曾被重新承诺。",
  },
  "draw-replacement-note": {
    en: "replaces {replaced}: {reason}; lies in {township}, visited by team {team} ({teamTownship})",
    zh: "替换 {replaced}：{reason}；对象位于{township}，由 {team} 检查组（{teamTownship}）检查",
  },
  "draw-replacements-heading": { en: "Replacements:", zh: "替换：" },
  "help-choices": { en: "choices: {choices}", zh: "可选：{choices}" },
  // commander's own errors, said as ours (cli/main.ts localiseCommanderError; after "Error: ")
  "cli-unknown-option": { en: "Unknown option “{option}”.", zh: "未知选项“{option}”。" },
  "cli-unknown-command": {
    en: "Unknown command “{command}”; `checkonce --help` lists the commands.",
    zh: "未知命令“{command}”；checkonce --help 列出所有命令。",
  },
  "cli-missing-argument": { en: "Missing argument “{argument}”.", zh: "缺少参数“{argument}”。" },
  "cli-option-needs-value": { en: "Option {option} needs a value.", zh: "选项 {option} 缺少取值。" },
  "cli-too-many-arguments": {
    en: "Too many arguments: {expected} expected, {got} given.",
    zh: "参数过多：应为 {expected} 个，实际为 {got} 个。",
  },
  "cli-did-you-mean": { en: "(Did you mean {suggestion}?)", zh: "（是否要输入 {suggestion}？）" },
  "help-default": { en: "default: {value}", zh: "缺省：{value}" },
  "orders-will-remove": {
    en: "Replacing {dir} removes {count} file(s) whose format this run does not write again:",
    zh: "替换 {dir} 将删除以下 {count} 个文件（本次不再生成其格式）：",
  },
  "orders-confirm-remove": { en: "Remove these {count} file(s)?", zh: "确定删除这 {count} 个文件吗？" },
  "orders-kept": { en: "Nothing was changed in {dir}.", zh: "{dir} 未作任何改动。" },
  "help-opt-yes-orders": {
    en: "with --force: remove the files listed without asking (needed off a terminal)",
    zh: "与 --force 同用：不经询问删除所列文件（非终端运行时必须给出）",
  },
  "init-created-here": {
    en: "Created a workspace in the current folder. Next: edit the files, then run `checkonce validate`.",
    zh: "已在当前文件夹创建工作区。下一步：编辑其中的文件，然后运行 checkonce validate。",
  },
} satisfies Record<string, Entry>;

/** Words of tables and terms (`term()`). */
export const guideTerms = {
  "col-note": { en: "Note", zh: "备注" },
  "single-line": { en: "single line of text", zh: "单行文本" },
  "multi-line": { en: "text", zh: "文本" },
  // The `yaml` package's error codes (its messages are English only).
  ALIAS_PROPS: { en: "an alias cannot carry an anchor or a tag", zh: "别名不能带锚点或标签" },
  BAD_ALIAS: { en: "invalid alias", zh: "别名无效" },
  BAD_DIRECTIVE: { en: "invalid directive (a line starting with %)", zh: "指令无效（以 % 开头的行）" },
  BAD_DQ_ESCAPE: { en: "invalid escape in a double-quoted string", zh: "双引号字符串中的转义无效" },
  BAD_INDENT: { en: "wrong indentation", zh: "缩进不正确" },
  BAD_PROP_ORDER: { en: "anchor and tag in the wrong place", zh: "锚点和标签的位置不正确" },
  BAD_SCALAR_START: {
    en: "a value cannot start with this character; put it in quotes",
    zh: "值不能以此字符开头（如 @ 或 `），请加引号",
  },
  BLOCK_AS_IMPLICIT_KEY: { en: "a block cannot be a key", zh: "块结构不能作为键" },
  BLOCK_IN_FLOW: { en: "a block inside [ ] or { }", zh: "方括号或花括号内不能使用块结构" },
  DUPLICATE_KEY: { en: "duplicate key", zh: "键重复" },
  IMPOSSIBLE: { en: "internal parser error", zh: "解析器内部错误" },
  KEY_OVER_1024_CHARS: { en: "a key longer than 1024 characters", zh: "键超过 1024 个字符" },
  MISSING_CHAR: { en: "a character is missing (a closing quote or bracket)", zh: "缺少字符（如未闭合的引号或括号）" },
  MULTILINE_IMPLICIT_KEY: {
    en: "a key cannot span lines (a missing space after a colon, or wrong indentation)",
    zh: "键不能跨行（可能冒号后缺少空格，或缩进不对）",
  },
  MULTIPLE_ANCHORS: { en: "several anchors on one node", zh: "一个节点有多个锚点" },
  MULTIPLE_DOCS: {
    en: "several YAML documents (---) in one file",
    zh: "一个文件中有多个 YAML 文档（---），只能有一个",
  },
  MULTIPLE_TAGS: { en: "several tags on one node", zh: "一个节点有多个标签" },
  NON_STRING_KEY: { en: "a key must be text", zh: "键必须是文本" },
  RESOURCE_EXHAUSTION: { en: "nested too deeply", zh: "嵌套过深" },
  TAB_AS_INDENT: { en: "tabs are not allowed as indentation; use spaces", zh: "不能用制表符（Tab）缩进，请改用空格" },
  TAG_RESOLVE_FAILED: { en: "unknown tag", zh: "无法识别的标签" },
  UNEXPECTED_TOKEN: { en: "unexpected content here", zh: "此处出现了意外的内容" },
  BAD_COLLECTION_TYPE: { en: "wrong collection type", zh: "集合类型不正确" },
} satisfies Record<string, Entry>;

/** `show`'s own keys (the entry's fields stay as the file spells them), in text output. */
export const showKeys: Record<string, Entry> = {
  kind: { en: "kind", zh: "类别" },
  file: { en: "file", zh: "文件" },
  entry: { en: "entry", zh: "条目" },
  related: { en: "related", zh: "相关" },
  inspectors: { en: "inspectors", zh: "执法人员" },
  leads: { en: "leads", zh: "牵头事项" },
  joins: { en: "joins", zh: "联合事项" },
  plans: { en: "plans", zh: "年度计划" },
  objects: { en: "objects", zh: "检查对象数" },
  tier: { en: "tier", zh: "监管等级" },
  tierSource: { en: "tierSource", zh: "等级来源" },
  township: { en: "township", zh: "乡镇" },
  items: { en: "items", zh: "事项" },
  upperInspected: { en: "upperInspected", zh: "上级已抽查" },
  recusedInspectors: { en: "recusedInspectors", zh: "须回避的执法人员" },
  department: { en: "department", zh: "所属部门" },
  certificateValidToday: { en: "certificateValidToday", zh: "执法证今日有效" },
  recusals: { en: "recusals", zh: "回避" },
  lead: { en: "lead", zh: "牵头部门" },
  joint: { en: "joint", zh: "联合部门" },
  objectsPerTier: { en: "objectsPerTier", zh: "各等级对象数" },
  campaigns: { en: "campaigns", zh: "工作方案" },
  plan: { en: "plan", zh: "年度计划" },
  departments: { en: "departments", zh: "部门" },
  townships: { en: "townships", zh: "乡镇" },
};

/** `show`'s own values, in text output. */
export const showValues: Record<string, Entry> = {
  department: { en: "department", zh: "部门" },
  object: { en: "object", zh: "检查对象" },
  inspector: { en: "inspector", zh: "执法人员" },
  item: { en: "item", zh: "事项" },
  plan: { en: "plan", zh: "年度计划" },
  campaign: { en: "campaign", zh: "工作方案" },
  registry: { en: "registry", zh: "名录登记" },
  tierRules: { en: "tierRules", zh: "按等级规则计算" },
  trusted: { en: "trusted", zh: "信任对象" },
  general: { en: "general", zh: "一般监管对象" },
  focus: { en: "focus", zh: "重点监管对象" },
  true: { en: "true", zh: "是" },
  false: { en: "false", zh: "否" },
};
