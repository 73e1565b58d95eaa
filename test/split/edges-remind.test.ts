/**
 * Awkward units and 催报: a unit whose name is not a file name (`区/财政局:*?`) with 200 rows, a collective
 * with 14 members, a collective without members; `--remind` drafts only for units sent this period's file
 * and not returned (returns read from the master's 回收记录 sheet,
 * which the collection command will fill).
 */
import { captureStderr } from "../helpers/capture-stderr";
import { simpleParser } from "mailparser";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { makePlan, COLLECTIVES, TOWNS } from "../factories/plan";
import { period } from "../factories/workbook";
import type { Plan } from "../../src/core/plan/schema";
import { buildWorkbookSpec, ledgerFor } from "../../src/core/workbook/build";
import type { ExportRecord } from "../../src/core/workbook/exports";
import { EMPTY_PROGRESS } from "../../src/core/workbook/progress";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { readCodedRows, readMeta, readWorkbookValues } from "../../src/xlsx/read-workbook";
import { readMaster } from "../../src/xlsx/read-master";
import { runSplit } from "../../src/cli/commands/split";
import { takeExitStatus } from "../../src/cli/errors";

const ODD = "区/财政局:*?";
const GROUP = COLLECTIVES[0]!; // 各乡镇人民政府、街道办事处
const LONE = COLLECTIVES[1]!; // 区直有关部门单位: no members listed
const MEMBERS = [...TOWNS, "韩屯镇人民政府", "胡屯镇人民政府", "肖庄镇人民政府", "贾寨镇人民政府", "洪官屯镇人民政府", "杨官屯乡人民政府"];

function awkwardPlan(): Plan {
  const base = makePlan({ tasks: 200, units: 20, seed: 5 });
  const tasks = base.tasks.map((t, i) => ({ ...t, leadUnits: [ODD], responsibleUnits: i % 10 === 0 ? [GROUP] : i % 10 === 1 ? [LONE] : [] }));
  const names = [ODD, GROUP, LONE];
  return {
    ...base,
    tasks,
    units: names.map((name) => ({
      name,
      kind: name === ODD ? ("department" as const) : ("collective" as const),
      aliases: [],
      leadTasks: tasks.filter((t) => t.leadUnits.includes(name)).map((t) => t.id),
      responsibleTasks: tasks.filter((t) => t.responsibleUnits.includes(name)).map((t) => t.id),
    })),
  };
}

const plan = awkwardPlan();
const p = period("2024-03");
const directory = {
  units: [
    { name: GROUP, contact: null, phone: null, email: null, members: MEMBERS, line: 2 },
    { name: ODD, contact: "赵六", phone: null, email: "odd@example.gov.cn", members: [], line: 3 },
    { name: TOWNS[0]!, contact: null, phone: null, email: "zx@example.gov.cn", members: [], line: 4 },
    { name: TOWNS[1]!, contact: null, phone: null, email: "xf@example.gov.cn", members: [], line: 5 },
  ],
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-split-edge-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; stderr: string }> {
  try {
    return await captureStderr(fn);
  } finally {
    takeExitStatus();
  }
}

describe("awkward units", () => {
  it("splits a 200-row unit with an unsafe name, 14 members of a collective, and a collective without members", async () => {
    const book = path.join(dir, "edge.xlsx");
    fs.writeFileSync(book, await writeWorkbook(buildWorkbookSpec(plan, { period: p, mailbox: "ducha@example.gov.cn", directory }).spec));
    const { value: r, stderr } = await quietly(() => runSplit(book, { output: path.join(dir, "out"), now: "2024-03-20T02:00:00Z" }));
    const names = r.files.map((f) => path.basename(f));
    expect(names).toHaveLength(1 + MEMBERS.length + 1);
    expect(names[0]).toBe("区_财政局___-2024年3月-重点工作进展.xlsx");
    expect(names).toContain(`${LONE}-2024年3月-重点工作进展.xlsx`);
    expect(names.some((n) => n.startsWith(GROUP))).toBe(false);
    expect(stderr).toContain(`“${LONE}”是集合单位，单位通讯录未列其成员单位：只生成一个文件`);

    const odd = await readWorkbookValues(fs.readFileSync(r.files[0]!));
    const oddMeta = readMeta(odd)!;
    expect(oddMeta.values.get("unit")).toBe(ODD);
    expect(readCodedRows(odd, oddMeta, "progress")).toHaveLength(200);
    for (const m of MEMBERS) {
      const f = r.files.find((x) => path.basename(x).startsWith(`${m}-`))!;
      const s = await readWorkbookValues(fs.readFileSync(f));
      const rows = readCodedRows(s, readMeta(s)!, "progress");
      expect(rows.map((x) => x.key)).toEqual(plan.tasks.filter((t) => t.responsibleUnits.includes(GROUP)).map((t) => `${t.id}|${m}|co`));
    }

    // The draft for the unsafe name: the attachment keeps the safe file name, the display name the unit's own.
    const mail = await simpleParser(fs.readFileSync(r.drafts[0]!, "utf8"));
    expect(mail.attachments[0]?.filename).toBe("区_财政局___-2024年3月-重点工作进展.xlsx");
    expect(Buffer.compare(mail.attachments[0]!.content, fs.readFileSync(r.files[0]!))).toBe(0);
    expect(mail.subject).toContain(ODD);
    expect(r.drafts.map((d) => path.basename(d))).toEqual(["区_财政局___-2024年3月-重点工作进展.eml", `${TOWNS[0]}-2024年3月-重点工作进展.eml`, `${TOWNS[1]}-2024年3月-重点工作进展.eml`]);
  });
});

