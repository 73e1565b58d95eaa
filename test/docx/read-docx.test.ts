import ExcelJS from "exceljs";
import { readFileSync, writeFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { InputFileError } from "../../src/cli/errors";
import { readDocxText } from "../../src/docx/read-docx";
import {
  BULLET,
  CHINESE_OUTLINE,
  CHINESE_OUTLINE_FROM_3,
  DECIMAL_SAME_LIST,
  heading,
  item,
  makeDocx,
  OTHER_DECIMAL,
  para,
  raw,
  table,
  type Block,
} from "./make-docx";
import { convertToDocx, hasLibreOfficeWriter } from "./soffice";
import { parsePlan } from "../../src/core/plan/parse";

const FIXTURES = join(__dirname, "..", "fixtures", "docx");
const read = async (blocks: readonly Block[]) => readDocxText(await makeDocx(blocks), "方案.docx");
/** Expected text: paragraphs separated by blank lines. */
const paragraphs = (...lines: string[]) => lines.join("\n\n");

describe("readDocxText: paragraphs and headings", () => {
  it("writes one paragraph per line with blank lines between, headings as plain lines", async () => {
    const text = await read([
      para("聊茌政发〔2024〕1号"),
      heading("聊城市茌平区人民政府关于印发2024年区政府工作报告重点工作任务责任分工方案的通知"),
      para("各乡镇人民政府、街道办事处，区直有关部门："),
      heading("一、主要预期目标", 2),
      para(
        "1. 地区生产总值增长6%左右。（牵头领导：王惠峰；牵头单位：区发展改革局；责任单位：区直有关部门单位，各乡镇人民政府、街道办事处）",
      ),
    ]);
    expect(text).toBe(
      paragraphs(
        "聊茌政发〔2024〕1号",
        "聊城市茌平区人民政府关于印发2024年区政府工作报告重点工作任务责任分工方案的通知",
        "各乡镇人民政府、街道办事处，区直有关部门：",
        "一、主要预期目标",
        "1. 地区生产总值增长6%左右。（牵头领导：王惠峰；牵头单位：区发展改革局；责任单位：区直有关部门单位，各乡镇人民政府、街道办事处）",
      ),
    );
  });

  it("decodes escaped characters, drops indentation and empty paragraphs, keeps soft line breaks", async () => {
    const text = await read([
      para("　　区财政局 & 区税务局 <牵头> \"配合\" 'x' &amp;"),
      para(""),
      para("   "),
      para("第一行\n第二行"),
      para("1.\t制表符后"),
    ]);
    expect(text).toBe(
      paragraphs(`区财政局 & 区税务局 <牵头> "配合" 'x' &amp;`, "第一行\n第二行", "1. 制表符后"),
    );
  });

  it("reads tracked changes as accepted: insertions kept, deletions dropped", async () => {
    const text = await read([
      raw(
        "<w:p><w:r><w:t>牵头单位：</w:t></w:r>" +
          '<w:del w:id="1" w:author="督查室"><w:r><w:delText>区发改局</w:delText></w:r></w:del>' +
          '<w:ins w:id="2" w:author="督查室"><w:r><w:t>区发展改革局</w:t></w:r></w:ins></w:p>',
      ),
    ]);
    expect(text).toBe("牵头单位：区发展改革局");
  });

  it("returns an empty string for an empty document", async () => {
    expect(await read([])).toBe("");
  });
});

describe("readDocxText: Word auto-numbered lists", () => {
  it("rebuilds the numbers mammoth drops", async () => {
    expect(
      await read([
        item("地区生产总值增长6%左右。"),
        item("一般公共预算收入增长6%左右。"),
        item("固定资产投资增长8%左右。"),
      ]),
    ).toBe(
      paragraphs(
        "1. 地区生产总值增长6%左右。",
        "2. 一般公共预算收入增长6%左右。",
        "3. 固定资产投资增长8%左右。",
      ),
    );
  });

  it("numbers nested levels on their own and restarts them under each parent", async () => {
    const text = await read([
      item("甲"),
      item("甲一", 1),
      item("甲二", 1),
      item("甲二子", 2),
      item("乙"),
      item("乙一", 1),
      item("丙"),
    ]);
    expect(text).toBe(paragraphs("1. 甲", "1. 甲一", "2. 甲二", "1. 甲二子", "2. 乙", "1. 乙一", "3. 丙"));
  });

  it("continues a list across headings, paragraphs and tables, as task numbers run on across sections", async () => {
    const text = await read([
      heading("一、主要预期目标", 2),
      item("地区生产总值增长6%左右。"),
      item("一般公共预算收入增长6%左右。"),
      heading("二、聚力攻坚突破，加快新旧动能转换", 2),
      para("（一）推动工业经济提质增效"),
      item("实施技改项目80个以上。"),
      table([["说明", "表格"]]),
      item("完成技改投资33亿元。", 0, DECIMAL_SAME_LIST), // another w:num over the same list continues it
    ]);
    expect(text).toBe(
      paragraphs(
        "一、主要预期目标",
        "1. 地区生产总值增长6%左右。",
        "2. 一般公共预算收入增长6%左右。",
        "二、聚力攻坚突破，加快新旧动能转换",
        "（一）推动工业经济提质增效",
        "3. 实施技改项目80个以上。",
        "说明 | 表格",
        "4. 完成技改投资33亿元。",
      ),
    );
  });

  it("keeps separate lists apart, leaves bullets unnumbered", async () => {
    const text = await read([
      item("甲"),
      item("另一列表", 0, OTHER_DECIMAL),
      item("项目符号", 0, BULLET),
      item("乙"),
      item("另一列表二", 0, OTHER_DECIMAL),
    ]);
    expect(text).toBe(paragraphs("1. 甲", "1. 另一列表", "项目符号", "2. 乙", "2. 另一列表二"));
  });

  it("does not add a number to text that already starts with one, but counts it", async () => {
    const text = await read([
      item("（一）推动工业经济提质增效"),
      item("12.已有编号"),
      item("3、顿号编号"),
      item("一、中文编号"),
      item("2024年不是编号"),
      item("1.5亿元不是编号"),
      item("第五条 条款"),
    ]);
    expect(text).toBe(
      paragraphs(
        "（一）推动工业经济提质增效",
        "12.已有编号",
        "3、顿号编号",
        "一、中文编号",
        "5. 2024年不是编号",
        "6. 1.5亿元不是编号",
        "第五条 条款",
      ),
    );
  });
});

describe("readDocxText: tables", () => {
  it("writes one line per row, header included, cells joined by ' | ', cell paragraphs joined", async () => {
    const text = await read([
      para("表前"),
      table(
        [
          ["序号", "重点任务", "牵头领导", "牵头单位", "责任单位", "完成时限"],
          [
            "1",
            { paragraphs: ["地区生产总值增长6%左右。", "（全年）"] },
            "王惠峰",
            "区发展改革局",
            "区直有关部门单位，各乡镇人民政府、街道办事处",
            "2024年12月底前",
          ],
        ],
        1,
      ),
      para("表后"),
    ]);
    expect(text).toBe(
      paragraphs(
        "表前",
        [
          "序号 | 重点任务 | 牵头领导 | 牵头单位 | 责任单位 | 完成时限",
          "1 | 地区生产总值增长6%左右。（全年） | 王惠峰 | 区发展改革局 | 区直有关部门单位，各乡镇人民政府、街道办事处 | 2024年12月底前",
        ].join("\n"),
        "表后",
      ),
    );
  });

  it("lays merged cells on a grid: repeats a cell merged down, pads one merged across, a full-width row is a plain line", async () => {
    const text = await read([
      table(
        [
          ["序号", "重点任务", "牵头领导"],
          [{ text: "一、主要预期目标", gridSpan: 3 }],
          ["1", "地区生产总值增长6%左右。", { text: "王惠峰", vMerge: "restart" }],
          ["2", "固定资产投资增长8%左右。", { vMerge: "continue" }],
          [{ text: "合计", gridSpan: 2 }, "2项"],
          ["", "", ""],
          ["3", "竖线 a|b 换行\n之后", ""],
        ],
        1,
      ),
    ]);
    expect(text).toBe(
      [
        "序号 | 重点任务 | 牵头领导",
        "一、主要预期目标",
        "1 | 地区生产总值增长6%左右。 | 王惠峰",
        "2 | 固定资产投资增长8%左右。 | 王惠峰",
        "合计 |  | 2项",
        "3 | 竖线 a｜b 换行之后 | ",
      ].join("\n"),
    );
  });
});

describe("readDocxText: files written by word processors", () => {
  it("reads a table document written by Microsoft Word", async () => {
    const text = await readDocxText(readFileSync(join(FIXTURES, "word-tables.docx")), "word-tables.docx");
    expect(text).toBe(paragraphs("Above", "Top left | Top right\nBottom left | Bottom right", "Below"));
  });

  it("drops footnote markers and back-links from a Word document, keeps the notes", async () => {
    const text = await readDocxText(
      readFileSync(join(FIXTURES, "word-footnotes.docx")),
      "word-footnotes.docx",
    );
    expect(text).toBe(paragraphs("Ouch.", "A tachyon walks into a bar.", "Fin."));
  });

  // Needs LibreOffice Writer (package libreoffice-writer, installed by .ci/run): fails, never skips, without it.
  it("reads a .docx written by LibreOffice Writer", async () => {
    if (!hasLibreOfficeWriter()) {
      throw new Error("LibreOffice Writer is missing: apt-get install -y --no-install-recommends libreoffice-writer");
    }
    const dir = mkdtempSync(join(tmpdir(), "duban-docx-"));
    const input = join(dir, "plan.txt");
    writeFileSync(
      input,
      // The BOM makes LibreOffice's text import read UTF-8 whatever the machine's locale.
      "\ufeff一、主要预期目标\n1. 地区生产总值增长6%左右。（牵头领导：王惠峰；牵头单位：区发展改革局）\n",
      "utf8",
    );
    const docx = convertToDocx(input);
    const text = await readDocxText(readFileSync(docx), "plan.docx");
    const plan = parsePlan(text);
    expect(plan.tasks.map((t) => [t.id, t.section, t.leaders, t.leadUnits])).toEqual([["1", "一", ["王惠峰"], ["区发展改革局"]]]);
    expect(text).toBe(
      paragraphs(
        "一、主要预期目标",
        "1. 地区生产总值增长6%左右。（牵头领导：王惠峰；牵头单位：区发展改革局）",
      ),
    );
  });
});

describe("readDocxText: size budget", () => {
  it("reads a 250-task plan with a 250-row table in well under 10 seconds", async () => {
    const task = (n: number) =>
      `第${n}项任务内容，完成技改投资33亿元。（牵头领导：王惠峰；牵头单位：区发展改革局；责任单位：区直有关部门单位，各乡镇人民政府、街道办事处）`;
    const blocks: Block[] = [];
    for (let n = 1; n <= 250; n++) {
      if (n % 25 === 1) blocks.push(heading(`第${n}部分`, 2));
      blocks.push(item(task(n)));
    }
    blocks.push(
      table(Array.from({ length: 250 }, (_, i) => [String(i + 1), task(i + 1), "王惠峰", "区发展改革局"])),
    );
    const data = await makeDocx(blocks);
    const started = Date.now();
    const text = await readDocxText(data, "大方案.docx");
    expect(Date.now() - started).toBeLessThan(10_000);
    const lines = text.split("\n");
    expect(lines).toContain(`250. ${task(250)}`);
    expect(lines).toContain(`250 | ${task(250)} | 王惠峰 | 区发展改革局`);
  });
});

describe("readDocxText: unusable files", () => {
  const expectUnreadable = async (data: Uint8Array, fileName: string, message: RegExp) => {
    const error: unknown = await readDocxText(data, fileName).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).file).toBe(fileName);
    expect((error as InputFileError).message).toMatch(message);
  };
  const corrupt = /^无法读取 Word 文件 .+：文件已损坏或不是 \.docx 格式$/;

  it("rejects random bytes and an empty file", async () => {
    await expectUnreadable(
      new TextEncoder().encode("这不是Word文件"),
      "坏文件.docx",
      /^无法读取 Word 文件 坏文件\.docx：文件已损坏或不是 \.docx 格式$/,
    );
    await expectUnreadable(new Uint8Array(0), "空.docx", corrupt);
  });

  it("rejects a truncated .docx", async () => {
    const whole = await makeDocx([para("甲")]);
    await expectUnreadable(whole.subarray(0, Math.floor(whole.length / 2)), "截断.docx", corrupt);
  });

  it("rejects an .xlsx renamed to .docx", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("台账").addRow(["序号", "重点任务"]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    await expectUnreadable(xlsx, "台账.docx", corrupt);
  });

  it("tells the user to re-save an old .doc or encrypted file", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectUnreadable(
      ole,
      "旧方案.doc",
      /^无法读取 Word 文件 旧方案\.doc：这是旧版 \.doc 文件或加密文件，请在 Word 或 WPS 中另存为 \.docx/,
    );
  });
});

