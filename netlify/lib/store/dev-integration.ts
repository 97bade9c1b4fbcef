/**
 * An Astro integration for `astro dev`: the pledge functions run inside the dev server.
 *
 * The Netlify adapter's dev emulation (@netlify/vite-plugin 2.x, and 3.x does the same) bundles
 * a function again for every request, into a folder of its own under .netlify/functions-serve:
 * about 1.5 s per call, races between concurrent builds (500 "Cannot find module"), and folders
 * left behind by requests that failed; at startup it also builds every function and starts a
 * local database emulation this site does not use. So under `astro dev` that plugin is left out
 * (`withoutNetlifyDevEmulation`; builds are untouched), and this middleware answers every path a
 * function claims (`config.path` in netlify/functions/*.ts), calling the same modules through
 * Vite's loader (netlify/lib/local-functions.ts, shared with `npm run preview`): loaded once,
 * reloaded when a file changes, nothing written to disk.
 *
 * The settings are checked when the dev server starts (a wrong one stops it with one line saying
 * what to set). With no Redis configured, the embedded store lives in this process, shared by
 * every function, and a PLEDGE_SECRET is made for the process.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import type { PluginOption, ViteDevServer } from "vite";
import { ConfigError, prepareLocalConfig } from "../config";
import { type FunctionRoute, functionFiles, loadRoutes, serveFunction } from "../local-functions";

interface RuntimeModule {
  closeRuntime?: () => Promise<void>;
}

/** Stops `astro dev` with the one line that says what to set. */
const checkSettings = (logger: AstroIntegrationLogger): void => {
  try {
    const { config, madeSecret } = prepareLocalConfig();
    if (config.store.kind === "memory") {
      logger.info("Pledges use the embedded in-memory store, in this process; they are kept until it stops.");
    } else logger.info(`Pledges use the ${config.store.kind} store.`);
    if (madeSecret) logger.info("PLEDGE_SECRET was not set: one was made for this dev server (development only).");
    // As under Netlify's local runtime: purgeCache() logs that it skips instead of failing.
    process.env.NETLIFY_LOCAL ??= "true";
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[pledge] Cannot start: ${error.message}`);
    process.exit(1);
  }
};

const serveFunctions = (server: ViteDevServer, root: URL, logger: AstroIntegrationLogger): void => {
  const functionsDir = fileURLToPath(new URL("netlify/functions/", root));
  const runtimeFile = fileURLToPath(new URL("netlify/lib/runtime.ts", root));
  const load = (file: string) => server.ssrLoadModule(file);
  let routes: Promise<FunctionRoute[]> | undefined;
  let runtime: RuntimeModule | undefined;

  // A function added, removed or edited may change the routes: read them again on next use.
  const forget = (file: string) => {
    if (file.startsWith(functionsDir)) routes = undefined;
  };
  server.watcher.on("add", forget).on("unlink", forget).on("change", forget);

  /** After an edit, Vite loads runtime.ts afresh; the previous one's store connection is closed. */
  const closeStaleRuntime = async () => {
    const current = (await load(runtimeFile)) as RuntimeModule;
    if (runtime !== undefined && runtime !== current) await runtime.closeRuntime?.();
    runtime = current;
  };
  server.httpServer?.once("close", () => void runtime?.closeRuntime?.());

  server.middlewares.use(async (req, res, next) => {
    if (!req.url?.startsWith("/api/") && !req.url?.startsWith("/.netlify/functions/")) return next();
    const started = performance.now();
    try {
      routes ??= loadRoutes(functionFiles(functionsDir), load);
      const table = await routes;
      await closeStaleRuntime();
      const served = await serveFunction(table, req, res, `http://${req.headers.host ?? "localhost"}`);
      if (!served) return next();
      logger.info(
        `${req.method} ${req.url} → ${served.name} ${served.status} (${Math.round(performance.now() - started)} ms)`,
      );
    } catch (error) {
      routes = undefined;
      if (error instanceof Error) server.ssrFixStacktrace(error);
      logger.error(
        `${req.method} ${req.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
      );
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json; charset=utf-8" });
      res.end(
        JSON.stringify({
          error: {
            code: "dev_server_error",
            message: "The function failed to load or run: see the dev server's output.",
          },
        }),
      );
    }
  });
};

export const pledgeDevFunctions = (): AstroIntegration => {
  let root: URL | undefined;
  return {
    name: "daily-pledge:dev-functions",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        root = config.root;
        if (command === "dev") checkSettings(logger);
      },
      "astro:server:setup": ({ server, logger }) => {
        if (root) serveFunctions(server, root, logger);
      },
    },
  };
};

type ConfigSetup = NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>;

/** The Netlify adapter's dev emulation plugin (@netlify/vite-plugin), by its name. */
const NETLIFY_DEV_PLUGIN = "vite-plugin-netlify";

const withoutPlugin = (option: PluginOption): PluginOption => {
  if (Array.isArray(option)) return option.map(withoutPlugin);
  if (option && typeof option === "object" && "name" in option && option.name === NETLIFY_DEV_PLUGIN) return false;
  return option;
};

/**
 * The Netlify adapter as is for `astro build`, minus its Vite dev plugin under `astro dev`
 * (pledgeDevFunctions serves the functions there). Wraps the adapter's config hook so that the
 * configuration it adds passes through a filter that drops that one plugin by name.
 */
export const withoutNetlifyDevEmulation = (adapter: AstroIntegration): AstroIntegration => {
  const setup = adapter.hooks["astro:config:setup"];
  if (!setup) return adapter;
  const wrapped: ConfigSetup = (options) =>
    setup({
      ...options,
      updateConfig: (config) =>
        options.updateConfig(
          options.command === "dev" && config.vite?.plugins
            ? { ...config, vite: { ...config.vite, plugins: config.vite.plugins.map(withoutPlugin) } }
            : config,
        ),
    });
  return { ...adapter, hooks: { ...adapter.hooks, "astro:config:setup": wrapped } };
};
