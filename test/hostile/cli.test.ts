/* eslint-disable no-control-regex -- the tests look for control characters in the output */
/**
 * Issue 14 through the real binary: every class of hostile input and fault, each run with a bound
 * on its time (a hang is a failure, not a stuck suite), none ending in a crash.
 */
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BASE_CAMPAIGN,
  BASE_SEED,
  baseWorkspace,
  cleanTemp,
  copyOf,
  drawnBase,
  drawsState,
  expectClean,
  makeFifo,
  run,
  startAndWait,
  tempDir,
} from "./helpers.js";
import { repoRoot } from "../helpers/run-cli.js";

const posix = process.platform !== "win32";
let drawn: string;

beforeAll(() => {
  drawn = drawnBase();
}, 180_000);
afterAll(cleanTemp);

const objects = (ws: string) => join(ws, "objects.yaml");
/** The base's objects.yaml with the first object's name replaced (as YAML text). */
function withFirstName(ws: string, nameYaml: string): void {
  const text = readFileSync(objects(ws), "utf8");
  writeFileSync(objects(ws), text.replace(/^( {4}name: ).*$/m, `$1${nameYaml}`));
}
const lineOf = (ws: string, needle: string) =>
  readFileSync(objects(ws), "utf8")
    .split("\n")
    .findIndex((l) => l.includes(needle)) + 1;

describe("input size: every text field has a limit, every table is linear", { timeout: 300_000 }, () => {
  it("a 16 MB name: validate names the field and its line, list and draw refuse, nothing hangs or is written", () => {
    const ws = baseWorkspace();
    withFirstName(ws, "长".repeat((16 * 1024 * 1024) / 3));
    const line = lineOf(ws, "长长长");
    const validate = run(["validate", "--no-cache"], { ws, timeoutMs: 240_000 });
    expectClean(validate, [1]);
    expect(validate.stdout).toContain(
      `objects.yaml:${line}:11 error schema-maxLength “name” is too long: 5592405 characters, at most 200.`,
    );
    // The message quotes no megabytes: the whole report stays small.
    expect(validate.stdout.length).toBeLessThan(20_000);
    const list = run(["list", "objects"], { ws, timeoutMs: 240_000 });
    expectClean(list, [1]);
    expect(list.stderr).toContain("objects.yaml: 1 entry(ies) with errors left out");
    expect(list.stdout).toContain("5 of 5 shown.");
    const draw = run(["draw", BASE_CAMPAIGN, ...BASE_SEED], { ws, timeoutMs: 240_000 });
    expectClean(draw, [1]);
    expect(draw.stderr).toContain("a draw needs valid registries");
    expect(drawsState(ws)).toEqual({});
  });

  it("names at the limit, in a table: the same box cli-table3 drew, in one pass", () => {
    const ws = baseWorkspace();
    withFirstName(ws, "名".repeat(200));
    const list = run(["list", "objects"], { ws });
    expectClean(list, [0]);
    expect(list.stdout.split("\n").filter((l) => l.startsWith("│"))).toHaveLength(7);
    expect(list.stdout).toContain(`│ ${"名".repeat(200)} │`);
  });
});

