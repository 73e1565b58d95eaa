/** The task-pane page in real headless Chromium: paste the seed plan, press 解析, read the summary. */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/chromium";

const ROOT = path.join(__dirname, "../..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "duban-web-"));
let server: http.Server;
let browser: Browser;
let url = "";

beforeAll(async () => {
  const config = { ...require(path.join(ROOT, "webpack.config.js")), mode: "development", devtool: false };
  config.output = { ...config.output, path: out };
  config.plugins = [
    {
      apply(compiler: webpack.Compiler) {
        compiler.hooks.afterEmit.tap("copy-html", () => fs.copyFileSync(path.join(ROOT, "src/taskpane/index.html"), path.join(out, "index.html")));
      },
    },
  ];
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve())),
  );
  server = http.createServer((req, res) => {
    const file = path.join(out, (req.url ?? "/").split("?")[0] === "/" ? "index.html" : path.basename(req.url ?? ""));
    if (!fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript" });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test("parses a pasted plan and shows the Chinese summary", async () => {
  const page = await browser.newPage();
  // The page loads office.js from Microsoft's CDN; there is no network here, and the page must not need it.
  await page.route(/appsforoffice/, (r) => r.abort());
  await page.goto(url);
  await page.fill("#text", fs.readFileSync(path.join(ROOT, "seeds/000_a2f65eecb66ed93a.txt"), "utf8"));
  await page.click("#parse");
  await expect(page.locator("#summary").textContent()).resolves.toContain("共 105 项任务，10 个篇章，9 位牵头领导");
  expect(await page.locator("#download").isVisible()).toBe(true);
  await page.fill("#text", "这不是方案");
  await page.click("#parse");
  expect(await page.locator("#message").textContent()).toContain("未找到任何编号任务");
});
