/**
 * Hostile input and faults (issue 14): special files, links, encodings, limits, control characters,
 * YAML tags, locks and I/O failures. Merged into messages.ts; same shape: code → { en, zh }.
 */
export const inputDiagnostics = {
  "file-special": {
    en: "Not a regular file but a {kindEn}: only regular files are read, and this one was not opened.",
    zh: "这不是普通文件，而是{kindZh}：只读取普通文件，未打开该文件。",
  },
  "link-outside-workspace": {
    en: "A link to {target}, outside the workspace: links are followed only inside the workspace.",
    zh: "链接指向工作区之外的 {target}：只跟随工作区内部的链接。",
  },
  "path-outside-workspace": {
    en: "registries: {registry}: “{path}” is outside the workspace; registries are read only from inside it.",
    zh: "registries: {registry}：“{path}”位于工作区之外；名录只从工作区内部读取。",
  },
  "link-loop": {
    en: "A link back into a folder already read ({target}): not followed, so that no file is read twice.",
    zh: "链接指回已读取的文件夹（{target}），不再跟随，以免重复读取。",
  },
  "file-binary": {
    en: "The file is binary data, not text (neither UTF-8 nor GB18030). A registry is a YAML text file.",
    zh: "文件是二进制数据而不是文本（既非 UTF-8 也非 GB18030）。名录应为 YAML 文本文件。",
  },
  "file-nul-byte": {
    en: "The file holds a NUL byte at line {line}, column {col}: it is not a text file, or it was damaged (YAML allows no NUL).",
    zh: "文件第 {line} 行第 {col} 列有 NUL 字节：它不是文本文件，或已损坏（YAML 不允许 NUL 字符）。",
  },
  "schema-maxLength": {
    en: "“{field}” is too long: {length} characters, at most {limit}.",
    zh: "“{field}”过长：{length} 个字符，最多 {limit} 个。",
  },
  "text-control-character": {
    en: "“{field}” holds the control character {char} (character {offset} of the text); remove it (it is invisible, and breaks documents and terminals).",
    zh: "“{field}”含有控制字符 {char}（第 {offset} 个字符），请删除（该字符不可见，会损坏文书和终端显示）。",
  },
  "yaml-tag": {
    en: "The YAML tag {tag} is not read: only the tags of the YAML 1.2 core schema (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) are allowed.",
    zh: "不读取 YAML 标签 {tag}：只允许 YAML 1.2 核心模式的标签（!!str、!!int、!!float、!!bool、!!null、!!map、!!seq）。",
  },
  "yaml-version": {
    en: "The file declares %YAML {version}; only YAML 1.2 is read (1.1 reads yes, no and 010 differently). Remove the %YAML line.",
    zh: "文件声明了 %YAML {version}；只读取 YAML 1.2（1.1 对 yes、no、010 的解释不同）。请删除 %YAML 这一行。",
  },
} satisfies Record<string, { en: string; zh: string }>;

export const inputUi = {
  "draw-locked-elsewhere": {
    en: "Another draw holds this workspace's lock {lock}: process {pid} on the machine “{host}”, since {since}. This machine cannot tell whether it still runs; if no draw runs there, delete the lock file.",
    zh: "另一次抽取持有本工作区的锁文件 {lock}：计算机“{host}”上的进程 {pid}，开始于 {since}。本机无法判断它是否仍在运行；如该计算机上确无抽取在进行，请删除该锁文件。",
  },
  "lock-broken": {
    en: "Note: removed the stale lock {lock} of process {pid} (since {since}), which no longer runs on this machine: a draw was interrupted there; nothing it wrote half-way is used.",
    zh: "提示：已删除过期的锁文件 {lock}（进程 {pid}，开始于 {since}），该进程已不在本机运行：那次抽取被中断，其未写完的内容不会被使用。",
  },
  "bundle-not-a-folder": {
    en: "{dir} is a file, not a folder: the bundle needs a new or an empty folder.",
    zh: "{dir} 是文件而不是文件夹：审计包需要一个新的或空的文件夹。",
  },
  "lock-broken-unreadable": {
    en: "Note: removed the lock {lock}, which was unreadable and more than 10 minutes old: a run was interrupted while it took the lock.",
    zh: "提示：已删除无法读取且已超过 10 分钟的锁文件 {lock}：某次运行在加锁时被中断。",
  },
  "unused-header": {
    en: "Part of the workspace could not be used, and what is shown leaves it out (`checkonce validate` lists every problem):",
    zh: "工作区中有部分内容无法使用，以下结果不含这些内容（checkonce validate 可列出全部问题）：",
  },
  "unused-entries": {
    en: "{file}: {count} entry(ies) with errors left out",
    zh: "{file}：{count} 个有错误的条目未使用",
  },
  "unused-more": { en: "… and {count} more", zh: "……另有 {count} 项" },
  "refused-incomplete": {
    en: "Nothing was written: the documents would leave out what could not be used. Fix the files above, then run it again.",
    zh: "未写入任何内容：文书会缺少无法使用的内容。请先修正上述文件，再重新运行。",
  },
  "file-cannot-use": { en: "Cannot use {file}: {causeEn} ({detail}).", zh: "无法使用 {file}：{causeZh}（{detail}）。" },
  "io-failed": {
    en: "{path}: {causeEn} ({detail}). The command stopped; every file it writes is written whole or not at all. Fix this, then run it again.",
    zh: "{path}：{causeZh}（{detail}）。命令已停止；它写入的每个文件要么完整写入，要么完全不写。请排除问题后重新运行。",
  },
} satisfies Record<string, { en: string; zh: string }>;

/** Words for parameters of the messages above (`{kindZh}`). */
export const inputTerms = {
  "special-fifo": { en: "named pipe (FIFO)", zh: "命名管道（FIFO）" },
  "special-socket": { en: "socket", zh: "套接字" },
  "special-device": { en: "device", zh: "设备文件" },
  "special-other": { en: "special file", zh: "特殊文件" },
  "too-large": { en: "the file is too large", zh: "文件过大" },
  ENOSPC: { en: "the disk is full", zh: "磁盘已满" },
  EDQUOT: { en: "the disk quota is used up", zh: "磁盘配额已用完" },
  EROFS: { en: "the file system is read-only", zh: "文件系统为只读" },
  ENOTDIR: { en: "a part of the path is a file, not a folder", zh: "路径中的某一部分是文件而不是文件夹" },
  EEXIST: { en: "something is already there", zh: "该位置已存在文件或文件夹" },
  EMFILE: { en: "too many files are open", zh: "打开的文件过多" },
  ENFILE: { en: "too many files are open", zh: "打开的文件过多" },
  ENAMETOOLONG: { en: "the name is too long", zh: "名称过长" },
  EBUSY: { en: "another program is using it", zh: "正被其他程序使用" },
  EXDEV: { en: "it is on another disk", zh: "位于另一磁盘" },
  ENOTEMPTY: { en: "the folder is not empty", zh: "文件夹不为空" },
  EFBIG: { en: "the file is too large for the disk", zh: "文件超出磁盘允许的大小" },
} satisfies Record<string, { en: string; zh: string }>;

export type InputMessageKey = keyof typeof inputUi;