describe("--lang en", () => {
  it("writes the unit's file and e-mail in English while the office's messages stay Chinese", async () => {
    const book = path.join(dir, "en.xlsx");
    fs.writeFileSync(book, await writeWorkbook(buildWorkbookSpec(plan, { period: p, mailbox: "ducha@example.gov.cn", directory }).spec));
    const { value: r, stderr } = await quietly(() => runSplit(book, { output: path.join(dir, "en"), units: ODD, lang: "en", now: "2024-03-20T02:00:00Z" }));
    expect(r.files.map((f) => path.basename(f))).toEqual(["区_财政局___-March 2024-progress report.xlsx"]);
    const sheets = await readWorkbookValues(fs.readFileSync(r.files[0]!));
    expect(sheets.map((s) => s.name)).toEqual(["About", "Progress", "Summary", "Lists", "_meta"]);
    expect(readMeta(sheets)!.values.get("lang")).toBe("en");
    const mail = await simpleParser(fs.readFileSync(r.drafts[0]!, "utf8"));
    expect(mail.subject).toBe(`[Due 2024-03-25] March 2024 progress report — ${ODD}`);
    expect(mail.text).toContain("by 2024-03-25");
    expect(stderr).toContain("已分发 1 个单位文件");
    expect(fs.readFileSync(path.join(dir, "en", "分发清单.csv"), "utf8").split("\r\n")[0]).toBe("\uFEFFUnit,File,E-mail,Rows,Draft,Note");
  });
});

describe("--remind", () => {
  it("drafts 催报 only for units sent this period's file that have not returned it", async () => {
    const ledger = ledgerFor(plan, { period: p, directory });
    const sent = (unit: string, periodCode: string): ExportRecord[] =>
      ledger.assignments
        .filter((a) => a.unit === unit)
        .map((a) => ({ exportId: `${periodCode}-X-${unit}`, unit, fileName: "f.xlsx", period: periodCode, key: a.key, hash: "0123456789abcd", time: "2024-03-20T02:00:00Z", values: EMPTY_PROGRESS }));
    // Sent in March: ODD, TOWNS[0], TOWNS[1]; TOWNS[1] has returned. TOWNS[2] was only sent February's file.
    const exports = [...sent(ODD, "2024-03"), ...sent(TOWNS[0]!, "2024-03"), ...sent(TOWNS[1]!, "2024-03"), ...sent(TOWNS[2]!, "2024-02")];
    const returns = [
      { unit: TOWNS[1]!, period: "2024-03" },
      { unit: ODD, period: "2024-02" },
    ];
    const book = path.join(dir, "remind.xlsx");
    fs.writeFileSync(book, await writeWorkbook(buildWorkbookSpec(plan, { period: p, mailbox: "ducha@example.gov.cn", directory, exports, returns }).spec));
    expect((await readMaster(fs.readFileSync(book), book)).returns).toEqual([
      { unit: TOWNS[1], period: "2024-03" },
      { unit: ODD, period: "2024-02" },
    ]);

    const { value: r, stderr } = await quietly(() => runSplit(book, { output: path.join(dir, "remind"), remind: true, now: "2024-03-26T01:00:00Z" }));
    expect(r.files.map((f) => path.basename(f))).toEqual(["区_财政局___-2024年3月-重点工作进展.xlsx", `${TOWNS[0]}-2024年3月-重点工作进展.xlsx`]);
    expect(r.drafts).toHaveLength(2);
    for (const d of r.drafts) {
      const mail = await simpleParser(fs.readFileSync(d, "utf8"));
      expect(mail.subject).toMatch(/^【催报】请于2024年3月25日前报送2024年3月重点工作进展——/);
      expect(mail.text).toContain("尚未报送，报送截止日期为 2024年3月25日");
    }
    expect(stderr).toMatch(/个单位本期尚未分发，不催报/);
    expect(stderr).toContain(TOWNS[2]!);
    const after = await readMaster(fs.readFileSync(book), book);
    expect(after.returns).toEqual(returns); // the rewrite keeps the collection's records
    expect(after.exports.length).toBe(exports.length + 200 + ledger.assignments.filter((a) => a.unit === TOWNS[0]).length);

    // Nobody left to remind: nothing is written and the master is untouched.
    const before = fs.readFileSync(book);
    const none = await quietly(() => runSplit(book, { output: path.join(dir, "none"), remind: true, units: TOWNS[1]!, now: "2024-03-27T01:00:00Z" }));
    expect(none.value.files).toEqual([]);
    expect(none.stderr).toContain("没有需要催报的单位");
    expect(fs.readFileSync(book)).toEqual(before);
  });
});
