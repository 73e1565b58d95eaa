/**
 * Cached formula results straight from a sheet's XML. ExcelJS's reader drops falsy results (0, ""),
 * which are exactly the values a recomputed summary is full of, so the LibreOffice tests read the XML.
 */
import JSZip from "jszip";

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Address → result of every formula cell of the n-th worksheet (1-based, workbook order). */
export async function formulaResults(xlsx: Buffer, n: number): Promise<Map<string, number | string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const f = zip.file(`xl/worksheets/sheet${n}.xml`);
  if (!f) throw new Error(`no sheet${n}.xml`);
  // Empty cells are self-closing (`<c r="B2" s="3"/>`); drop them so the pattern below cannot span them.
  const xml = (await f.async("string")).replace(/<c [^>]*\/>/g, "");
  const out = new Map<string, number | string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) {
    const [, addr, attrs, body] = m;
    if (!addr || !body || !body.includes("<f")) continue;
    const v = /<v>(.*?)<\/v>|<v\/>/.exec(body);
    const raw = v ? unescapeXml(v[1] ?? "") : "";
    const t = /t="(\w+)"/.exec(attrs ?? "")?.[1] ?? "n";
    out.set(addr, t === "n" && raw !== "" ? Number(raw) : raw);
  }
  return out;
}