describe("special files: only regular files are read, links only inside the workspace", { timeout: 300_000 }, () => {
  /** objects.yaml moved into objects/ so that the registry is a folder, where the hostile entries go. */
  function folderWorkspace(): string {
    const ws = baseWorkspace();
    mkdirSync(join(ws, "objects"));
    renameSync(objects(ws), join(ws, "objects", "a.yaml"));
    return ws;
  }

  it.runIf(posix)(
    "a FIFO, links to /dev/zero and /dev/urandom, a link to itself and one out: reported by path, never opened",
    () => {
      const ws = folderWorkspace();
      expect(makeFifo(join(ws, "objects", "fifo.yaml"))).toBe(true);
      symlinkSync("/dev/zero", join(ws, "objects", "zero.yaml"));
      symlinkSync("/dev/urandom", join(ws, "objects", "random.yaml"));
      symlinkSync(".", join(ws, "objects", "sub"));
      const outside = join(tempDir(), "outside.yaml");
      writeFileSync(outside, "objects: []\n");
      symlinkSync(outside, join(ws, "objects", "outside.yaml"));
      const before = drawsState(ws);
      const validate = run(["validate", "--no-cache"], { ws, timeoutMs: 60_000 });
      expectClean(validate, [1]);
      const errors = validate.stdout.split("\n").filter((l) => l.includes(" error "));
      expect(errors).toEqual([
        expect.stringMatching(
          /objects\/fifo\.yaml:1:1 error file-special Not a regular file but a named pipe \(FIFO\)/,
        ),
        expect.stringMatching(
          /objects\/outside\.yaml:1:1 error link-outside-workspace A link to .*outside\.yaml, outside the workspace/,
        ),
        expect.stringMatching(/objects\/random\.yaml:1:1 error link-outside-workspace A link to \/dev\/urandom/),
        expect.stringMatching(/objects\/sub error link-loop A link back into a folder already read \(objects\)/),
        expect.stringMatching(/objects\/zero\.yaml:1:1 error link-outside-workspace A link to \/dev\/zero/),
      ]);
      // Read once, not forty times round the loop: no duplicate ids.
      expect(validate.stdout).not.toContain("duplicate-id");
      for (const args of [
        ["list", "objects"],
        ["show", "91140821MA0K2D5P7W"],
        ["draw", BASE_CAMPAIGN, ...BASE_SEED],
      ]) {
        const r = run(args, { ws, timeoutMs: 60_000 });
        expectClean(r, [1]);
        expect(r.stderr, args.join(" ")).toContain("objects/fifo.yaml:1:1 file-special");
        expect(r.stderr).toContain("objects/zero.yaml:1:1 link-outside-workspace");
      }
      expect(drawsState(ws)).toEqual(before);
    },
  );

  it.runIf(posix)(
    "a FIFO given to import, import --map, results import, credit apply or verify --proof is refused by name, never opened",
    () => {
      const ws = baseWorkspace();
      const fifo = join(tempDir(), "sheet.csv");
      expect(makeFifo(fifo)).toBe(true);
      const csv = join(tempDir(), "objects.csv");
      writeFileSync(csv, "统一社会信用代码,单位名称\n");
      const before = readFileSync(objects(ws), "utf8");
      for (const [args, status] of [
        [["import", "objects", fifo], 1],
        [["import", "objects", csv, "--map", fifo], 2],
        [["results", "import", fifo], 2],
        [["credit", "apply", fifo], 2],
        [["verify", "--proof", fifo], 2],
      ] as const) {
        const r = run([...args], { ws, timeoutMs: 60_000 });
        expectClean(r, [status]);
        expect(r.stdout + r.stderr, args.join(" ")).toMatch(/sheet\.csv.*(fifo|FIFO)/);
      }
      expect(readFileSync(objects(ws), "utf8")).toBe(before);
    },
  );

  it.runIf(posix)(
    "a FIFO where checkonce.yaml, the ledger, a record or the seed file should be: exit 2, no hang",
    () => {
      const config = baseWorkspace();
      rmSync(join(config, "checkonce.yaml"));
      makeFifo(join(config, "checkonce.yaml"));
      const v = run(["validate"], { ws: config, timeoutMs: 60_000 });
      expectClean(v, [2]);
      expect(v.stdout).toContain("checkonce.yaml:1:1 error file-special");

      const ledger = copyOf(drawn, join(tempDir(), "ws"));
      rmSync(join(ledger, "draws", "ledger.jsonl"));
      makeFifo(join(ledger, "draws", "ledger.jsonl"));
      for (const args of [
        ["verify", "--ledger"],
        ["draw", BASE_CAMPAIGN, ...BASE_SEED, "--redraw", "--reason", "再抽一次试试"],
      ]) {
        const r = run(args, { ws: ledger, timeoutMs: 60_000 });
        expectClean(r, [2]);
        expect(r.stderr).toContain("Cannot use draws/ledger.jsonl: named pipe (FIFO)");
      }

      const record = copyOf(drawn, join(tempDir(), "ws"));
      const recordPath = join(record, "draws", `${BASE_CAMPAIGN}.draw.yaml`);
      rmSync(recordPath);
      makeFifo(recordPath);
      const verify = run(["verify", BASE_CAMPAIGN], { ws: record, timeoutMs: 60_000 });
      expectClean(verify, [2]);
      expect(verify.stderr).toContain(`Cannot use draws/${BASE_CAMPAIGN}.draw.yaml: named pipe (FIFO)`);

      const seeds = baseWorkspace();
      makeFifo(join(seeds, "seed.txt"));
      const seed = run(["draw", BASE_CAMPAIGN, "--seed-file", "seed.txt"], {
        ws: seeds,
        cwd: seeds,
        timeoutMs: 60_000,
      });
      expectClean(seed, [2]);
      expect(drawsState(seeds)).toEqual({});
    },
  );

  it.runIf(posix)("registries: in checkonce.yaml may not point out of the workspace", () => {
    const ws = baseWorkspace();
    writeFileSync(
      join(ws, "checkonce.yaml"),
      readFileSync(join(ws, "checkonce.yaml"), "utf8") + "registries:\n  objects: ../elsewhere/objects.yaml\n",
    );
    const r = run(["validate", "--no-cache"], { ws });
    expectClean(r, [1]);
    // At the line that names it, the value's column.
    const line =
      readFileSync(join(ws, "checkonce.yaml"), "utf8").split("\n").indexOf("  objects: ../elsewhere/objects.yaml") + 1;
    expect(line).toBeGreaterThan(1);
    expect(r.stdout).toContain(
      `checkonce.yaml:${line}:12 error path-outside-workspace registries: objects: “../elsewhere/objects.yaml” is outside the workspace`,
    );
  });
});

