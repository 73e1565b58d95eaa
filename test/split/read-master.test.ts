/** A master reads back into the full core model (plan, contacts, progress, exports, options) and rebuilds to the same spec. */
import ExcelJS from "exceljs";
import { makePlan, COLLECTIVES, TOWNS } from "../factories/plan";
import { fillProgress } from "../factories/progress";
import { period } from "../factories/workbook";
import { buildWorkbookSpec, ledgerFor, type BuildOptions } from "../../src/core/workbook/build";
import { chunkText } from "../../src/core/workbook/sheets/meta";
import type { ExportRecord } from "../../src/core/workbook/exports";
import type { WorkbookSpec } from "../../src/core/workbook/spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { readMaster } from "../../src/xlsx/read-master";
import { InputFileError } from "../../src/cli/errors";

const plan = makePlan({ tasks: 30, units: 30, seed: 21, awkward: true });
const p = period("2024-Q1");
const directory = {
  units: [
    { name: COLLECTIVES[0] ?? "", contact: null, phone: null, email: null, members: TOWNS.slice(0, 5), line: 2 },
    { name: "区财政局", contact: "张三", phone: "0635-4261234", email: "czj@example.gov.cn", members: [], line: 3 },
    { name: TOWNS[0] ?? "", contact: "李四", phone: "13800138000", email: "zx@example.gov.cn", members: [], line: 4 },
  ],
};
const ledger = ledgerFor(plan, { period: p, directory });
const progress = fillProgress(ledger, p, 4);
for (const [k, v] of progress) if (v.status === "done") progress.set(k, { ...v, review: "approved" });
const records: ExportRecord[] = ledger.assignments.slice(0, 7).map((a, i) => ({
  exportId: `2024-Q1-20240320T020000Z-00${1 + (i % 2)}`,
  unit: a.unit,
  fileName: `${a.unit}-2024年第一季度-重点工作进展.xlsx`,
  period: "2024-Q1",
  key: a.key,
  hash: "0123456789abcd",
  time: "2024-03-20T02:00:00Z",
  values: { ...(progress.get(a.key) ?? fillProgress(ledger, p, 1).get(a.key)!), review: null },
}));

function opts(lang: "zh-CN" | "en", password: string | null = null): BuildOptions {
  return { period: p, due: "2024-03-28", mailbox: "ducha@example.gov.cn", directory, lang, thresholds: { yellow: 12, red: 35 }, password, progress, exports: records, returns: [{ unit: "区财政局", period: "2024-02" }] };
}

/** The spec with one `_meta` record's value replaced. */
function withMeta(spec: WorkbookSpec, match: (r: unknown[]) => boolean, value: string | number): WorkbookSpec {
  return { ...spec, sheets: spec.sheets.map((s) => (s.code !== "meta" ? s : { ...s, rows: s.rows.map((r) => (match(r) ? [r[0] ?? null, r[1] ?? null, value, ...r.slice(3)] : r)) })) };
}

async function expectInputError(bytes: Buffer, pattern: RegExp): Promise<void> {
  const err = await readMaster(bytes, "BOOK.xlsx").then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputFileError);
  expect((err as Error).message).toMatch(pattern);
}

