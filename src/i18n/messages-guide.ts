/**
 * Messages for an officer's first hour (issue 15): what a command did, said where it happened,
 * in one language. Kept apart so that other catalogue files merge without conflicts.
 */
interface Entry {
  en: string;
  zh: string;
}

export const guideDiagnostics = {
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
  "init-created-here": {
    en: "Created a workspace in the current folder. Next: edit the files, then run `checkonce validate`.",
    zh: "已在当前文件夹创建工作区。下一步：编辑其中的文件，然后运行 checkonce validate。",
  },
} satisfies Record<string, Entry>;
