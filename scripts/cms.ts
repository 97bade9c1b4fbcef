/**
 * `npm run cms`: the editing screen's local server, beside `npm run dev`. It starts Decap CMS's
 * decap-server in its file-system mode over this working copy, so /admin/ on localhost reads and
 * writes the files in content/ directly (no pull requests locally: commit as usual).
 *
 * Bound to 127.0.0.1 (decap-server listens on every interface unless told otherwise, and it
 * writes files for whoever asks), on port 8081, where the editor looks for it.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const server = createRequire(import.meta.url).resolve("decap-server/dist/index.js");

const child = spawn(process.execPath, [server], {
  stdio: "inherit",
  env: {
    ...process.env,
    MODE: "fs",
    GIT_REPO_DIRECTORY: ROOT,
    PORT: process.env.PORT ?? "8081",
    BIND_HOST: process.env.BIND_HOST ?? "127.0.0.1",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
