/**
 * Read a plan from a file for the CLI: .txt/.md (UTF-8, UTF-16 or GB18030, as Chinese offices save
 * them), .docx (via mammoth), or a Plan JSON written by `duban parse --json`. Unusable files throw
 * `InputFileError` with a Chinese message that names the file.
 */
import * as fs from "fs";
import * as path from "path";
import { InputFileError } from "../cli/errors";
import { readDocxText } from "../docx/read-docx";
import type { Lang } from "../core/i18n/lang";
import { parsePlan } from "../core/plan/parse";
import { PlanSchema, type Plan } from "../core/plan/schema";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

function readBytes(file: string): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new InputFileError(`找不到文件：${file}`, file);
  }
  if (st.isDirectory()) throw new InputFileError(`${file} 是文件夹，请给出方案文件`, file);
  return fs.readFileSync(file);
}

/** Decode plan text: BOM first, then strict UTF-8, then GB18030 (a superset of GBK/GB2312). */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      throw new InputFileError(`无法识别 ${file} 的文字编码（既不是 UTF-8 也不是 GBK），请另存为 UTF-8 文本`, file);
    }
  }
}

/** The plan's text, whatever the file type. */
export async function readPlanText(file: string): Promise<string> {
  const bytes = readBytes(file);
  const name = path.basename(file);
  if (startsWith(bytes, PDF)) throw new InputFileError(`${name} 是 PDF 文件，请先用 WPS 或 Word 转为 .docx 或复制文字另存为 .txt`, file);
  if (/\.docx$/i.test(name) || startsWith(bytes, OLE) || (startsWith(bytes, ZIP) && !/\.xlsx$/i.test(name))) {
    return readDocxText(bytes, name);
  }
  if (startsWith(bytes, ZIP)) throw new InputFileError(`${name} 是 Excel 工作簿，不是任务分工方案；请给出 .txt、.md 或 .docx 文件`, file);
  const text = decodeText(bytes, name);
  if (text.includes("\u0000")) throw new InputFileError(`${name} 不是文本文件，无法解析`, file);
  return text;
}

/** A Plan from a plan document or from a Plan JSON (validated). */
export async function loadPlan(file: string, lang?: Lang): Promise<Plan> {
  if (/\.json$/i.test(file)) {
    const text = decodeText(readBytes(file), path.basename(file));
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new InputFileError(`${path.basename(file)} 不是有效的 JSON：${(e as Error).message}`, file);
    }
    const result = PlanSchema.safeParse(data);
    if (!result.success) {
      const first = result.error.issues[0]!;
      throw new InputFileError(
        `${path.basename(file)} 不是 duban 的方案 JSON：字段 ${first.path.join(".") || "(根)"} ${first.message}`,
        file,
      );
    }
    return result.data;
  }
  return parsePlan(await readPlanText(file), lang ? { lang } : {});
}
