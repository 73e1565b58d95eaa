/**
 * `duban split` on the seed plan, with the office's units CSV (contacts, e-mails, the 14 members of
 * 各乡镇人民政府、街道办事处) and progress already filled in the master: every unit file holds exactly its
 * rows, locked where it must be, pre-filled; the master records every export, keeps a backup and loses
 * nothing; the drafts parse back with a real MIME parser; LibreOffice opens every file, sees the
 * validations and recomputes each unit's 汇总 to the core's figures.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { simpleParser } from "mailparser";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fillProgress } from "../factories/progress";
import { period } from "../factories/workbook";
import { convertAll, findSoffice } from "../helpers/libreoffice";
import { parsePlan } from "../../src/core/plan/parse";
import { parseUnitsCsv } from "../../src/core/units-directory/parse-units-csv";
import { buildWorkbookSpec, ledgerFor } from "../../src/core/workbook/build";
import { PROGRESS_COLUMNS, SUMMARY_COLUMNS } from "../../src/core/workbook/codes";
import { isFormula, type WorkbookSpec } from "../../src/core/workbook/spec";
import { progressFromRows } from "../../src/core/workbook/read-progress";
import type { ProgressValues } from "../../src/core/workbook/progress";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { readCodedRows, readMeta, readWorkbookValues, type ReadSheet, type WorkbookMeta } from "../../src/xlsx/read-workbook";
import { readMaster } from "../../src/xlsx/read-master";
import { runSplit, type SplitResult } from "../../src/cli/commands/split";
import { takeExitStatus } from "../../src/cli/errors";

const MEMBERS = [
  "振兴街道办事处",
  "信发街道办事处",
  "温陈街道办事处",
  "乐平铺镇人民政府",
  "冯官屯镇人民政府",
  "菜屯镇人民政府",
  "博平镇人民政府",
  "杜郎口镇人民政府",
  "韩屯镇人民政府",
  "胡屯镇人民政府",
  "肖庄镇人民政府",
  "贾寨镇人民政府",
  "洪官屯镇人民政府",
  "杨官屯乡人民政府",
];
const CSV = [
  "单位名称,联系人,联系电话,电子邮箱,成员单位",
  `各乡镇人民政府、街道办事处,,,,"${MEMBERS.join("\n")}"`,
  "区财政局,张三,0635-4261234,czj@chiping.gov.cn,",
  "区发展改革局,李四,13800138000,fgj@chiping.gov.cn,",
  "振兴街道办事处,王五,13900139000,zx@chiping.gov.cn,",
].join("\n");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-split-seed-"));
const book = path.join(dir, "台账.xlsx");
const out = path.join(dir, "out");
const p = period("2024-03");
const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/000_a2f65eecb66ed93a.txt"), "utf8"));
const directory = parseUnitsCsv(CSV, plan.units.flatMap((u) => [u.name, ...u.aliases])).directory;
const ledger = ledgerFor(plan, { period: p, directory });
const progress = fillProgress(ledger, p, 3);
const master = buildWorkbookSpec(plan, { period: p, due: "2024-03-25", mailbox: "ducha@chiping.gov.cn", directory, progress });

interface UnitFile {
  unit: string;
  file: string;
  bytes: Buffer;
  sheets: ReadSheet[];
  meta: WorkbookMeta;
  rows: Record<string, unknown>[];
}
let originalBytes: Buffer;
let result: SplitResult;
let stderr = "";
const files = new Map<string, UnitFile>();

beforeAll(async () => {
  originalBytes = await writeWorkbook(master.spec);
  fs.writeFileSync(book, originalBytes);
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  try {
    result = await runSplit(book, { output: out, now: "2024-03-20T02:00:00Z" });
  } finally {
    spy.mockRestore();
  }
  expect(takeExitStatus()).toBe(0);
  for (const file of result.files) {
    const bytes = fs.readFileSync(file);
    const sheets = await readWorkbookValues(bytes, file);
    const meta = readMeta(sheets)!;
    const unit = String(meta.values.get("unit"));
    files.set(unit, { unit, file, bytes, sheets, meta, rows: readCodedRows(sheets, meta, "progress") });
  }
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rowsOf = (unit: string) => ledger.assignments.filter((a) => a.unit === unit);

describe("split of the seed plan", () => {
  it("writes one file per unit with rows — the 14 members instead of their collective — and says so on stderr", () => {
    const withRows = [...new Set(ledger.assignments.map((a) => a.unit))].sort();
    expect([...files.keys()].sort()).toEqual(withRows);
    expect(files.has("各乡镇人民政府、街道办事处")).toBe(false);
    for (const m of MEMBERS) expect(files.get(m)?.rows.length).toBe(rowsOf(m).length);
    expect(rowsOf("杨官屯乡人民政府").length).toBeGreaterThan(0);
    expect(stderr).toMatch(new RegExp(`\\[1/${files.size}\\] `));
    expect(stderr).toContain("“区直有关部门单位”是集合单位，单位通讯录未列其成员单位：只生成一个文件");
    expect(stderr).toContain(`原总台账已备份为 ${result.backup}`);
  });

  it("puts exactly each unit's assignments in its file, lead rows first, with the plan's task text — and nothing else", () => {
    const taskById = new Map(plan.tasks.map((t) => [t.id, t]));
    const ledgerTask = new Map(ledger.tasks.map((t) => [t.id, t]));
    let total = 0;
    for (const f of files.values()) {
      expect(f.sheets.map((s) => [s.name, s.state])).toEqual([
        ["说明", "visible"],
        ["进度", "visible"],
        ["汇总", "visible"],
        ["列表", "hidden"],
        ["_meta", "veryHidden"],
      ]);
      const expected = rowsOf(f.unit);
      const keys = f.rows.map((r) => r.key);
      expect(keys).toEqual([...expected.filter((a) => a.role === "lead"), ...expected.filter((a) => a.role === "co")].map((a) => a.key));
      for (const r of f.rows) {
        const [taskId, unit, role] = String(r.key).split("|");
        const t = taskById.get(taskId!)!;
        expect(r.unit).toBe(f.unit);
        expect(unit).toBe(f.unit);
        expect(r.text).toBe(ledgerTask.get(taskId!)!.text);
        expect(r.no).toBe(t.no ?? t.id);
        expect(r.role).toBe(role === "lead" ? "牵头" : "责任");
        // Against the plan itself: the unit is named on the task in that role, or is a member of a collective that is.
        const named = role === "lead" ? t.leadUnits : t.responsibleUnits;
        expect(named.includes(f.unit) || (named.includes("各乡镇人民政府、街道办事处") && MEMBERS.includes(f.unit))).toBe(true);
      }
      expect(f.meta.values.get("kind")).toBe("unit");
      expect(f.meta.values.get("period")).toBe("2024-03");
      expect(f.meta.values.get("planId")).toBe(plan.meta.planId);
      expect([...(f.meta.rowHashes.get("progress")?.keys() ?? [])]).toEqual(keys);
      expect(f.sheets.find((s) => s.name === "_meta")!.rows.some((r) => r[0] === "plan")).toBe(false);
      const cover = f.sheets.find((s) => s.name === "说明")!.rows;
      expect(cover[0]).toEqual(["填报单位", f.unit]);
      expect(String(cover[1]?.[1])).toContain(`共${f.rows.length}行`);
      expect(cover.some((r) => String(r[1]).includes("填好后请于2024-03-25前将本文件作为附件发回ducha@chiping.gov.cn"))).toBe(true);
      total += f.rows.length;
    }
    expect(total).toBe(ledger.assignments.length);
  });

  it("pre-fills the master's answers in every unit file", () => {
    for (const f of files.values()) {
      const read = progressFromRows(f.rows, { status: f.meta.labels.get("status")!, review: f.meta.labels.get("review")! });
      expect(read.problems).toEqual([]);
      for (const a of rowsOf(f.unit)) {
        const want = progress.get(a.key);
        const got = read.progress.get(a.key)!;
        if (want) expect(got).toEqual(want);
        else expect(Object.values(got).every((v) => v === null)).toBe(true);
      }
    }
  });

  it("locks task text and attribution and unlocks only the unit's input cells", async () => {
    const inputs = new Set(["status", "percent", "actual", "progress", "problems", "nextSteps", "evidence", "reporter", "phone", "reportDate"]);
    const hasTarget = new Map(ledger.tasks.map((t) => [t.id, t.targets.length > 0]));
    for (const f of files.values()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(f.bytes as unknown as ArrayBuffer);
      for (const ws of wb.worksheets) expect((ws as unknown as { sheetProtection: { sheet: boolean } | null }).sheetProtection?.sheet).toBe(true);
      const ws = wb.getWorksheet("进度")!;
      f.rows.forEach((r, i) => {
        const row = ws.getRow(i + 2);
        PROGRESS_COLUMNS.forEach((code, c) => {
          const locked = row.getCell(c + 1).style.protection?.locked !== false;
          const open = inputs.has(code) && (code !== "actual" || hasTarget.get(String(r.key).split("|")[0]!) === true);
          expect([f.unit, i, code, locked]).toEqual([f.unit, i, code, !open]);
        });
      });
      for (const name of ["说明", "汇总"]) {
        wb.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => expect(cell.style.protection?.locked).not.toBe(false)));
      }
    }
  });

  it("records every exported row in the master's 分发记录 and keeps everything else, with a backup of the old master", async () => {
    expect(fs.readFileSync(result.backup!)).toEqual(originalBytes);
    expect(path.basename(result.backup!)).toBe(`台账.bak-${(() => {
      const d = new Date("2024-03-20T02:00:00Z");
      const z = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}${z(d.getMonth() + 1)}${z(d.getDate())}-${z(d.getHours())}${z(d.getMinutes())}${z(d.getSeconds())}`;
    })()}.xlsx`);
    const after = await readMaster(fs.readFileSync(book), book);
    expect(after.exports).toHaveLength(ledger.assignments.length);
    for (const f of files.values()) {
      const mine = after.exports.filter((e) => e.fileName === path.basename(f.file));
      expect(mine.map((e) => e.key)).toEqual(f.rows.map((r) => r.key));
      for (const e of mine) {
        expect(e).toMatchObject({ unit: f.unit, period: "2024-03", time: "2024-03-20T02:00:00Z", exportId: f.meta.values.get("exportId") });
        expect(e.hash).toBe(f.meta.rowHashes.get("progress")?.get(e.key));
        const want: ProgressValues | undefined = progress.get(e.key);
        expect(e.values).toEqual(want ? { ...want, review: null } : expect.objectContaining({ status: null, progress: null }));
      }
    }
    expect(new Set(after.exports.map((e) => e.exportId)).size).toBe(files.size);
    // Nothing else changed: plan, contacts, members, progress and options read back as before.
    expect(after.plan).toEqual(plan);
    expect([...after.progress.keys()]).toEqual(ledger.assignments.map((a) => a.key));
    for (const a of ledger.assignments) {
      const want = progress.get(a.key);
      const got = after.progress.get(a.key)!;
      if (want) expect(got).toEqual(want);
      else expect(Object.values(got).every((v) => v === null)).toBe(true);
    }
    expect(after.directory.units.find((u) => u.name === "区财政局")).toMatchObject({ contact: "张三", email: "czj@chiping.gov.cn" });
    expect(after.directory.units.find((u) => u.name === "各乡镇人民政府、街道办事处")?.members).toEqual(MEMBERS);
    const rebuilt = buildWorkbookSpec(after.plan, { ...after.options, directory: after.directory, progress: after.progress });
    const strip = (s: WorkbookSpec) => s.sheets.filter((x) => x.code !== "exports" && x.code !== "meta");
    expect(strip(rebuilt.spec)).toEqual(strip(master.spec));
  });

  it("writes a draft per unit with an address that parses back: attachment byte-identical, Chinese name intact, deadline in subject and body", async () => {
    const withMail = [...files.values()].filter((f) => ["区财政局", "区发展改革局", "振兴街道办事处"].includes(f.unit));
    expect(result.drafts.map((d) => path.basename(d)).sort()).toEqual(withMail.map((f) => path.basename(f.file).replace(/\.xlsx$/, ".eml")).sort());
    for (const f of withMail) {
      const eml = fs.readFileSync(f.file.replace(/\.xlsx$/, ".eml"), "utf8");
      const mail = await simpleParser(eml);
      expect(mail.headers.get("x-unsent")).toBe("1");
      expect(mail.subject).toBe(`【请于2024年3月25日前报送】2024年3月重点工作进展——${f.unit}`);
      expect(mail.text).toContain("请于 2024年3月25日 前");
      expect(mail.text).toContain(`共 ${f.rows.length} 行`);
      expect((mail.from?.value[0]?.address)).toBe("ducha@chiping.gov.cn");
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      expect(to?.value[0]?.address).toBe(directory.units.find((u) => u.name === f.unit)?.email);
      expect(mail.attachments).toHaveLength(1);
      const att = mail.attachments[0]!;
      expect(att.filename).toBe(path.basename(f.file));
      expect(att.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(Buffer.compare(att.content, f.bytes)).toBe(0);
    }
    expect(stderr).toMatch(/\d+ 个单位没有邮箱，未生成邮件草稿：/);
  });

  it("lists every file in 分发清单.csv (UTF-8 with BOM), with address, row count, draft and notes", () => {
    const csv = fs.readFileSync(result.manifest!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("单位,文件,邮箱,行数,邮件草稿,备注");
    expect(lines).toHaveLength(files.size + 1);
    expect(lines).toContain(`区财政局,${path.basename(files.get("区财政局")!.file)},czj@chiping.gov.cn,${rowsOf("区财政局").length},${path.basename(files.get("区财政局")!.file).replace(".xlsx", ".eml")},`);
    expect(lines.find((l) => l.startsWith("区直有关部门单位,"))).toMatch(/,无邮箱，请另行发送；集合单位，未列成员单位$/);
  });
});

/** `office:value`s of the row of an ODS table whose first cell reads `name`. */
function odsRowValues(content: string, table: string, name: string): (number | string)[] {
  const t = content.indexOf(`<table:table table:name="${table}"`);
  const body = content.slice(t, content.indexOf("</table:table>", t));
  for (const row of body.split("<table:table-row").slice(1)) {
    const cells = [...row.matchAll(/<table:(?:covered-)?table-cell([^>]*?)(?:\/>|>(.*?)<\/table:(?:covered-)?table-cell>)/g)];
    const first = cells[0]?.[2] ?? "";
    if (!first.includes(`>${name.replace(/&/g, "&amp;")}</text:p>`)) continue;
    const out: (number | string)[] = [];
    for (const c of cells) {
      const attrs = c[1] ?? "";
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const v = /office:value="([^"]*)"/.exec(attrs)?.[1];
      for (let i = 0; i < Math.min(repeat, 20); i++) out.push(v !== undefined ? Number(v) : (/<text:p>(.*?)<\/text:p>/.exec(c[2] ?? "")?.[1] ?? ""));
    }
    return out;
  }
  throw new Error(`no row ${name} on ${table}`);
}

