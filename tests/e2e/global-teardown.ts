/** Stops the throw-away redis-server that playwright.config.ts started (only that one, by its pid file). */
import { existsSync, readFileSync, rmSync } from "node:fs";

export default function globalTeardown(): void {
  const pidFile = process.env["E2E_REDIS_PIDFILE"];
  if (!pidFile || !existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  rmSync(pidFile, { force: true });
}
