/**
 * The editing screen (/admin/, Decap CMS) in local mode, as an editor uses it with `npm run cms`.
 *
 * The editor's local mode talks to decap-server at http://localhost:8081. Here decap-server runs
 * on a free port against a throw-away copy of content/ in a temporary git repository (in fs mode,
 * as `npm run cms` runs it, and in git mode for the editorial workflow), and the browser's
 * requests to localhost:8081 are passed to it, so the test never touches the working copy. The page is served with the site's real headers
 * (scripts/serve-site.ts reads netlify.toml), so the /admin/* CSP is what is tested.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "yaml";
import { formatContentError } from "../../src/lib/content/fields";
import { resourceSchema } from "../../src/lib/content/schema";

/** A decap-server on a free port over a throw-away git copy of content/. */
interface Backend {
  repo: string;
  port: number;
  process: ChildProcess;
}
const backends: Backend[] = [];
const git = (backend: Backend, ...args: string[]) =>
  // stderr is kept: a poll for a branch not made yet would otherwise print git's "fatal:" lines.
  execFileSync("git", ["-C", backend.repo, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

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

/**
 * `fs` is `npm run cms`: files are written straight into the working copy. `git` is the
 * editorial workflow in miniature: each entry is saved on its own cms/ branch, as on GitHub,
 * where that branch becomes a pull request.
 */
async function startBackend(mode: "fs" | "git"): Promise<Backend> {
  const repo = mkdtempSync(join(tmpdir(), "pledge-cms-"));
  cpSync("content", join(repo, "content"), { recursive: true });
  const port = await freePort();
  const who = { GIT_AUTHOR_NAME: "Test", GIT_AUTHOR_EMAIL: "test@example.invalid" };
  const env = { ...process.env, ...who, GIT_COMMITTER_NAME: "Test", GIT_COMMITTER_EMAIL: "test@example.invalid" };
  execFileSync("git", ["-C", repo, "init", "-q", "-b", "main"], { env });
  execFileSync("git", ["-C", repo, "add", "."], { env });
  execFileSync("git", ["-C", repo, "commit", "-q", "-m", "content"], { env });
  const backend: Backend = {
    repo,
    port,
    process: spawn(process.execPath, ["node_modules/decap-server/dist/index.js"], {
      env: { ...env, PORT: String(port), BIND_HOST: "127.0.0.1", MODE: mode, GIT_REPO_DIRECTORY: repo },
      stdio: "ignore",
    }),
  };
  backends.push(backend);
  await waitForServer(port);
  return backend;
}

// Decap keeps polling decap-server; a request still in flight when a test ends must not fail
// the run (Playwright reports it as an error outside any test), so the routes go first.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test.afterAll(() => {
  for (const backend of backends) {
    if (backend.process.pid) backend.process.kill("SIGTERM");
    rmSync(backend.repo, { recursive: true, force: true });
  }
});

async function openEditor(page: Page, backend: Backend): Promise<string[]> {
  const cspErrors: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspErrors.push(message.text());
  });
  await page.route("http://localhost:8081/api/v1", async (route) => {
    const response = await route.fetch({ url: `http://127.0.0.1:${backend.port}/api/v1` });
    await route.fulfill({ response });
  });
  await page.goto("/admin/");
  const login = page.getByRole("button", { name: "Login" });
  const guides = page.getByRole("link", { name: "Program guides" });
  await expect(login.or(guides).first()).toBeVisible({ timeout: 30_000 });
  // Local mode asks for one click on "Login" (no account: decap-server answers).
  if (await login.isVisible()) await login.click();
  await expect(guides).toBeVisible();
  return cspErrors;
}

