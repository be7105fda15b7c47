// `npm run build`, after tsc: the compiled program bundled into dist/bundle/ (issue 13, start-up).
// Sixty-odd modules cost a warm `validate` more in resolving, reading and linking than in running;
// the bundle loads a few files: the entry with commander, the "start" chunk of what every run
// needs, then the chunks of the one command run (each command module is a dynamic import in
// cli/command-modules.ts). commander and seedrandom, small and plain CommonJS, go into the bundle;
// every other package stays in node_modules, loaded when used as before. bin/checkonce.js runs the
// bundle when it is not older than the compiled dist/cli/main.js, and that one otherwise.
const inBundle = /^(commander|seedrandom)(\/|$)/;
// What the entry imports on every run, --version included: one chunk rather than a file each.
const start =
  /dist\/(util|diagnostics|i18n|draw|workspace)\/(colors|io-error|read-file|safe-text|dates|version|errors|draw-error|quick-lang|find-workspace|locale|messages)\.js$/;

export default {
  input: "dist/cli/main.js",
  platform: "node",
  external: (id) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0") && !inBundle.test(id),
  output: {
    dir: "dist/bundle",
    cleanDir: true,
    format: "esm",
    sourcemap: true,
    codeSplitting: { groups: [{ name: "start", test: start }] },
  },
};
