/**
 * The editing screen (/admin/, Decap CMS) in local mode, as an editor uses it with `npm run cms`.
 *
 * The editor's local mode talks to decap-server at http://localhost:8081. Here decap-server runs
 * on a free port (in git mode, as `npm run cms` does) against a throw-away copy of content/ in a
 * temporary git repository, and the browser's requests to localhost:8081 are passed to it, so
 * the test never touches the working copy. The page is served with the site's real headers
 * (scripts/serve-site.ts reads netlify.toml), so the /admin/* CSP is what is tested.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "yaml";
import { formatContentError } from "../../src/lib/content/fields";
import { resourceSchema } from "../../src/lib/content/schema";

let repo = "";
let server: ChildProcess | undefined;
let serverPort = 0;
const cspErrors: string[] = [];

const git = (...args: string[]) => execFileSync("git", ["-C", repo, ...args], { encoding: "utf8" });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForServer(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action: "info" }),
      });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`decap-server did not answer on port ${port}.`);
}

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), "pledge-cms-"));
  cpSync("content", join(repo, "content"), { recursive: true });
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "content");
  serverPort = await freePort();
  server = spawn(process.execPath, ["node_modules/decap-server/dist/index.js"], {
    env: {
      ...process.env,
      PORT: String(serverPort),
      BIND_HOST: "127.0.0.1",
      MODE: "git",
      GIT_REPO_DIRECTORY: repo,
      LOG_LEVEL: "error",
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.invalid",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.invalid",
    },
    stdio: "ignore",
  });
  await waitForServer(serverPort);
});

test.afterAll(() => {
  if (server?.pid) server.kill("SIGTERM");
  if (repo) rmSync(repo, { recursive: true, force: true });
});

async function openEditor(page: Page): Promise<void> {
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspErrors.push(message.text());
  });
  await page.route("http://localhost:8081/api/v1", async (route) => {
    const response = await route.fetch({ url: `http://127.0.0.1:${serverPort}/api/v1` });
    await route.fulfill({ response });
  });
  await page.goto("/admin/");
  const login = page.getByRole("button", { name: "Login" });
  const guides = page.getByRole("link", { name: "Program guides" });
  await expect(login.or(guides).first()).toBeVisible({ timeout: 30_000 });
  // Local mode asks for one click on "Login" (no account: decap-server answers).
  if (await login.isVisible()) await login.click();
  await expect(guides).toBeVisible();
}

test("/admin/ loads in local mode under its CSP and lists articles, program guides and glossary words", async ({
  page,
}) => {
  await openEditor(page);
  await page.getByRole("link", { name: "Articles" }).click();
  await expect(page.getByText("What Is a Substance Use Disorder?")).toBeVisible();
  await page.getByRole("link", { name: "Program guides" }).click();
  await expect(page.getByText("Al-Anon Family Groups")).toBeVisible();
  await page.getByRole("link", { name: "Glossary" }).click();
  await expect(page.getByText("Sponsor", { exact: true })).toBeVisible();
  expect(cspErrors, "the editor must run under the /admin/* CSP of netlify.toml").toEqual([]);
});

/** Picks `value` in a Decap select (react-select) whose label is `label`. */
async function choose(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await page.keyboard.press("Enter");
}

test("an article saved in the editor is a file the build accepts, and a short summary is refused with the build's words", async ({
  page,
}) => {
  const title = `Editor test ${Date.now().toString(36)}`;
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  await openEditor(page);
  await page.goto("/admin/#/collections/resources/new");
  await page.getByLabel("Title", { exact: true }).first().fill(title);
  await page.getByLabel("Description", { exact: true }).fill("Too short.");
  await page.getByLabel("Published", { exact: true }).fill("2026-12-03");
  await choose(page, "Topics", "self-care");
  await choose(page, "Audience", "family");
  await page.getByRole("button", { name: "Add sources" }).click();
  await page.getByLabel("Title", { exact: true }).nth(1).fill("SAMHSA: Recovery and Recovery Support");
  await page.getByLabel("Url", { exact: true }).fill("https://www.samhsa.gov/find-support/learn-about-recovery");
  // The body's editor is the form's only rich text area (contenteditable), not a labelled input.
  await page.locator('[contenteditable="true"]').last().click();
  await page.keyboard.type("A short test body for the editor.");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText('"description" must be 50 to 160 characters long.')).toBeVisible();

  await page
    .getByLabel("Description", { exact: true })
    .fill("A test article written in the editing screen, to prove it saves a file the build accepts.");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  // Editorial workflow: the entry is saved on its own branch, as a pull request would be.
  const branch = `cms/resources/${slug}`;
  await expect
    .poll(() => git("branch", "--list", branch).trim(), { timeout: 30_000, message: `branch ${branch}` })
    .not.toBe("");
  const file = git("show", `${branch}:content/resources/${slug}.mdx`);
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  expect(match, `content/resources/${slug}.mdx has frontmatter:\n${file}`).not.toBeNull();
  const result = resourceSchema.safeParse(parse(match?.[1] ?? ""));
  expect(result.success, result.success ? "" : formatContentError(`${slug}.mdx`, result.error)).toBe(true);
  expect(match?.[2]).toContain("A short test body for the editor.");
  expect(git("status", "--porcelain"), "the throw-away repository's working tree").toBe("");
});