describe("readMaster", () => {
  it.each(["zh-CN", "en"] as const)("reads plan, contacts, progress, exports and options back, and a rebuild gives the same spec (%s)", async (lang) => {
    // A password costs ~1 s per write (100,000 SHA-512 rounds per sheet): one language is enough to check it.
    const password = lang === "zh-CN" ? "s3cret" : null;
    const first = buildWorkbookSpec(plan, opts(lang, password));
    const book = await readMaster(await writeWorkbook(first.spec), "BOOK.xlsx");
    expect(book.problems).toEqual([]);
    expect(book.plan).toEqual(plan);
    expect(book.options).toEqual({ period: p, due: "2024-03-28", mailbox: "ducha@example.gov.cn", lang, thresholds: { yellow: 12, red: 35 }, passwordSet: password !== null });
    expect(book.exports).toEqual(records);
    expect(book.returns).toEqual([{ unit: "区财政局", period: "2024-02" }]);
    expect(book.directory.units.find((u) => u.name === "区财政局")).toMatchObject({ contact: "张三", phone: "0635-4261234", email: "czj@example.gov.cn" });
    expect(book.directory.units.find((u) => u.name === COLLECTIVES[0])?.members).toEqual(TOWNS.slice(0, 5));
    const second = buildWorkbookSpec(book.plan, {
      ...book.options,
      directory: book.directory,
      password,
      progress: book.progress,
      exports: book.exports,
      returns: book.returns,
    });
    expect(second.spec).toEqual(first.spec);
  });

  it("never stores the password itself", async () => {
    const bytes = await writeWorkbook(buildWorkbookSpec(plan, opts("zh-CN", "s3cret-密码")).spec);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const meta = wb.getWorksheet("_meta")!;
    let found = false;
    meta.eachRow((r) => r.eachCell((c) => void (found ||= String(c.value).includes("s3cret"))));
    expect(found).toBe(false);
  });

  it("keeps the plan in chunks under 30,000 characters, never splitting a surrogate pair", () => {
    const s = "𠮷".repeat(20_000) + "a" + "𠮷".repeat(20_000);
    const chunks = chunkText(s);
    expect(chunks.join("")).toBe(s);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(30_000);
      expect(c).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    const big = makePlan({ tasks: 400, units: 60, seed: 2, awkward: true });
    const meta = buildWorkbookSpec(big, { period: p }).spec.sheets.find((s) => s.code === "meta")!;
    const planRows = meta.rows.filter((r) => r[0] === "plan");
    expect(planRows.length).toBeGreaterThan(1);
    expect(planRows.map((r) => r[1])).toEqual(planRows.map((_, i) => i + 1));
    expect(JSON.parse(planRows.map((r) => r[2]).join(""))).toEqual(big);
  });

  it("rejects corrupt bytes, a foreign workbook, a unit's file, a newer schema and a damaged plan, naming file and place", async () => {
    await expectInputError(Buffer.from("PK\u0003\u0004 not really a zip"), /^BOOK\.xlsx 不是有效的 Excel 工作簿/);
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Sheet1").addRow(["单位", "进度"]);
    await expectInputError(Buffer.from(await foreign.xlsx.writeBuffer()), /BOOK\.xlsx 不是 duban 台账：没有 _meta 工作表/);

    const unit = buildWorkbookSpec(plan, { ...opts("zh-CN"), scope: { unit: "区财政局", exportId: "2024-Q1-X-001" } });
    await expectInputError(await writeWorkbook(unit.spec), /BOOK\.xlsx 的_meta 工作表表明它是单位报送文件（区财政局，导出编号 2024-Q1-X-001），不是总台账/);

    const master = buildWorkbookSpec(plan, opts("zh-CN")).spec;
    await expectInputError(await writeWorkbook(withMeta(master, (r) => r[0] === "meta" && r[1] === "schemaVersion", 99)), /_meta!C3 单元格表明它由更新版本的 duban 生成（台账版本 99/);
    await expectInputError(await writeWorkbook(withMeta(master, (r) => r[0] === "meta" && r[1] === "schemaVersion", 1)), /旧版本生成（台账版本 1）.*duban build/);
    await expectInputError(await writeWorkbook(withMeta(master, (r) => r[0] === "plan" && r[1] === 1, "{not json")), /_meta!C\d+ 起的方案数据不是有效的 JSON/);
    await expectInputError(await writeWorkbook(withMeta(master, (r) => r[0] === "plan" && r[1] === 1, '{"meta":1}')), /方案数据不符合格式/);
    await expectInputError(await writeWorkbook(withMeta(master, (r) => r[0] === "meta" && r[1] === "lang", "fr")), /_meta!C4 单元格的值无效（lang）/);
    const noExports = { ...master, sheets: master.sheets.filter((s) => s.code !== "exports") };
    await expectInputError(await writeWorkbook(noExports), /“分发记录”工作表不存在/);
  });
});
