import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { UsageError } from "../diagnostics/errors.js";

export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
}

export type BrowserFound = { path: string } | { missing: { variable: string; path: string } } | { none: string[] };

/** Where Edge, Chrome and Chromium install themselves, in the order they are tried. */
export function browserCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === "win32") {
    const programFiles = [
      env["ProgramFiles(x86)"] ?? "C:\\Program Files (x86)",
      env.ProgramFiles ?? "C:\\Program Files",
    ];
    return [
      ...programFiles.map((p) => `${p}\\Microsoft\\Edge\\Application\\msedge.exe`),
      ...programFiles.map((p) => `${p}\\Google\\Chrome\\Application\\chrome.exe`),
      ...(env.LOCALAPPDATA
        ? [
            `${env.LOCALAPPDATA}\\Google\\Chrome\\Application\\chrome.exe`,
            `${env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
          ]
        : []),
    ];
  }
  if (platform === "darwin") {
    return [
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
    "/usr/bin/microsoft-edge-stable",
    "/snap/bin/chromium",
  ];
}

/** CHECKONCE_BROWSER, else CHROME_PATH, else the usual install paths. A variable naming nothing is an error, not a fallback. */
export function findBrowser(search: BrowserSearch): BrowserFound {
  for (const variable of ["CHECKONCE_BROWSER", "CHROME_PATH"]) {
    const path = search.env[variable];
    if (path) return search.exists(path) ? { path } : { missing: { variable, path } };
  }
  const candidates = browserCandidates(search.env, search.platform);
  const path = candidates.find((p) => search.exists(p));
  return path ? { path } : { none: candidates };
}

export type BrowserOutput = { pdf: string } | { screenshot: string; width: number; height: number };

/** The headless command line: a throwaway profile, nothing fetched or synced, no header or footer of the browser's own. */
export function browserArgs(htmlPath: string, output: BrowserOutput, profile: string, asRoot: boolean): string[] {
  return [
    "--headless",
    ...(asRoot ? ["--no-sandbox"] : []),
    "--disable-gpu",
    // No network of any kind, QUIC included: the documents fetch nothing.
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    `--user-data-dir=${profile}`,
    ...("pdf" in output
      ? ["--no-pdf-header-footer", "--print-to-pdf-no-header", `--print-to-pdf=${output.pdf}`]
      : [`--screenshot=${output.screenshot}`, `--window-size=${output.width},${output.height}`, "--hide-scrollbars"]),
    pathToFileURL(htmlPath).href,
  ];
}

/** Prints (or photographs) one HTML file; returns the problem, or undefined when the file was written. */
export function runBrowser(
  browser: string,
  htmlPath: string,
  output: BrowserOutput,
  timeoutMs = 120_000,
): string | undefined {
  const profile = mkdtempSync(join(tmpdir(), "checkonce-browser-"));
  try {
    const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
    const result = spawnSync(browser, browserArgs(htmlPath, output, profile, asRoot), {
      encoding: "utf8",
      timeout: timeoutMs,
      windowsHide: true,
    });
    const file = "pdf" in output ? output.pdf : output.screenshot;
    if (result.error) return result.error.message;
    if (!existsSync(file) || statSync(file).size === 0)
      return (result.stderr || `exit ${result.status}`).trim().split("\n").slice(-3).join(" ");
    if ("pdf" in output && readFileSync(file).subarray(0, 5).toString("latin1") !== "%PDF-") return "not a PDF";
    return undefined;
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Pages of a PDF as its page objects count them (`/Type /Page`, not `/Pages`). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

/** The browser to print PDF with, or a usage error that says where it was looked for. */
export function locateBrowser(env: NodeJS.ProcessEnv): string {
  const found = findBrowser({ env, platform: process.platform, exists: (p) => existsSync(p) && statSync(p).isFile() });
  if ("path" in found) return found.path;
  if ("missing" in found)
    throw new UsageError("orders-browser-missing", { browser: found.missing.path, variable: found.missing.variable });
  throw new UsageError("orders-no-browser", { paths: found.none.join(", ") });
}
