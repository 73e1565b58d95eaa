import fc from "fast-check";
import { safeFileName, uniqueFileNames } from "../../src/core/files/safe-file-name";

/** What Windows accepts as one path component (CreateFileW rules), written independently of the code under test. */
function isValidWindowsName(name: string): boolean {
  if (name.length === 0) return false;
  // eslint-disable-next-line no-control-regex -- control characters are what Windows forbids
  if (/[\\/:*?"<>|\u0000-\u001f]/.test(name)) return false;
  if (/[. ]$/.test(name)) return false;
  const stem = (name.split(".")[0] ?? "").trimEnd().toUpperCase();
  if (/^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/.test(stem)) return false;
  // Must survive UTF-8 (zip entry, MIME header) unchanged: no lone surrogates.
  return new TextDecoder().decode(new TextEncoder().encode(name)) === name;
}

const XLSX = ".xlsx";
/** The file name the mail-out uses, `{单位}-{期次}-重点工作进展.xlsx`. */
const unitFileName = (unit: string, period: string) => `${unit}-${period}-重点工作进展${XLSX}`;

describe("safeFileName", () => {
  it.each([
    [
      unitFileName("区发展改革局/区地方金融监管局", "2024年3月"),
      "区发展改革局_区地方金融监管局-2024年3月-重点工作进展.xlsx",
    ],
    ["区财政局\\预算科:一季度*?.xlsx", "区财政局_预算科_一季度__.xlsx"],
    ['"各乡镇人民政府<街道办事处>"|汇总.xlsx', "_各乡镇人民政府_街道办事处___汇总.xlsx"],
    ["时间：2024年6月底前？.xlsx", "时间：2024年6月底前？.xlsx"], // full-width lookalikes are legal and kept
    ["第一行\n第二行\t.xlsx", "第一行_第二行_.xlsx"],
    ["  区商务投资促进局 . . ", "区商务投资促进局"],
    ["CON", "_CON"],
    ["con.xlsx", "_con.xlsx"],
    ["Com1.tar.gz", "_Com1.tar.gz"],
    ["LPT9 .txt", "_LPT9 .txt"],
    ["COMMON.xlsx", "COMMON.xlsx"],
    ["", "_"],
    ["...", "_"],
    ["\ud83d", "_"], // a lone high surrogate
  ])("%j → %j", (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it("cuts a long CJK name before the extension", () => {
    const unit = "聊城市茌平区高端产业聚集区发展服务中心".repeat(10);
    const result = safeFileName(unitFileName(unit, "2024年3月"));
    expect(result).toHaveLength(120);
    expect(result.endsWith("重点工作进展.xlsx")).toBe(false);
    expect(result.startsWith("聊城市茌平区高端产业聚集区发展服务中心")).toBe(true);
    expect(result.endsWith(XLSX)).toBe(true);
  });

  it("never splits a surrogate pair when cutting", () => {
    const result = safeFileName("𠀋".repeat(10) + XLSX, 10); // each 𠀋 is two code units
    expect(result).toBe("𠀋𠀋" + XLSX);
  });

  it("drops the extension only when it alone does not fit", () => {
    expect(safeFileName("abcdef.xlsx", 5)).toBe("abcde");
    expect(safeFileName("abcdef.xlsx", 6)).toBe("a.xlsx");
  });

  it("cuts trailing dots and spaces that a cut exposes", () => {
    expect(safeFileName("ab. cdefgh.xlsx", 8)).toBe("ab.xlsx");
  });

  it("rejects a limit below one", () => {
    expect(() => safeFileName("a", 0)).toThrow(RangeError);
  });

  const anyName = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.string({ unit: "binary", maxLength: 200 }), // includes lone surrogates and control characters
    fc.constantFrom("CON", "nul.xlsx", "com1", "Lpt¹.txt", " . ", "a.b.c.", "区财政局/区国资局.xlsx"),
  );

  it("always returns a valid Windows name within the limit (property)", () => {
    fc.assert(
      fc.property(anyName, fc.integer({ min: 1, max: 260 }), (name, limit) => {
        const result = safeFileName(name, limit);
        expect(result.length).toBeLessThanOrEqual(limit);
        expect(isValidWindowsName(result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent (property)", () => {
    fc.assert(
      fc.property(anyName, fc.integer({ min: 1, max: 260 }), (name, limit) => {
        const once = safeFileName(name, limit);
        expect(safeFileName(once, limit)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves an already safe name alone (property)", () => {
    const safeChar = fc.constantFrom(..."区财政局乡镇街道办事处-（）()一二三456abcXYZ：".split(""));
    fc.assert(
      fc.property(fc.string({ unit: safeChar, minLength: 1, maxLength: 60 }), (stem) => {
        fc.pre(!/^ |[. ]$/.test(stem));
        expect(safeFileName(stem + XLSX)).toBe(stem + XLSX);
      }),
    );
  });
});

describe("uniqueFileNames", () => {
  it("numbers repeats, ignoring case, and keeps first occurrences", () => {
    expect(
      uniqueFileNames(["区财政局.xlsx", "区财政局.xlsx", "Report.xlsx", "REPORT.XLSX", "区财政局.xlsx"]),
    ).toEqual(["区财政局.xlsx", "区财政局 (2).xlsx", "Report.xlsx", "REPORT (2).XLSX", "区财政局 (3).xlsx"]);
  });

  it("does not take a name that occurs later in the list", () => {
    expect(uniqueFileNames(["X.xlsx", "X.xlsx", "x (2).xlsx"])).toEqual([
      "X.xlsx",
      "X (3).xlsx",
      "x (2).xlsx",
    ]);
  });

  it("cuts the name, not the suffix or extension, to stay within the limit", () => {
    const long = "乡".repeat(20) + XLSX;
    expect(uniqueFileNames([long, long], 25)).toEqual([long, "乡".repeat(16) + " (2)" + XLSX]);
  });

  it("returns unique, valid names within the limit for safe inputs (property)", () => {
    const stems = fc.constantFrom(
      "区财政局",
      "区财政局 (2)",
      "A",
      "a",
      "CON",
      "区发展改革局（区地方金融监管局）",
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(stems, fc.constantFrom(XLSX, ".XLSX", "")), { maxLength: 40 }),
        fc.integer({ min: 20, max: 120 }),
        (parts, limit) => {
          const names = parts.map(([stem, ext]) => safeFileName(stem + ext, limit));
          const result = uniqueFileNames(names, limit);
          expect(result).toHaveLength(names.length);
          expect(new Set(result.map((n) => n.toLowerCase())).size).toBe(result.length);
          for (const n of result) {
            expect(n.length).toBeLessThanOrEqual(limit);
            expect(isValidWindowsName(n)).toBe(true);
          }
        },
      ),
    );
  });
});
