/** Check a password against a workbook's structure protection (the salted SHA-512 hash in xl/workbook.xml). */
import JSZip from "jszip";
import { passwordHash } from "./protection-hash";

/** `none`: the workbook has no password hash; `match` / `mismatch` otherwise. */
export async function checkWorkbookPassword(xlsx: Buffer | Uint8Array, password: string): Promise<"none" | "match" | "mismatch"> {
  const zip = await JSZip.loadAsync(xlsx);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const tag = /<workbookProtection\b[^>]*>/.exec(xml)?.[0] ?? "";
  const attr = (n: string): string | undefined => new RegExp(`\\b${n}="([^"]*)"`).exec(tag)?.[1];
  const hash = attr("workbookHashValue");
  const salt = attr("workbookSaltValue");
  const spin = Number(attr("workbookSpinCount") ?? "100000");
  if (!hash || !salt) return "none";
  return passwordHash(password, spin, Buffer.from(salt, "base64")).hashValue === hash ? "match" : "mismatch";
}
