/**
 * The operator's moderation tool, over the same store the site uses (set the same
 * UPSTASH_REDIS_REST_URL/TOKEN or REDIS_URL, and PLEDGE_SECRET, as the deployed site).
 *
 *   npm run moderate -- list               recent visible entries, with report counts
 *   npm run moderate -- list --hidden      entries hidden by reports or by a moderator
 *   npm run moderate -- hide <id>          take an entry out of the feed
 *   npm run moderate -- restore <id>       put it back (its report count starts again)
 *   npm run moderate -- remove <id>        delete it for good
 *
 * Options: --limit N (list, default 50), --before ID (list, older than ID).
 */
import { parseArgs } from "node:util";
import { MODERATION_ACTIONS, type ModerationAction } from "../common/pledge/schemas";
import { readConfig } from "../netlify/lib/config";
import { PledgeService } from "../netlify/lib/pledge/service";
import { createStore } from "../netlify/lib/store";

const USAGE = `Usage:
  npm run moderate -- list [--hidden] [--limit N] [--before ID]
  npm run moderate -- hide|restore|remove <entry id>`;

const fail = (message: string): never => {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    hidden: { type: "boolean", default: false },
    limit: { type: "string", default: "50" },
    before: { type: "string" },
  },
});
const [command, entryId] = positionals;

const config = readConfig();
if (config.store.kind === "memory") {
  fail(
    "No store configured. Set REDIS_URL, or UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN, to the site's store.",
  );
}
const store = createStore(config);
const service = new PledgeService(store.redis, config);

const when = (iso: string) => iso.replace("T", " ").slice(0, 16);

try {
  if (command === "list") {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) fail("--limit must be a whole number from 1 to 500.");
    const { entries, more } = await service.list(values.hidden ? "hidden" : "feed", limit, values.before);
    console.log(values.hidden ? "Hidden entries (newest first):" : "Visible entries (newest first):");
    if (entries.length === 0) console.log("  (none)");
    for (const e of entries) {
      const who = e.name ?? "Someone";
      const reason = e.reason ? `, last reason: "${e.reason}"` : "";
      console.log(
        `  #${e.id}  ${when(e.createdAt)}  ${e.kind.padEnd(9)}  ${who}: ${e.note ?? "—"}  [hugs ${e.hugs}, reports ${e.reports}${reason}]`,
      );
    }
    if (more) console.log(`  … more: --before ${entries.at(-1)?.id}`);
  } else if (command && (MODERATION_ACTIONS as readonly string[]).includes(command)) {
    if (!entryId || !/^\d+$/.test(entryId))
      fail(`"${command}" needs the entry's id, e.g. npm run moderate -- ${command} 42`);
    const outcome = await service.moderate(entryId ?? "", command as ModerationAction);
    if (outcome.status === "missing") {
      console.error(`No entry #${entryId}: it may have been removed or aged out of the feed's history.`);
      process.exitCode = 1;
    } else {
      console.log(`Entry #${entryId} is now ${outcome.value.status}.`);
    }
  } else {
    fail(command ? `Unknown command "${command}".` : "Say what to do.");
  }
} finally {
  await store.close();
}