describe("control characters: refused at validation, and no writer makes a broken file", { timeout: 300_000 }, () => {
  it("a BEL or an escape sequence in a name: file, line, field and character; the terminal sees no raw control", () => {
    const ws = baseWorkspace();
    withFirstName(ws, '"临猗县\\a旭日\\e[2J餐饮店"');
    const line = lineOf(ws, "临猗县\\a");
    const r = run(["validate", "--no-cache"], { ws });
    expectClean(r, [1]);
    expect(r.stdout).toContain(
      `objects.yaml:${line}:11 error text-control-character “name” holds the control character U+0007 (character 4 of the text)`,
    );
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    const draw = run(["draw", BASE_CAMPAIGN, ...BASE_SEED], { ws });
    expectClean(draw, [1]);
    expect(drawsState(ws)).toEqual({});
  });

  it("a hand-edited record whose reason holds BEL is refused, naming the file, the field and the character", () => {
    const ws = copyOf(drawn, join(tempDir(), "ws"));
    const path = join(ws, "draws", `${BASE_CAMPAIGN}.draw.yaml`);
    const record = readFileSync(path, "utf8")
      .replace(/^attempt: 1$/m, "attempt: 2")
      .replace(/^commitment:/m, 'redrawReason: "复核\\a\\e[31m\\ud800\\uffff重抽"\ncommitment:');
    writeFileSync(path, record);
    const r = run(["orders", BASE_CAMPAIGN, "--no-verify", "--format", "html"], { ws });
    expectClean(r, [1]);
    expect(r.stderr).toContain(`draws/${BASE_CAMPAIGN}.draw.yaml`);
    expect(r.stderr).toContain("/redrawReason U+0007 @3");
    expect(existsSync(join(ws, "out", BASE_CAMPAIGN))).toBe(false);
  });

  it("a reason with markup and U+FFFD reaches every format: DOCX's XML parses, the HTML's style is not closed", async () => {
    const ws = copyOf(drawn, join(tempDir(), "ws"));
    const path = join(ws, "draws", `${BASE_CAMPAIGN}.draw.yaml`);
    // A record edited by hand: attempt 2 with markup in its reason, printed with --no-verify.
    const record = readFileSync(path, "utf8")
      .replace(/^attempt: 1$/m, "attempt: 2")
      .replace(/^commitment:/m, 'redrawReason: "复核<b>&\\ufffd]]></style>重抽"\ncommitment:');
    writeFileSync(path, record);
    const r = run(["orders", BASE_CAMPAIGN, "--no-verify", "--format", "docx,html,md,csv,json"], {
      ws,
      timeoutMs: 120_000,
    });
    expectClean(r, [0]);
    const out = join(ws, "out", BASE_CAMPAIGN);
    const files = readdirSync(out).filter((f) => !f.startsWith("."));
    expect(files.filter((f) => f.endsWith(".docx")).length).toBeGreaterThan(0);
    let sawReason = false;
    for (const file of files) {
      const bytes = readFileSync(join(out, file));
      if (file.endsWith(".docx")) {
        const zip = await JSZip.loadAsync(bytes);
        for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"))) {
          const xml = await (zip.file(name) as JSZip.JSZipObject).async("string");
          expect(() => parseXml(xml), `${file}/${name}`).not.toThrow();
          if (xml.includes("复核")) sawReason = true;
        }
        continue;
      }
      const text = bytes.toString("utf8");
      // JSON escapes every control character itself; U+FFFF is a character JSON may hold.
      if (file.endsWith(".json")) expect(() => JSON.parse(text) as unknown).not.toThrow();
      else expect(text, file).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/);
      if (file.endsWith(".html")) expect(text.match(/<\/style>/g) ?? []).toHaveLength(1);
    }
    expect(sawReason).toBe(true);
  });
});

