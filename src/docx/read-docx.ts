/** Read a Word (.docx) plan into the plain text `parsePlan()` reads. Host adapter over mammoth, for CLI and task pane. */
import mammoth from "mammoth";
import { InputFileError } from "../cli/errors";
import { htmlToPlanText } from "./html-to-text";
import { numberListParagraphs } from "./list-numbering";
import { wordListLabels } from "./word-numbering";
import JSZip from "jszip";

/** Start of an OLE compound file: a Word 97–2003 .doc, or an encrypted (password-protected) .docx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Images are not plan text; an empty src keeps mammoth from inlining them as base64. */
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

/**
 * The text of a .docx plan: one paragraph per line with blank lines between, tables as ` | ` rows,
 * Word's automatic list numbers rebuilt as `N. `. Throws `InputFileError` for a file that is not a
 * readable .docx.
 */
export async function readDocxText(data: Uint8Array, fileName: string): Promise<string> {
  if (startsWith(data, OLE_MAGIC)) {
    throw new InputFileError(
      `无法读取 Word 文件 ${fileName}：这是旧版 .doc 文件或加密文件，请在 Word 或 WPS 中另存为 .docx（不设密码）后再试`,
      fileName,
    );
  }
  // Word's own list labels (`一、`, `（二）`); null when the package cannot be read here — mammoth then
  // reports the damage — or has no numbering.
  let wordLabels: string[] | null = null;
  try {
    wordLabels = await wordListLabels(await JSZip.loadAsync(data));
  } catch {
    wordLabels = null;
  }
  let bug: unknown = null;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // mammoth's Node build reads `buffer`, its browser build (webpack's `browser` field) `arrayBuffer`;
      // both pass the bytes to JSZip, which takes a Uint8Array, so no Node Buffer is needed in either host.
      { buffer: data, arrayBuffer: data } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
      {
        convertImage: noImages,
        transformDocument: (document: unknown) => {
          try {
            return numberListParagraphs(document, wordLabels);
          } catch (error) {
            bug = error; // our own failure, not the file's: rethrown as is below
            throw error;
          }
        },
      },
    );
    html = result.value;
  } catch (cause) {
    if (bug !== null) throw bug;
    const error = new InputFileError(`无法读取 Word 文件 ${fileName}：文件已损坏或不是 .docx 格式`, fileName);
    error.cause = cause;
    throw error;
  }
  return htmlToPlanText(html);
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}
