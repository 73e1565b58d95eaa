/** Reading plan files: encodings Chinese offices use, Plan JSON round trip, clear errors. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputFileError } from "../../src/cli/errors";
import { decodeText, loadPlan, readPlanText } from "../../src/host/load-plan";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "duban-load-"));
const SEED = path.join(__dirname, "../../seeds/000_a2f65eecb66ed93a.txt");
const seedText = fs.readFileSync(SEED, "utf8");

/** GB18030 bytes of a string, encoded by iconv from the system (glibc), not by our own code. */
function gb18030(text: string): Buffer {
  const { execFileSync } = require("child_process") as typeof import("child_process");
  return execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], { input: text });
}

test("a GBK/GB18030 plan reads the same as UTF-8", async () => {
  const file = path.join(tmp, "gbk.txt");
  fs.writeFileSync(file, gb18030(seedText));
  expect(await readPlanText(file)).toBe(seedText);
});

test("UTF-16 with BOM and UTF-8 with BOM", () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("一、目标", "utf16le")]);
  expect(decodeText(le, "x")).toBe("一、目标");
  expect(decodeText(Buffer.from("\ufeff一、目标", "utf8"), "x").replace(/^\ufeff/, "")).toBe("一、目标");
});

test("Plan JSON round trip, and a foreign JSON is refused naming the field", async () => {
  const plan = await loadPlan(SEED);
  const file = path.join(tmp, "plan.json");
  fs.writeFileSync(file, JSON.stringify(plan));
  expect(await loadPlan(file)).toEqual(plan);
  const bad = path.join(tmp, "bad.json");
  fs.writeFileSync(bad, JSON.stringify({ ...plan, tasks: [{ id: 3 }] }));
  await expect(loadPlan(bad)).rejects.toThrow(InputFileError);
  await expect(loadPlan(bad)).rejects.toThrow(/bad\.json 不是 duban 的方案 JSON：字段 tasks\.0\.id/);
  const broken = path.join(tmp, "broken.json");
  fs.writeFileSync(broken, "{");
  await expect(loadPlan(broken)).rejects.toThrow(/broken\.json 不是有效的 JSON/);
});

test("a directory and a binary file are refused", async () => {
  await expect(readPlanText(tmp)).rejects.toThrow(/是文件夹/);
  const bin = path.join(tmp, "x.txt");
  fs.writeFileSync(bin, Buffer.from([0x41, 0x00, 0x42]));
  await expect(readPlanText(bin)).rejects.toThrow(/不是文本文件/);
});