describe("YAML tags outside the 1.2 core schema", { timeout: 120_000 }, () => {
  it("status: !!python/object:os.system active is refused, not read as active", () => {
    const ws = baseWorkspace();
    const text = readFileSync(objects(ws), "utf8").replace(
      "status: active",
      "status: !!python/object:os.system active",
    );
    writeFileSync(objects(ws), text);
    const line = lineOf(ws, "!!python");
    const r = run(["validate", "--no-cache"], { ws });
    expectClean(r, [1]);
    expect(r.stdout).toContain(
      `objects.yaml:${line}:13 error yaml-tag The YAML tag !!python/object:os.system is not read`,
    );
  });
});

describe("bad option values are usage errors", { timeout: 120_000 }, () => {
  it.each([
    [["validate", "--lang", "xx"], "Invalid value “xx” for --lang: zh, en."],
    [
      ["list", "objects", "--status", "activ"],
      "Invalid value “activ” for --status: active, suspended, revoked, closed.",
    ],
    [["list", "objects", "--township", "atlantis"], "Invalid value “atlantis” for --township: yishi, linjin."],
    // Choices commander checks: said as ours, not in commander's words.
    [["list", "objects", "--tier", "gold"], "Error: Invalid value “gold” for --tier: trusted, general, focus."],
    [["validate", "--format", "xml"], "Error: Invalid value “xml” for --format: text, json, github."],
    [["validate", "--today", "2026-02-30"], "Invalid value “2026-02-30” for --today: YYYY-MM-DD."],
    [["validate", "--strct"], "Error: Unknown option “--strct”.\n(Did you mean --strict?)"],
    [["validate", "--format"], "Error: Option --format needs a value."],
    [["show"], "Error: Missing argument “id”."],
    [["show", "a", "b", "c"], "Error: Too many arguments: 1 expected, 3 given."],
    [["nosuch"], "Error: Unknown command “nosuch”; `checkonce --help` lists the commands."],
  ])("%j: exit 2 and a message", (args, text) => {
    const r = run(args, { ws: baseWorkspace() });
    expectClean(r, [2]);
    expect(r.stderr).toContain(text);
    expect(r.stderr).not.toMatch(/^error: /m);
  });

  it.each([
    [["list", "objects", "--tier", "gold"], "错误：选项 --tier 的值“gold”无效：trusted, general, focus。"],
    [["validate", "--strct"], "错误：未知选项“--strct”。\n（是否要输入 --strict？）"],
    [["validate", "--format"], "错误：选项 --format 缺少取值。"],
    [["show"], "错误：缺少参数“id”。"],
    [["show", "a", "b", "c"], "错误：参数过多：应为 1 个，实际为 3 个。"],
    [["nosuch"], "错误：未知命令“nosuch”；checkonce --help 列出所有命令。"],
  ])("%j in Chinese: exit 2 and the message in Chinese", (args, text) => {
    const r = run(args, { ws: baseWorkspace(), lang: "zh" });
    expectClean(r, [2]);
    expect(r.stderr).toContain(text);
    expect(r.stderr).not.toMatch(/[A-Za-z]{5,} (?:option|argument|command)/);
  });
});