test("/admin/ loads in local mode under its CSP and lists articles, program guides and glossary words", async ({
  page,
}) => {
  const cspErrors = await openEditor(page, await startBackend("fs"));
  await page.getByRole("link", { name: "Articles" }).click();
  await expect(page.getByText("What Is a Substance Use Disorder?")).toBeVisible();
  await page.getByRole("link", { name: "Program guides" }).click();
  await expect(page.getByText("Al-Anon Family Groups")).toBeVisible();
  // A guide whose formats are "not-confirmed" (a lone answer, not a list) opens in the form and preview.
  await page.getByText("AA Agnostica", { exact: true }).click();
  const preview = page.frameLocator("iframe").first();
  await expect(preview.getByRole("heading", { level: 1, name: "AA Agnostica" })).toBeVisible();
  await expect(page.getByText("not-confirmed").first()).toBeVisible();
  await page.goto("/admin/#/collections/glossary");
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

/** Fills in a new article; `description` is what the summary field gets. */
async function writeArticle(page: Page, title: string, description: string): Promise<void> {
  await page.goto("/admin/#/collections/resources/new");
  await page.getByLabel("Title", { exact: true }).first().fill(title);
  await page.getByLabel("Description", { exact: true }).fill(description);
  await page.getByLabel("Published", { exact: true }).fill("2026-12-03");
  await choose(page, "Topics", "self-care");
  await choose(page, "Audience", "family");
  await page.getByRole("button", { name: "Add sources" }).click();
  await page.getByLabel("Title", { exact: true }).nth(1).fill("SAMHSA: Recovery and Recovery Support");
  await page.getByLabel("Url", { exact: true }).fill("https://www.samhsa.gov/find-support/learn-about-recovery");
  // The body's editor is the form's only rich text area (contenteditable), not a labelled input.
  await page.locator('[contenteditable="true"]').last().click();
  await page.keyboard.type("A short test body for the editor.");
}

/**
 * Saves the entry. With the editorial workflow the button is "Save" (a draft on its own
 * branch); in `npm run cms` mode Decap writes straight to the files, as "Publish" → "Publish now".
 */
async function save(page: Page, mode: "fs" | "git"): Promise<void> {
  if (mode === "git") {
    await page.getByRole("button", { name: "Save", exact: true }).click();
    return;
  }
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByText("Publish now", { exact: true }).click();
}

const SUMMARY = "A test article written in the editing screen, to prove it saves a file the build accepts.";

/** Parses a saved article with the build's schema; fails with the build's own messages. */
function expectValidArticle(file: string, name: string): void {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  expect(match, `${name} has frontmatter:\n${file}`).not.toBeNull();
  const result = resourceSchema.safeParse(parse(match?.[1] ?? ""));
  expect(result.success, result.success ? "" : formatContentError(name, result.error)).toBe(true);
  expect(match?.[2]).toContain("A short test body for the editor.");
}

const newTitle = (label: string) => `Editor test ${label} ${Date.now().toString(36)}`;
const slugOf = (title: string) => title.toLowerCase().replace(/\s+/g, "-");

test("npm run cms mode: a short summary and a picture without alt text are refused in the build's words; the saved article is a file the build accepts", async ({
  page,
}) => {
  const backend = await startBackend("fs");
  const title = newTitle("local");
  const path = `content/resources/${slugOf(title)}.mdx`;
  await openEditor(page, backend);
  await writeArticle(page, title, "Too short.");
  await save(page, "fs");
  await expect(page.getByText('"description" must be 50 to 160 characters long.')).toBeVisible();
  expect(existsSync(join(backend.repo, path)), "nothing is written while the form is refused").toBe(false);

  await page.getByLabel("Description", { exact: true }).fill(SUMMARY);
  // A picture without alt text: the form lets an optional picture's fields be blank, and the
  // build's own check before saving refuses the half-filled picture in the build's words; the
  // editor then does what the message says.
  // The optional picture starts folded; its fields are labelled "Src (optional)" and "Alt (optional)".
  const src = page.locator('input[id^="src-field"]');
  if (!(await src.isVisible())) await page.locator('[id^="image-field"] [data-testid="expand-button"]').click();
  await src.fill("/images/photo.jpg");
  await save(page, "fs");
  await expect(page.getByText('"image → alt" is missing.').first()).toBeVisible();
  expect(existsSync(join(backend.repo, path)), "nothing is written while the build would refuse it").toBe(false);
  await page.locator('textarea[id^="alt-field"]').fill("A quiet room with two chairs by a window.");
  // The preview is the article's header in the site's own stylesheets.
  const preview = page.frameLocator("iframe").first();
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(preview.locator("p.lead")).toHaveText(SUMMARY);
  await expect(preview.locator('link[rel="stylesheet"][href*="/_astro/global."]')).toHaveCount(1);
  await save(page, "fs");
  await expect.poll(() => existsSync(join(backend.repo, path)), { timeout: 30_000, message: path }).toBe(true);
  expectValidArticle(readFileSync(join(backend.repo, path), "utf8"), path);
});

test("editorial workflow: a saved article goes on its own branch (the pull request on GitHub) as a valid file", async ({
  page,
}) => {
  const backend = await startBackend("git");
  const title = newTitle("workflow");
  const slug = slugOf(title);
  await openEditor(page, backend);
  await writeArticle(page, title, SUMMARY);
  await save(page, "git");
  const branch = `cms/resources/${slug}`;
  const path = `${branch}:content/resources/${slug}.mdx`;
  // decap-server makes the branch first and commits the file on it a moment later.
  const saved = () => {
    try {
      return git(backend, "show", path);
    } catch {
      return "";
    }
  };
  await expect.poll(saved, { timeout: 30_000, message: path }).not.toBe("");
  expectValidArticle(saved(), path);
  const onMain = git(backend, "ls-tree", "-r", "--name-only", "main", "content/resources");
  expect(onMain.includes(slug), "main is untouched until the pull request is merged").toBe(false);
});
