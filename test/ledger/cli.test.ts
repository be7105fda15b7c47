import { cpSync, existsSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishSentences } from "../helpers/english.js";
import { runCli, type CliRun } from "../helpers/run-cli.js";
import { cleanTemp, fixturesDir, readRecordYaml, recordFile, tempDir } from "../draw/helpers.js";

/**
 * Issue 12 through the real binary: keys, checkpoints and cosignatures, verify --checkpoint
 * catching a resealed ledger, proofs, the draw list and the audit bundle. HOME is a temp folder,
 * so that default private keys land there.
 */
afterAll(cleanTemp);

let ws: string;
let home: string;
const run = (args: readonly string[], cwd?: string): CliRun =>
  runCli([...args, "-w", ws, "--lang", "en"], { env: { HOME: home, USERPROFILE: home }, ...(cwd ? { cwd } : {}) });
const bare = (args: readonly string[]): CliRun => runCli([...args, "--lang", "en"], { env: { HOME: home } });

beforeAll(() => {
  ws = join(tempDir(), "ws");
  home = join(tempDir(), "home");
  cpSync(join(fixturesDir, "ledger-v1"), ws, { recursive: true });
  expect(run(["key", "generate"]).status).toBe(0);
  expect(run(["key", "generate", "--department", "scjgj"]).status).toBe(0);
});

