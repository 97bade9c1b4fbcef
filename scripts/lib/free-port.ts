/** A free TCP port on 127.0.0.1, for the throwaway servers of tests, the audit and the bench. */
import { createServer } from "node:net";

/** Asks the system for a port nobody listens on, then releases it for the caller to use. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port found")),
      );
    });
  });
