#!/usr/bin/env node
// The checkonce command: a thin shell around the program built by `npm run build`: its bundle
// (dist/bundle/, see rolldown.config.mjs), or dist/cli/main.js when the bundle is missing or older
// than the last compile.
import { statSync } from "node:fs";

const built = (path) => statSync(new URL(`../dist/${path}`, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = (built("bundle/main.js") ?? -Infinity) >= (built("cli/main.js") ?? Infinity);
const { main } = await import(bundled ? "../dist/bundle/main.js" : "../dist/cli/main.js");

// `checkonce list objects | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