describe("LibreOffice", () => {
  it("opens every unit file (one soffice call), sees the validations, and recomputes a sample's 汇总 to the core's figures", async () => {
    findSoffice();
    // The sample is written with every cached formula result set to -1: a match can only come from recalculation.
    const sample = ["区财政局", "杨官屯乡人民政府", "区直有关部门单位", "区发展改革局"];
    const sampleFiles: string[] = [];
    fs.mkdirSync(path.join(dir, "sample"));
    for (const unit of sample) {
      const spec = buildWorkbookSpec(plan, { period: p, due: "2024-03-25", mailbox: "ducha@chiping.gov.cn", directory, progress, scope: { unit, exportId: "sample" }, ledger }).spec;
      const poisoned = { ...spec, sheets: spec.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((v) => (isFormula(v) ? { formula: v.formula, result: -1 } : v))) })) };
      const f = path.join(dir, "sample", `sample-${sampleFiles.length}.xlsx`);
      fs.writeFileSync(f, await writeWorkbook(poisoned));
      sampleFiles.push(f);
    }
    const all = [...sampleFiles, ...result.files];
    const t0 = Date.now();
    const ods = convertAll(all, "ods", path.join(dir, "ods"));
    console.log(`LibreOffice: 1 soffice call, ${all.length} unit workbooks to .ods, ${Date.now() - t0} ms`);
    for (const o of ods) {
      const content = await (await JSZip.loadAsync(fs.readFileSync(o))).file("content.xml")!.async("string");
      expect([...content.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => m[1])).toEqual(["说明", "进度", "汇总", "列表", "_meta"]);
      expect(content.match(/<table:content-validation /g)?.length ?? 0).toBeGreaterThanOrEqual(11);
    }
    for (const [i, unit] of sample.entries()) {
      const content = await (await JSZip.loadAsync(fs.readFileSync(ods[i]!))).file("content.xml")!.async("string");
      const line = master.summary.units.find((u) => u.name === unit)!;
      const got = odsRowValues(content, "汇总", unit);
      const want = SUMMARY_COLUMNS.map((c) => (c === "name" ? unit : (line[c] ?? 0)));
      expect(got.slice(0, want.length).map((v) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v))).toEqual(want.map((v) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v)));
      expect(line.total).toBeGreaterThan(0);
    }
  }, 180_000);
});
