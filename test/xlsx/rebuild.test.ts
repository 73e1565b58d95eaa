/** The master principle: read a filled workbook's values into the core, build anew — nothing is lost. */
import { makePlan } from "../factories/plan";
import { fillProgress } from "../factories/progress";
import { buildBook, period } from "../factories/workbook";
import { readCodedRows, readMeta, readWorkbookValues } from "../../src/xlsx/read-workbook";
import { progressFromRows, READ_MESSAGES } from "../../src/core/workbook/read-progress";
import { buildLedger } from "../../src/core/workbook/ledger";
import { LANGS } from "../../src/core/i18n/lang";

const plan = makePlan({ tasks: 25, units: 30, seed: 8, awkward: true });
const p = period("2024-Q1");

async function readBack(bytes: Buffer) {
  const sheets = await readWorkbookValues(bytes);
  const meta = readMeta(sheets)!;
  return progressFromRows(readCodedRows(sheets, meta, "progress"), { status: meta.labels.get("status")!, review: meta.labels.get("review")! });
}

describe("read → rebuild", () => {
  it.each(["zh-CN", "en"] as const)("reads back exactly the progress it wrote (%s), and a rebuild writes the same", async (lang) => {
    const ledger = buildLedger(plan, { units: [] }, { defaultDeadline: "2024-12-31", noSectionLabel: "（未分篇章）" });
    const progress = fillProgress(ledger, p, 3);
    for (const [k, v] of progress) if (v.progress) progress.set(k, { ...v, progress: "=1+1 第一行\n第二行", review: "returned" });
    const first = await buildBook(plan, { period: p, lang, progress });
    const read = await readBack(first.bytes);
    expect(read.problems).toEqual([]);
    const nonEmpty = new Map([...read.progress].filter(([, v]) => Object.values(v).some((x) => x !== null)));
    expect(nonEmpty).toEqual(progress);
    const second = await buildBook(plan, { period: p, lang, progress: read.progress });
    expect(second.built.spec).toEqual(first.built.spec);
  });

  it("turns bad cells into problems and leaves them empty", () => {
    const labels = { status: new Map([["已完成", "done"]]), review: new Map([["同意", "approved"]]) };
    const { progress, problems } = progressFromRows(
      [
        { key: "1|甲|lead", status: "完成了", percent: 120, actual: "abc", reportDate: "上周", review: "好" },
        { key: null, status: "已完成" },
        { key: "2|乙|co", status: "已完成", percent: "80", actual: "1,200.5", reportDate: { date: "2024-03-02" }, review: "同意" },
      ],
      labels,
    );
    expect(problems.map((x) => x.code)).toEqual(["status-unknown", "review-unknown", "percent-invalid", "number-invalid", "date-invalid", "row-without-key"]);
    expect(progress.get("1|甲|lead")).toMatchObject({ status: null, percent: null, actual: null, reportDate: null, review: null });
    expect(progress.get("2|乙|co")).toMatchObject({ status: "done", percent: 80, actual: 1200.5, reportDate: "2024-03-02", review: "approved" });
  });

  it("has every read problem in every language", () => {
    const zh = Object.keys(READ_MESSAGES["zh-CN"]).sort();
    for (const lang of LANGS) expect(Object.keys(READ_MESSAGES[lang]).sort()).toEqual(zh);
  });
});
