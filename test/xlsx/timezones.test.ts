/** Dates mean the same calendar day in every time zone: build in Shanghai and in Los Angeles, compare. */
import { execFileSync } from "child_process";
import * as path from "path";
import { isoToSerial } from "../../src/core/workbook/dates";

const root = path.join(__dirname, "../..");
function probe(tz: string): { tz: string; serials: string[]; validation: string[]; read: string[] } {
  const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(root, "test/helpers/tz-probe.ts")], {
    cwd: root,
    env: { ...process.env, TZ: tz, TS_NODE_PROJECT: path.join(root, "tsconfig.json") },
    encoding: "utf8",
  });
  return JSON.parse(out) as ReturnType<typeof probe>;
}

test("date serials and read-back dates are identical under TZ=Asia/Shanghai and TZ=America/Los_Angeles", () => {
  const sh = probe("Asia/Shanghai");
  const la = probe("America/Los_Angeles");
  expect(sh.tz).toBe("Asia/Shanghai");
  expect(la.tz).toBe("America/Los_Angeles");
  expect(la.serials).toEqual(sh.serials);
  expect(la.read).toEqual(sh.read);
  expect(la.validation).toEqual(sh.validation);
  // whole-day serials, exactly the days written
  expect(sh.validation).toContain(`${isoToSerial("2024-03-01")}-${isoToSerial("2024-03-31")}`);
  for (const s of sh.serials) expect(s).toMatch(/^[FP]\d+=\d+$/);
  expect(sh.read).toContain("2024-03-01");
  expect(sh.read).toContain("2024-03-31");
  expect(sh.serials).toContain(`P2=${isoToSerial("2024-03-01")}`);
}, 60_000);
