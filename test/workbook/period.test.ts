import { defaultPeriod, parsePeriod, periodLabel, scheduleToDate } from "../../src/core/workbook/period";
import { endOfMonth, isoToSerial, isValidIso, serialToIso } from "../../src/core/workbook/dates";

describe("periods", () => {
  it("parses months and quarters and labels them in Chinese and English", () => {
    const m = parsePeriod("2024-03");
    expect(m).toMatchObject({ kind: "month", start: "2024-03-01", end: "2024-03-31", code: "2024-03", lastMonth: 3 });
    expect(periodLabel(m!, "zh-CN")).toBe("2024年3月");
    expect(periodLabel(m!, "en")).toBe("March 2024");
    const q = parsePeriod("2024-Q1");
    expect(q).toMatchObject({ kind: "quarter", start: "2024-01-01", end: "2024-03-31", code: "2024-Q1" });
    expect(periodLabel(q!, "zh-CN")).toBe("2024年第一季度");
    expect(periodLabel(parsePeriod("2024q4")!, "zh-CN")).toBe("2024年第四季度");
    expect(parsePeriod("2024-2")?.end).toBe("2024-02-29");
    expect(parsePeriod("2023-02")?.end).toBe("2023-02-28");
  });
  it("rejects what is not a period", () => {
    for (const bad of ["2024-13", "2024-00", "2024-Q5", "24-03", "2024/03", "", "2024年3月"]) expect(parsePeriod(bad)).toBeNull();
  });
  it("computes the schedule-to-date as m/12 of the year", () => {
    expect(scheduleToDate(parsePeriod("2024-03")!)).toBe(25);
    expect(scheduleToDate(parsePeriod("2024-01")!)).toBe(8.33);
    expect(scheduleToDate(parsePeriod("2024-Q2")!)).toBe(50);
    expect(scheduleToDate(parsePeriod("2024-12")!)).toBe(100);
  });
  it("defaults to this month for this year's plan, December for a past one", () => {
    expect(defaultPeriod(2026, "2026-11-28").code).toBe("2026-11");
    expect(defaultPeriod(2024, "2026-11-28").code).toBe("2024-12");
    expect(defaultPeriod(2027, "2026-11-28").code).toBe("2027-01");
    expect(defaultPeriod(null, "2026-11-28").code).toBe("2026-11");
  });
});

describe("date serials", () => {
  it("match Excel's serials", () => {
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2024-03-31")).toBe(45382);
    expect(isoToSerial("2024-12-31")).toBe(45657);
    expect(serialToIso(45382)).toBe("2024-03-31");
    expect(serialToIso(45382.75)).toBe("2024-03-31");
    expect(endOfMonth(2024, 2)).toBe("2024-02-29");
  });
  it("round-trip every day of several years", () => {
    for (let s = isoToSerial("2023-01-01"); s <= isoToSerial("2026-12-31"); s++) expect(isoToSerial(serialToIso(s))).toBe(s);
  });
  it("validate ISO dates", () => {
    expect(isValidIso("2024-02-29")).toBe(true);
    expect(isValidIso("2023-02-29")).toBe(false);
    expect(isValidIso("2024-3-1")).toBe(false);
  });
});