describe("keys and checkpoints through the CLI", () => {
  it("key generate: private key in HOME with mode 0600, public key in keys/; never twice; unknown department refused", () => {
    const key = join(home, ".checkonce/keys/140821-office.key");
    expect(existsSync(key)).toBe(true);
    if (process.platform !== "win32") expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(ws, "keys/office.pub"), "utf8")).toMatch(/^checkonce\/140821\/ledger\+[0-9a-f]{8}\+/);
    const again = run(["key", "generate"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already exists; a key is never overwritten");
    const inside = run(["key", "generate", "--department", "xfjy", "--out", join(ws, "x.key")]);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain("must not be written inside the workspace");
    expect(run(["key", "generate", "--department", "nope"]).stderr).toContain("Unknown department “nope”");
  });

  it("checkpoint, cosign, verify --checkpoint with the file and with the short form", () => {
    const made = run(["checkpoint"]);
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    expect(made.stdout).toContain("5 · 7d1b-f0b1-8748-c031");
    const cosigned = run(["checkpoint", "cosign", "--department", "scjgj"]);
    expect(cosigned.status).toBe(0);
    const file = join(ws, "draws/checkpoints/5.txt");
    expect(
      readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.startsWith("— ")),
    ).toHaveLength(2);
    const v = run(["verify", "--checkpoint", file]);
    expect(v.stdout).toContain("CONSISTENT");
    expect(v.stdout).toContain("(key ");
    expect(v.stdout.match(/: verified/g)).toHaveLength(2);
    expect(v.status).toBe(0);
    const short = run(["verify", "--checkpoint", "5 7d1b-f0b1-8748-c031"]);
    expect(short.status).toBe(0);
    const json = JSON.parse(run(["verify", "--checkpoint", file, "--format", "json"]).stdout) as { verified: boolean };
    expect(json.verified).toBe(true);
    expect(run(["verify", "--checkpoint", "not a checkpoint"]).status).toBe(2);
  });

  it("a wrong key fails: another key under the office's name, or a forged signature", () => {
    const printed = readFileSync(join(ws, "draws/checkpoints/5.txt"), "utf8");
    const lines = printed.split("\n");
    const office = lines.findIndex((l) => l.startsWith("— checkonce/140821/ledger "));
    const raw = Buffer.from((lines[office] as string).split(" ")[2] as string, "base64");
    raw[10] = (raw[10] as number) ^ 0xff;
    lines[office] = `— checkonce/140821/ledger ${raw.toString("base64")}`;
    const forged = join(tempDir(), "forged.txt");
    writeFileSync(forged, lines.join("\n"));
    const bad = run(["verify", "--checkpoint", forged]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("INVALID");
    // Given a --key that is not the office's, the office's line is not attributed to it.
    const other = join(tempDir(), "other.pub");
    writeFileSync(other, "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW\n");
    expect(run(["verify", "--checkpoint", forged, "--key", other]).status).toBe(1);
  });

  it("a --checkpoint or --key file far too large is refused at once, naming it and its size", () => {
    // Sparse: 3 GiB on paper, nothing on disk. Read whole, it would have taken the machine's memory.
    const huge = join(tempDir(), "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 3 * 1024 ** 3);
    const checkpoint = run(["verify", "--checkpoint", huge]);
    expect(checkpoint.status).toBe(2);
    expect(checkpoint.stderr).toContain(`${huge} is neither a checkpoint nor the short form`);
    expect(checkpoint.stderr).toContain("3072.0 MiB > 1 MiB");
    const key = run(["verify", "--checkpoint", join(ws, "draws/checkpoints/5.txt"), "--key", huge]);
    expect(key.status).toBe(2);
    expect(key.stderr).toContain(`Cannot use the key file ${huge}: 3072.0 MiB > 1 MiB.`);
  });

  it("draw show --format md and csv print the current checkpoint", () => {
    const md = run(["draw", "show", "2026-CY-02", "--format", "md"]);
    expect(md.stdout).toContain("Ledger checkpoint 5 · 7d1b-f0b1-8748-c031");
    expect(md.stdout).toContain("fRvwsYdIwDFiavvXQPlPBfFUu8w7UAMeMTBPgqTvWWY=");
    expect(md.stderr).toBe("");
    const csv = run(["draw", "show", "2026-CY-02", "--format", "csv"]);
    expect(csv.stdout).toContain("5 · 7d1b-f0b1-8748-c031");
  });

  it("proof: written, verified with nothing else; altered, it fails", () => {
    const record = readRecordYaml(recordFile(ws, "2026-CY-02"));
    const object = record.teams[0]?.objects[0] as string;
    const made = run(["proof", "2026-CY-02", object]);
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    const file = join(ws, `draws/proofs/2026-CY-02/${object}.json`);
    const elsewhere = join(tempDir(), "proof.json");
    cpSync(file, elsewhere);
    const ok = bare(["verify", "--proof", elsewhere]);
    expect(ok.stdout).toContain(`VERIFIED: ${object} was drawn in 2026-CY-02`);
    expect(ok.stdout).toContain("compare their key IDs");
    expect(ok.status).toBe(0);
    expect(bare(["verify", "--proof", elsewhere, "--key", join(ws, "keys/office.pub")]).stdout).not.toContain(
      "compare their key IDs",
    );
    const text = readFileSync(elsewhere, "utf8");
    const ticket = JSON.parse(text).ticket as string;
    writeFileSync(
      elsewhere,
      text.replace(`"ticket": "${ticket}"`, `"ticket": "${ticket.replace(/^./, (c) => (c === "0" ? "1" : "0"))}"`),
    );
    const bad = bare(["verify", "--proof", elsewhere]);
    expect(bad.stdout).toContain("NOT VERIFIED");
    expect(bad.stdout).toMatch(/ticket: \S+…, SHA-256 of key, stratum and id gives/);
    expect(bad.status).toBe(1);
    // In Chinese, the problems too (issue 15: one language at a time).
    const zh = runCli(["verify", "--proof", elsewhere, "--lang", "zh"], { env: { HOME: home } });
    expect(zh.status).toBe(1);
    expect(zh.stdout).toMatch(/签号：\S+…，由密钥、抽取层和编号算出的 SHA-256 为 \S+…/);
    expect(englishSentences(zh.stdout)).toEqual([]);
  });

  it("the audit bundle carries checkpoints, keys and proofs; verify --bundle checks them", () => {
    const dir = join(tempDir(), "bundle");
    expect(run(["audit-bundle", "2026-CY-02", dir]).status).toBe(0);
    for (const f of ["checkpoints/5.txt", "keys/office.pub", "keys/scjgj.pub"])
      expect(existsSync(join(dir, f)), f).toBe(true);
    const ok = bare(["verify", "--bundle", dir]);
    expect(ok.stdout).toContain("VERIFIED");
    expect(ok.status).toBe(0);
    // A checkpoint in the bundle that its ledger does not extend is reported.
    const cp = readFileSync(join(dir, "checkpoints/5.txt"), "utf8").split("\n");
    cp[2] = Buffer.alloc(32, 7).toString("base64");
    writeFileSync(join(dir, "checkpoints/5.txt"), cp.join("\n"));
    const bad = bare(["verify", "--bundle", dir]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("checkpoints/5.txt");
    // The consistency finding is said in words, in either language, not as a key and its JSON.
    expect(bad.stdout).not.toMatch(/checkpoints\/5\.txt: (finding )?checkpoint-\S+ \{/);
    const zh = runCli(["verify", "--bundle", dir, "--lang", "zh"], { env: { HOME: home } });
    expect(zh.status).toBe(1);
    expect(zh.stdout).toContain("checkpoints/5.txt：");
    expect(englishSentences(zh.stdout)).toEqual([]);
  });

  it("a resealed ledger (draw redone and ledger rewritten consistently after the checkpoint) is caught", () => {
    const printed = join(tempDir(), "printed.txt");
    cpSync(join(ws, "draws/checkpoints/5.txt"), printed);
    // Undo the draw of 2026-CY-02 (ledger lines 4-5 and its files), then draw it again with another seed.
    const ledger = join(ws, "draws/ledger.jsonl");
    writeFileSync(ledger, readFileSync(ledger, "utf8").split("\n").slice(0, 3).join("\n") + "\n");
    for (const f of [
      "draws/2026-CY-02.draw.yaml",
      "draws/2026-CY-02.population.json",
      "draws/checkpoints",
      "draws/proofs",
    ])
      rmSync(join(ws, f), { recursive: true, force: true });
    const redo = run([
      "draw",
      "2026-CY-02",
      "--seed",
      "县市场监管局=11111111111",
      "--seed",
      "县消防救援大队=2222222222",
    ]);
    expect(redo.status).toBe(0);
    // Everything the workspace holds agrees with itself...
    const ledgerCheck = run(["verify", "--ledger"]);
    expect(ledgerCheck.stdout).toContain("VERIFIED");
    // ...but not with the checkpoint the public holds.
    const caught = run(["verify", "--checkpoint", printed]);
    expect(caught.status).toBe(1);
    expect(caught.stdout).toContain("NOT CONSISTENT");
    expect(caught.stdout).toContain("One or more of lines 1–5 were changed");
    expect(caught.stdout).toContain("resealed");
    expect(run(["verify", "--checkpoint", "5 7d1b-f0b1-8748-c031"]).status).toBe(1);
    // With a checkpoint of 3 lines also published, the change is placed after line 3.
    const three = run(["verify", "--checkpoint", "3 2fcf-cedd-fb0c-6033", "--checkpoint", printed]);
    expect(three.stdout).toContain("after line 3");
  });
});
