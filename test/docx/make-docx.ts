/**
 * Test-data factory: real .docx files written as OOXML with JSZip (the zip library mammoth itself uses),
 * with the parts Word writes — styles for headings, numbering.xml with w:numPr lists, tables with
 * w:gridSpan / w:vMerge / w:tblHeader — so the reader is tested on what Word produces, not on HTML.
 */
import JSZip from "jszip";

export type Cell =
  | string
  | {
      readonly paragraphs?: readonly string[];
      readonly text?: string;
      readonly gridSpan?: number;
      readonly vMerge?: "restart" | "continue";
    };

export type Block =
  | { readonly kind: "p"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string; readonly level: 1 | 2 | 3 }
  | { readonly kind: "item"; readonly text: string; readonly numId: number; readonly level: number }
  | { readonly kind: "table"; readonly rows: readonly (readonly Cell[])[]; readonly headerRows: number }
  | { readonly kind: "raw"; readonly xml: string };

/** List definitions in numbering.xml: numId 1 and 2 share the decimal abstract list 0 (as Word does for
 * one list continued after other content); numId 3 is its own decimal list; numId 9 is bullets. */
export const DECIMAL = 1;
export const DECIMAL_SAME_LIST = 2;
export const OTHER_DECIMAL = 3;
export const BULLET = 9;
/** A Chinese outline as government plans use it: `一、` › `（一）` › `1.` (abstract list 3). */
export const CHINESE_OUTLINE = 4;
/** The same outline restarted at `三、` by a start override. */
export const CHINESE_OUTLINE_FROM_3 = 5;

export const para = (text: string): Block => ({ kind: "p", text });
export const heading = (text: string, level: 1 | 2 | 3 = 1): Block => ({ kind: "heading", text, level });
export const item = (text: string, level = 0, numId = DECIMAL): Block => ({
  kind: "item",
  text,
  numId,
  level,
});
/** Body XML written as given, for constructs the helpers do not cover (tracked changes, fields). */
export const raw = (xml: string): Block => ({ kind: "raw", xml });
export const table = (rows: readonly (readonly Cell[])[], headerRows = 0): Block => ({
  kind: "table",
  rows,
  headerRows,
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Runs for `text`: `\n` is a soft line break (w:br), `\t` a tab, leading/trailing spaces kept. */
function runs(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .split("\t")
        .map((piece) => `<w:r><w:t xml:space="preserve">${xml(piece)}</w:t></w:r>`)
        .join("<w:r><w:tab/></w:r>"),
    )
    .join("<w:r><w:br/></w:r>");
}

const paragraph = (text: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs(text)}</w:p>`;

function cellXml(cell: Cell): string {
  const c = typeof cell === "string" ? { paragraphs: [cell] } : cell;
  const tcPr =
    (c.gridSpan ? `<w:gridSpan w:val="${c.gridSpan}"/>` : "") +
    (c.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : c.vMerge === "continue" ? "<w:vMerge/>" : "");
  const paragraphs = c.paragraphs ?? [c.text ?? ""];
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${paragraphs.map((t) => paragraph(t)).join("")}</w:tc>`;
}

function blockXml(block: Block): string {
  switch (block.kind) {
    case "raw":
      return block.xml;
    case "p":
      return paragraph(block.text);
    case "heading":
      return paragraph(block.text, `<w:pStyle w:val="Heading${block.level}"/>`);
    case "item":
      return paragraph(
        block.text,
        `<w:numPr><w:ilvl w:val="${block.level}"/><w:numId w:val="${block.numId}"/></w:numPr>`,
      );
    case "table": {
      const width = Math.max(
        ...block.rows.map((r) =>
          r.reduce<number>((n, c) => n + (typeof c === "string" ? 1 : (c.gridSpan ?? 1)), 0),
        ),
      );
      const grid = `<w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(width)}</w:tblGrid>`;
      const rows = block.rows
        .map(
          (r, i) =>
            `<w:tr>${i < block.headerRows ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${r.map(cellXml).join("")}</w:tr>`,
        )
        .join("");
      return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${grid}${rows}</w:tbl>`;
    }
  }
}

function level(ilvl: number, format: string): string {
  const text = format === "bullet" ? "•" : `%${ilvl + 1}.`;
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:pPr><w:ind w:left="${420 * (ilvl + 1)}" w:hanging="420"/></w:pPr></w:lvl>`;
}

const abstractNum = (id: number, format: string) =>
  `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${[0, 1, 2].map((i) => level(i, format)).join("")}</w:abstractNum>`;

const outlineLevel = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const OUTLINE = `<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>${outlineLevel(0, "chineseCounting", "%1、")}${outlineLevel(1, "chineseCounting", "（%2）")}${outlineLevel(2, "decimal", "%3.")}</w:abstractNum>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>${abstractNum(0, "decimal")}${abstractNum(1, "decimal")}${abstractNum(2, "bullet")}${OUTLINE}
<w:num w:numId="${DECIMAL}"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="${DECIMAL_SAME_LIST}"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="${OTHER_DECIMAL}"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="${BULLET}"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="${CHINESE_OUTLINE}"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="${CHINESE_OUTLINE_FROM_3}"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
</w:numbering>`;

const headingStyle = (n: number) =>
  `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${[1, 2, 3].map(headingStyle).join("")}<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`;

/** A .docx holding `blocks`, as bytes. */
export async function makeDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS);
  zip.file("word/styles.xml", STYLES);
  zip.file("word/numbering.xml", NUMBERING);
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${blocks.map(blockXml).join("")}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
