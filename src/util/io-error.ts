import type { MessageParams } from "../i18n/messages.js";
import type { ReadFault } from "./read-file.js";

/**
 * Expected I/O failures (a full disk, a read-only folder, a path that is a file) as message
 * parameters: `cause` is a word of the catalogue (ENOSPC → "the disk is full"), `detail` the code.
 */
export function describeFault(fault: ReadFault): MessageParams {
  switch (fault.fault) {
    case "special":
      return { cause: fault.kind === "folder" ? "EISDIR" : `special-${fault.kind}`, detail: fault.kind };
    case "too-large":
      return {
        cause: "too-large",
        detail: `${(fault.size / 1048576).toFixed(1)} MiB > ${(fault.limit / 1048576).toFixed(0)} MiB`,
      };
    case "io":
      return { cause: fault.errno, detail: fault.errno };
  }
}

/** Error codes of the file system that are the machine's state, not a bug: reported, exit 2. */
const expectedCodes = new Set([
  "ENOSPC",
  "EDQUOT",
  "EROFS",
  "EACCES",
  "EPERM",
  "ENOTDIR",
  "EISDIR",
  "EEXIST",
  "ENOENT",
  "EIO",
  "EMFILE",
  "ENFILE",
  "ENAMETOOLONG",
  "EBUSY",
  "ELOOP",
  "EXDEV",
  "ENOTEMPTY",
  "EFBIG",
]);

/** A failed system call on a path (Node's errors carry `code`, `syscall` and `path`). */
export interface FsFailure {
  code: string;
  syscall: string;
  path: string;
}

export function asFsFailure(error: unknown): FsFailure | undefined {
  const e = error as Partial<NodeJS.ErrnoException> | null;
  if (e === null || typeof e !== "object" || typeof e.code !== "string" || !expectedCodes.has(e.code)) return undefined;
  const dest = (e as { dest?: unknown }).dest;
  // mkdir -p fails with EEXIST only where a part of the path is a file.
  const code = e.code === "EEXIST" && e.syscall === "mkdir" ? "ENOTDIR" : e.code;
  return { code, syscall: e.syscall ?? "", path: typeof dest === "string" ? dest : (e.path ?? "") };
}
