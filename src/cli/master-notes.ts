/** Notes every command that rewrites a master prints about what the rewrite cannot keep. */
import type { MasterBook } from "../xlsx/read-master";
import { flagProblems } from "./errors";
import { note } from "./io";

/** Sheets the office added by hand are not part of the model: say so, they stay in the backup. */
export function reportExtraSheets(book: MasterBook, file: string): void {
  if (book.extraSheets.length === 0) return;
  note(`注意：${file} 中有 duban 不认识的工作表“${book.extraSheets.join("”“")}”，重写后的总台账不再包含它们，原内容保存在备份文件中`);
  flagProblems();
}
