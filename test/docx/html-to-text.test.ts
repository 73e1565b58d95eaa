import { htmlToPlanText } from "../../src/docx/html-to-text";
import { decodeEntities, tokenizeHtml } from "../../src/docx/html-tokens";
import { tableLines } from "../../src/docx/table-grid";

describe("html tokenizer", () => {
  it("decodes named, decimal and hex entities and leaves unknown ones", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&nbsp;&#20013;&#x56FD;&#X1F600;&bogus;&#0;")).toBe(
      "&<>\"'\u00a0中国😀&bogus;&#0;",
    );
  });

  it("reads tags, attributes and self-closing tags", () => {
    expect(tokenizeHtml('<td colspan="2" rowspan="3"><p>甲&amp;乙<br />丙</p></td>')).toEqual([
      { kind: "open", name: "td", attrs: { colspan: "2", rowspan: "3" }, selfClosing: false },
      { kind: "open", name: "p", attrs: {}, selfClosing: false },
      { kind: "text", text: "甲&乙" },
      { kind: "open", name: "br", attrs: {}, selfClosing: true },
      { kind: "text", text: "丙" },
      { kind: "close", name: "p" },
      { kind: "close", name: "td" },
    ]);
  });
});

describe("htmlToPlanText", () => {
  it("flattens list items that hold paragraphs, and nested lists", () => {
    expect(
      htmlToPlanText("<ol><li>1. 甲<ol><li>1. 子</li></ol></li><li><p>2. 乙</p><p>续</p></li></ol>"),
    ).toBe("1. 甲\n\n1. 子\n\n2. 乙\n\n续");
  });

  it("runs a table nested in a cell into that cell", () => {
    expect(
      htmlToPlanText(
        "<table><tr><td><p>外</p><table><tr><td>内1</td><td>内2</td></tr></table></td><td>右</td></tr></table>",
      ),
    ).toBe("外内1 | 内2 | 右");
  });

  it("handles large documents in linear time (pathological input budget)", () => {
    const row = "<tr><td><p>1</p></td><td><p>" + "区直有关部门单位、".repeat(50) + "</p></td></tr>";
    const html =
      "<p>" +
      "各乡镇人民政府、".repeat(100_000) +
      "</p>" +
      "<table>" +
      row.repeat(2000) +
      "</table>" +
      "<p>&amp;</p>".repeat(50_000) +
      "<p" +
      " ".repeat(100_000);
    const started = Date.now();
    const text = htmlToPlanText(html);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(text.split("\n").length).toBeGreaterThan(50_000);
  });
});

describe("tableLines", () => {
  const cell = (text: string, colspan = 1, rowspan = 1) => ({ text, colspan, rowspan });

  it("places cells after a cell merged down from an earlier row", () => {
    expect(tableLines([[cell("A", 1, 3), cell("B")], [cell("C")], [cell("D")]])).toEqual([
      "A | B",
      "A | C",
      "A | D",
    ]);
  });

  it("handles a block merged both ways and a rowspan past the last row", () => {
    expect(tableLines([[cell("A", 2, 2), cell("B", 1, 9)], [], [cell("C"), cell("D"), cell("E")]])).toEqual([
      "A |  | B | ",
      "A |  | B | ",
      "C | D | B | E",
    ]);
  });
});
