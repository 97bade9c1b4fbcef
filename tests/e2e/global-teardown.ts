/** Stops the throwaway redis-server that playwright.config.ts started (only that one, by its pid). */
export default function globalTeardown(): void {
  const pid = Number(process.env["E2E_REDIS_PID"]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}