describe("a stale lock and temporary files after kill -9", { timeout: 300_000 }, () => {
  const lockModule = join(repoRoot, "dist/ledger/lock.js");

  it.runIf(posix)(
    "a run killed while holding the lock: the next draw breaks it, says so, removes its temporary files",
    async () => {
      const ws = baseWorkspace();
      // The real lock code in a real process that is killed with SIGKILL while it holds the lock and
      // has half-written files, as `draw run` would have.
      const child = await startAndWait(
        `import { withDrawLock } from ${JSON.stringify(new URL(`file://${lockModule}`).href)};
       import { writeFileSync, mkdirSync } from "node:fs";
       withDrawLock(${JSON.stringify(ws)}, {}, () => {
         mkdirSync("draws/inputs", { recursive: true });
         writeFileSync("draws/ledger.jsonl." + process.pid + ".0badf00d.tmp", "half");
         writeFileSync("draws/${BASE_CAMPAIGN}.draw.yaml." + process.pid + ".0badf00d.tmp", "half");
         writeFileSync("draws/inputs/abc." + process.pid + ".0badf00d.tmp", "half");
         console.log("ready");
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
       });`,
        ws,
      );
      const pid = child.pid as number;
      const lock = JSON.parse(readFileSync(join(ws, "draws", ".lock"), "utf8")) as {
        pid: number;
        host: string;
        since: string;
      };
      expect(lock).toMatchObject({ pid, host: hostname() });
      await new Promise<void>((resolve) => {
        child.on("exit", () => resolve());
        process.kill(pid, "SIGKILL");
      });
      expect(existsSync(join(ws, "draws", ".lock"))).toBe(true);

      const r = run(["draw", BASE_CAMPAIGN, ...BASE_SEED], { ws, timeoutMs: 120_000 });
      expectClean(r, [0]);
      expect(r.stderr).toContain(
        `Note: removed the stale lock draws/.lock of process ${pid} (since ${lock.since}), which no longer runs on this machine`,
      );
      const left = [...readdirSync(join(ws, "draws")), ...readdirSync(join(ws, "draws", "inputs"))];
      expect(left.filter((f) => f.endsWith(".tmp") || f === ".lock")).toEqual([]);
      expectClean(run(["verify", "--ledger"], { ws }), [0]);
    },
  );

  it.runIf(posix)("a real `draw run` killed with SIGKILL leaves no lock that blocks the next one", async () => {
    const ws = baseWorkspace();
    expectClean(run(["draw", "prepare", BASE_CAMPAIGN], { ws }), [0]);
    // Killed as soon as it holds the lock (or, on a fast machine, after it finished: then nothing to break).
    const { spawn } = await import("node:child_process");
    const child = spawn(
      process.execPath,
      [join(repoRoot, "bin/checkonce.js"), "draw", "run", BASE_CAMPAIGN, ...BASE_SEED, "-w", ws],
      {
        stdio: "ignore",
      },
    );
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    for (let i = 0; i < 6000 && child.exitCode === null; i++) {
      if (existsSync(join(ws, "draws", ".lock"))) {
        child.kill("SIGKILL");
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await exited;
    const next = run(["draw", "run", BASE_CAMPAIGN, ...BASE_SEED, "--redraw", "--reason", "上次被中断，重新抽取"], {
      ws,
      timeoutMs: 120_000,
    });
    expectClean(next, [0, 1]);
    expect(next.stderr).not.toContain("Another draw is running");
    expect(readdirSync(join(ws, "draws")).filter((f) => f.endsWith(".tmp") || f === ".lock")).toEqual([]);
    const verify = run(["verify", "--ledger"], { ws });
    expectClean(verify, [0]);
  });

  it("a lock held by a live process, or by another machine, is never broken", () => {
    const ws = baseWorkspace();
    mkdirSync(join(ws, "draws"));
    const lockPath = join(ws, "draws", ".lock");
    writeFileSync(
      lockPath,
      JSON.stringify({ pid: process.pid, host: hostname(), since: "2026-04-10T08:00:00.000Z", token: "a" }),
    );
    const live = run(["draw", BASE_CAMPAIGN, ...BASE_SEED], { ws });
    expectClean(live, [1]);
    expect(live.stderr).toContain(
      `Another draw is running on this workspace (lock draws/.lock, process ${process.pid}`,
    );
    writeFileSync(
      lockPath,
      JSON.stringify({ pid: 999_999_999, host: "other-pc", since: "2026-04-10T08:00:00.000Z", token: "b" }),
    );
    const elsewhere = run(["draw", BASE_CAMPAIGN, ...BASE_SEED], { ws });
    expectClean(elsewhere, [1]);
    expect(elsewhere.stderr).toContain("process 999999999 on the machine “other-pc”");
    expect(readdirSync(join(ws, "draws"))).toEqual([".lock"]);
  });

  it("the cache's temporary files of a killed run are removed by the next run", () => {
    const ws = baseWorkspace();
    expectClean(run(["validate"], { ws }), [0]);
    const dead = deadPid();
    const tmp = join(ws, ".checkonce", "cache", `stamps.json.${dead}.0badf00d.tmp`);
    writeFileSync(tmp, "{");
    expectClean(run(["validate"], { ws }), [0]);
    expect(existsSync(tmp)).toBe(false);
  });
});

describe("disk full, and paths that are files: expected I/O errors", { timeout: 300_000 }, () => {
  it("audit-bundle into a file, orders --out into a file: exit 2 naming the path, nothing written", () => {
    const ws = copyOf(drawn, join(tempDir(), "ws"));
    writeFileSync(join(ws, "a-file"), "x");
    const before = drawsState(ws);
    const bundle = run(["audit-bundle", BASE_CAMPAIGN, "a-file"], { ws, cwd: ws });
    expectClean(bundle, [2]);
    expect(bundle.stderr).toContain("a-file is a file, not a folder");
    const inside = run(["audit-bundle", BASE_CAMPAIGN, "a-file/bundle"], { ws, cwd: ws });
    expectClean(inside, [2]);
    expect(inside.stderr).toContain("Error: a-file: a part of the path is a file, not a folder (ENOTDIR, mkdir).");
    const orders = run(["orders", BASE_CAMPAIGN, "--out", "a-file"], { ws, cwd: ws, timeoutMs: 120_000 });
    expectClean(orders, [2]);
    expect(orders.stderr).toContain("Error: a-file: a part of the path is a file, not a folder (ENOTDIR, mkdir).");
    expect(readFileSync(join(ws, "a-file"), "utf8")).toBe("x");
    expect(drawsState(ws)).toEqual(before);
  });

  // ENOSPC for real: a small tmpfs, where this runs as root on Linux (CI does); elsewhere the unit
  // test of the write helper injects the failure.
  const canMount = process.platform === "linux" && process.getuid?.() === 0;
  it.runIf(canMount)("ENOSPC during draw run and orders --force: exit 2 naming the file, nothing half-written", () => {
    const mount = tempDir("checkonce-tmpfs-");
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=3m", "tmpfs", mount]);
    if (mounted.status !== 0) return; // a container without the right to mount: covered by the unit test
    try {
      const ws = copyOf(drawn, join(mount, "ws"));
      expectClean(run(["orders", BASE_CAMPAIGN, "--format", "docx,html,md,csv,json"], { ws, timeoutMs: 120_000 }), [0]);
      const out = join(ws, "out", BASE_CAMPAIGN);
      const ordersBefore = folderBytes(out);
      const before = drawsState(ws);
      fill(mount);
      const orders = run(["orders", BASE_CAMPAIGN, "--force", "--format", "docx,html,md,csv,json"], {
        ws,
        timeoutMs: 120_000,
      });
      expectClean(orders, [2]);
      expect(orders.stderr).toMatch(/: the disk is full \(ENOSPC/);
      expect(folderBytes(out)).toEqual(ordersBefore);
      expect(readdirSync(join(ws, "out")).filter((n) => n.startsWith("."))).toEqual([]);
      const draw = run(["draw", BASE_CAMPAIGN, ...BASE_SEED, "--redraw", "--reason", "磁盘满时重抽"], {
        ws,
        timeoutMs: 120_000,
      });
      expectClean(draw, [1, 2]);
      const after = drawsState(ws);
      // What was there is unchanged; anything added is a whole snapshot of an input (content-addressed).
      for (const [file, bytes] of Object.entries(before)) expect(after[file], file).toBe(bytes);
      for (const file of Object.keys(after).filter((f) => !(f in before)))
        expect(file).toMatch(/^(inputs\/[0-9a-f]{64}|superseded\/.+\.attempt-1\.draw\.yaml)$/);
      expect(Object.keys(after).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock"))).toEqual([]);
    } finally {
      spawnSync("umount", ["-l", mount]);
    }
  });
});

describe(
  "no silent skips: every command that reads the workspace names what it could not use",
  { timeout: 300_000 },
  () => {
    it("a registry file with a syntax error: list, show and draw show name it and exit 1; orders writes nothing", () => {
      const ws = copyOf(drawn, join(tempDir(), "ws"));
      writeFileSync(join(ws, "upper-inspected.yaml"), "upperInspected: [\n");
      for (const args of [
        ["list", "objects"],
        ["show", "scjgj-001"],
        ["draw", "show", BASE_CAMPAIGN],
      ]) {
        const r = run(args, { ws });
        expectClean(r, [1]);
        expect(r.stderr, args.join(" ")).toContain("Part of the workspace could not be used");
        expect(r.stderr).toMatch(/upper-inspected\.yaml:2:1 yaml-syntax YAML syntax error/);
        expect(r.stdout.length).toBeGreaterThan(0);
      }
      const orders = run(["orders", BASE_CAMPAIGN], { ws, timeoutMs: 120_000 });
      expectClean(orders, [1]);
      expect(orders.stderr).toContain("Nothing was written");
      expect(existsSync(join(ws, "out"))).toBe(false);
    });
  },
);

describe("diagnoses that say what is wrong", { timeout: 300_000 }, () => {
  it("NUL byte, random binary, UTF-32 with and without a BOM, UTF-16 without one, a newline in a file name", () => {
    const ws = baseWorkspace();
    mkdirSync(join(ws, "objects"));
    renameSync(objects(ws), join(ws, "objects", "a.yaml"));
    const dir = join(ws, "objects");
    writeFileSync(join(dir, "nul.yaml"), "objects:\n  - id: 91140821MA0K2D5P7W\n    name: 旭\u0000日\n");
    writeFileSync(join(dir, "binary.yaml"), seededBytes(4096));
    writeFileSync(join(dir, "utf32.yaml"), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le("objects: []\n")]));
    writeFileSync(join(dir, "utf32-nobom.yaml"), utf32le("objects: []\n"));
    writeFileSync(join(dir, "utf16-nobom.yaml"), Buffer.from("objects: []\n", "utf16le"));
    if (posix) writeFileSync(join(dir, "two\nlines.yaml"), "objects: [\n");
    const r = run(["validate", "--no-cache"], { ws });
    expectClean(r, [1]);
    const errors = r.stdout.split("\n").filter((l) => l.includes(" error "));
    expect(errors).toEqual([
      expect.stringMatching(/objects\/binary\.yaml:1:1 error file-binary The file is binary data, not text/),
      expect.stringMatching(
        /objects\/nul\.yaml:3:12 error file-nul-byte The file holds a NUL byte at line 3, column 12/,
      ),
      ...(posix ? [expect.stringMatching(/objects\/two\\nlines\.yaml:2:1 error yaml-syntax/)] : []),
      expect.stringMatching(
        /objects\/utf16-nobom\.yaml:1:1 error file-not-utf8 The file is not UTF-8 \(it looks like UTF-16\)/,
      ),
      expect.stringMatching(
        /objects\/utf32-nobom\.yaml:1:1 error file-not-utf8 The file is not UTF-8 \(it looks like UTF-32\)/,
      ),
      expect.stringMatching(
        /objects\/utf32\.yaml:1:1 error file-not-utf8 The file is not UTF-8 \(it looks like UTF-32\)/,
      ),
    ]);
    // Every finding is one line of yamllint's parsable form: a path, never a split one.
    for (const line of r.stdout.split("\n").filter((l) => / (error|warning) /.test(l)))
      expect(line).toMatch(/^\S.*:\d+:\d+ (error|warning) [a-z0-9-]+ /);
  });
});

function utf32le(text: string): Buffer {
  const out = Buffer.alloc(text.length * 4);
  [...text].forEach((c, i) => out.writeUInt32LE(c.codePointAt(0) as number, i * 4));
  return out;
}

/** Reproducible "random" bytes (xorshift), so that a failure can be replayed. */
function seededBytes(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 0x9e3779b9;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A pid that no process has: one of a child that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim());
}

function parseXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
}

function folderBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) out[name] = readFileSync(join(dir, name)).toString("base64");
  return out;
}

/** Fills a file system to the last block. */
function fill(dir: string): void {
  const block = Buffer.alloc(64 * 1024);
  const path = join(dir, `fill-${randomBytes(4).toString("hex")}`);
  for (;;) {
    try {
      writeFileSync(path, block, { flag: "a" });
    } catch {
      break;
    }
  }
  try {
    const small = Buffer.alloc(4096);
    for (;;) writeFileSync(path + "-small", small, { flag: "a" });
  } catch {
    // full
  }
}
