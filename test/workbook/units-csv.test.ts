import { parseUnitsCsv, splitMembers } from "../../src/core/units-directory/parse-units-csv";
import { parseCsv } from "../../src/core/units-directory/csv";
import { directoryMessage } from "../../src/core/units-directory/problems";

describe("units CSV", () => {
  it("reads quoted fields, doubled quotes, line breaks in quotes, CRLF and a BOM", () => {
    const { rows } = parseCsv('\uFEFFa,b\r\n"x, ""y""","1\n2"\r\n\r\nlast,');
    expect(rows.map((r) => r.cells)).toEqual([["a", "b"], ['x, "y"', "1\n2"], ["last", ""]]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it("reads contacts and members, Chinese or English headers, keeping phones as text", () => {
    const csv = "单位名称,联系人,联系电话,电子邮箱,成员单位\n区财政局,张三,06354261234,czj@example.gov.cn,\n各乡镇人民政府、街道办事处,,,,振兴街道办事处；信发街道办事处\n";
    const { directory, problems } = parseUnitsCsv(csv, ["区财政局", "各乡镇人民政府、街道办事处"]);
    expect(problems).toEqual([]);
    expect(directory.units).toEqual([
      { name: "区财政局", contact: "张三", phone: "06354261234", email: "czj@example.gov.cn", members: [], line: 2 },
      { name: "各乡镇人民政府、街道办事处", contact: null, phone: null, email: null, members: ["振兴街道办事处", "信发街道办事处"], line: 3 },
    ]);
    expect(parseUnitsCsv("name,email\nA,a@b.cn\n").directory.units[0]?.email).toBe("a@b.cn");
  });

  it("reports problems as data, with messages in both languages", () => {
    const { problems } = parseUnitsCsv("单位名称,电子邮箱\n区财政局,not-mail\n区财政局,\n外单位,\n", ["区财政局"]);
    expect(problems).toEqual([
      { code: "csv-bad-email", line: 2, name: "区财政局", email: "not-mail" },
      { code: "csv-duplicate-unit", line: 3, name: "区财政局" },
      { code: "csv-unknown-unit", line: 4, name: "外单位" },
    ]);
    expect(directoryMessage(problems[2]!, "zh-CN")).toBe("单位通讯录第4行：方案中没有单位“外单位”，已忽略其联系方式");
    expect(directoryMessage(problems[2]!, "en")).toContain('no unit "外单位"');
    expect(parseUnitsCsv("联系人\n张三\n").problems).toEqual([{ code: "csv-no-name-column", line: 1 }]);
    expect(parseUnitsCsv('单位名称\n"open').problems[0]?.code).toBe("csv-unclosed-quote");
  });

  it("does not flag members of a listed collective as unknown", () => {
    const csv = "单位名称,成员单位\n各乡镇人民政府、街道办事处,振兴街道办事处\n振兴街道办事处,\n";
    expect(parseUnitsCsv(csv, ["各乡镇人民政府、街道办事处"]).problems).toEqual([]);
  });

  it("splits member lists on newlines, semicolons, 、 and |", () => {
    expect(splitMembers("甲\n乙；丙;丁、戊| 己 ")).toEqual(["甲", "乙", "丙", "丁", "戊", "己"]);
  });
});