describe("a Word plan end to end: .docx → text → Plan", () => {
  it("reads a notice, section headings, auto-numbered tasks and a task table into the right tasks", async () => {
    const text = await read([
      para("高政发〔2024〕2号"),
      heading("高唐县人民政府关于印发2024年重点工作任务分工方案的通知"),
      para("各乡镇人民政府、街道办事处，县直有关部门："),
      para("高唐县人民政府"),
      para("2024年2月6日"),
      heading("2024年重点工作任务分工方案"),
      heading("一、稳增长", 2),
      item("地区生产总值增长6%左右。（牵头领导：张三；牵头单位：县发展和改革局；责任单位：各乡镇人民政府、街道办事处）"),
      item("一般公共预算收入增长5%。（牵头领导：张三；牵头单位：县财政局）"),
      heading("二、重点项目", 2),
      table(
        [
          ["序号", "重点任务", "牵头领导", "牵头单位", "责任单位", "完成时限"],
          ["3", "开工建设重点项目30个以上。", "李四", "县发展和改革局", "县自然资源局、县住房和城乡建设局", "2024年10月底前"],
          ["4", { paragraphs: ["新建5G基站200个，", "实现乡镇全覆盖。"] }, "李四", "县工业和信息化局", "", "全年"],
        ],
        1,
      ),
      para("抄送：县委办公室"),
    ]);
    const plan = parsePlan(text);
    expect(plan.meta).toMatchObject({ docNumber: "高政发〔2024〕2号", issuer: "高唐县人民政府", date: "2024-02-06", title: "2024年重点工作任务分工方案" });
    expect(plan.tasks.map((t) => [t.id, t.section, t.leadUnits, t.responsibleUnits, t.deadline])).toEqual([
      ["1", "一", ["县发展和改革局"], ["各乡镇人民政府、街道办事处"], null],
      ["2", "一", ["县财政局"], [], null],
      ["3", "二", ["县发展和改革局"], ["县自然资源局", "县住房和城乡建设局"], "2024-10-31"],
      ["4", "二", ["县工业和信息化局"], [], null],
    ]);
    expect(plan.tasks[3]!.text).toBe("新建5G基站200个，实现乡镇全覆盖。");
    expect(plan.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("readDocxText: Word's own number formats", () => {
  it("renders a Chinese outline numbered by Word (一、 › （一） › 1.) as the plan parser expects it", async () => {
    const text = await read([
      item("稳增长", 0, CHINESE_OUTLINE),
      item("扩大有效投资", 1, CHINESE_OUTLINE),
      item("实施重点项目80个以上。（牵头单位：县发展和改革局）", 2, CHINESE_OUTLINE),
      item("争取专项债券资金15亿元。（牵头单位：县财政局）", 2, CHINESE_OUTLINE),
      item("促进消费", 1, CHINESE_OUTLINE),
      item("社会消费品零售总额增长7%。（牵头单位：县商务局）", 2, CHINESE_OUTLINE),
      item("惠民生", 0, CHINESE_OUTLINE),
      item("稳定就业", 1, CHINESE_OUTLINE),
      item("城镇新增就业3500人。（牵头单位：县人力资源社会保障局）", 2, CHINESE_OUTLINE),
    ]);
    expect(text).toBe(
      paragraphs(
        "一、稳增长",
        "（一）扩大有效投资",
        "1. 实施重点项目80个以上。（牵头单位：县发展和改革局）",
        "2. 争取专项债券资金15亿元。（牵头单位：县财政局）",
        "（二）促进消费",
        "1. 社会消费品零售总额增长7%。（牵头单位：县商务局）",
        "二、惠民生",
        "（一）稳定就业",
        "1. 城镇新增就业3500人。（牵头单位：县人力资源社会保障局）",
      ),
    );
    const plan = parsePlan(text);
    expect(plan.sections.map((x) => [x.id, x.title, x.subsections.map((y) => y.id)])).toEqual([
      ["一", "稳增长", ["（一）", "（二）"]],
      ["二", "惠民生", ["（一）"]],
    ]);
    expect(plan.tasks.map((t) => [t.id, t.section, t.subsection, t.leadUnits[0]])).toEqual([
      ["一.（一）.1".replace("（一）", "一"), "一", "（一）", "县发展和改革局"],
      ["一.一.2", "一", "（一）", "县财政局"],
      ["一.二.1", "一", "（二）", "县商务局"],
      ["二.一.1", "二", "（一）", "县人力资源社会保障局"],
    ]);
  });

  it("honours a start override (a list restarted at 三、)", async () => {
    const text = await read([item("重点部分", 0, CHINESE_OUTLINE_FROM_3), item("下一部分", 0, CHINESE_OUTLINE_FROM_3)]);
    expect(text).toBe(paragraphs("三、重点部分", "四、下一部分"));
  });
});
