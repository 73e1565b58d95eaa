/**
 * Patches to the package ExcelJS just wrote, for parts ExcelJS 4.4.0 cannot express: workbook structure
 * protection. This edits our own fresh output, never a workbook read back from a user.
 */
import JSZip from "jszip";
import { passwordHash } from "./protection-hash";

export async function protectStructure(xlsx: Buffer, password: string | null): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("xl/workbook.xml missing from ExcelJS output");
  const xml = await part.async("string");
  let attrs = `lockStructure="1"`;
  if (password) {
    const h = passwordHash(password);
    attrs = `workbookAlgorithmName="${h.algorithmName}" workbookHashValue="${h.hashValue}" workbookSaltValue="${h.saltValue}" workbookSpinCount="${h.spinCount}" ${attrs}`;
  }
  // CT_Workbook order: fileVersion, fileSharing, workbookPr, workbookProtection, bookViews, sheets …
  const at = xml.indexOf("<bookViews");
  const patched = at >= 0 ? `${xml.slice(0, at)}<workbookProtection ${attrs}/>${xml.slice(at)}` : xml.replace("<sheets>", `<workbookProtection ${attrs}/><sheets>`);
  zip.file("xl/workbook.xml", patched);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
