// Runs many commands through main() in one process (what bin/checkonce.js does, minus a process
// per run): reads a JSON list of {id, ws, argv} on stdin, prints one JSON line per run with the
// exit code, the output's tail and whether draws/ changed. The parent bounds the whole with a timeout.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, lstatSync } from "node:fs";
import { join } from "node:path";

const { main } = await import(new URL("../../dist/cli/main.js", import.meta.url).href);
const cases = JSON.parse(readFileSync(0, "utf8"));

/** SHA-256 of every regular file under draws/ (the records, the ledger, the snapshots). */
function drawsDigest(ws) {
  const hash = createHash("sha256");
  const walk = (dir, rel) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path, `${rel}/${name}`);
      else if (stat.isFile()) hash.update(`${rel}/${name}\0`).update(readFileSync(path)).update("\0");
    }
  };
  walk(join(ws, "draws"), "");
  return hash.digest("hex");
}

for (const c of cases) {
  let stdout = "";
  let stderr = "";
  const before = drawsDigest(c.ws);
  let status;
  let threw;
  try {
    status = await main([...c.argv, "-w", c.ws, "--lang", "en"], {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: { NO_COLOR: "1", LANG: "C" },
      cwd: c.ws,
    });
  } catch (error) {
    threw = String(error?.stack ?? error);
  }
  const changed = drawsDigest(c.ws) !== before;
  process.stdout.write(
    JSON.stringify({
      id: c.id,
      argv: c.argv,
      status,
      threw,
      changed,
      stdout: stdout.slice(-300),
      stderr: stderr.slice(-2000),
    }) + "\n",
  );
}
