/**
 * Rule `table-rows`: tables pasted from Word (`序号 | 重点任务 | 牵头领导 | 牵头单位 | 责任单位 | 完成时限`,
 * Markdown pipes) or from Excel (tab-separated). Columns are found by their header words.
 */
import { fieldOf } from "./labels";

export type Column = "no" | "task" | "leader" | "lead" | "responsible" | "deadline" | "section";
export type TableHeader = Partial<Record<Column, number>>;

/** Cells of a table row, or null when the line is not one (fewer than 3 cells). */
export function cellsOf(text: string): string[] | null {
  let sep: string | null = null;
  if (text.includes("\t")) sep = "\t";
  else if ((text.match(/[|｜]/g) ?? []).length >= 2) sep = "|";
  if (!sep) return null;
  let cells = sep === "\t" ? text.split("\t") : text.split(/[|｜]/);
  if (sep === "|") {
    if (cells[0]!.trim() === "") cells = cells.slice(1);
    if (cells.length && cells[cells.length - 1]!.trim() === "") cells = cells.slice(0, -1);
  }
  cells = cells.map((c) => c.trim());
  return cells.length >= 3 ? cells : null;
}

/** A Markdown separator row `|---|:--:|`. */
export function isSeparatorRow(cells: string[]): boolean {
  return cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "");
}

const NO_HEADER = /^(序号|编号|序|No\.?|NO\.?|任务编号)$/;
const TASK_HEADER = /(重点任务|任务内容|工作任务|主要任务|具体任务|工作内容|目标任务|工作事项|重点工作|任务名称|^任务$|工作措施)/;
const SECTION_HEADER = /^(篇章|类别|领域|分类|板块|类型|项目类别)$/;

export function headerOf(cells: string[]): TableHeader | null {
  const h: TableHeader = {};
  cells.forEach((raw, i) => {
    const c = raw.replace(/\s+/g, "").replace(/[:：]$/, "");
    if (NO_HEADER.test(c)) h.no ??= i;
    else if (SECTION_HEADER.test(c)) h.section ??= i;
    else {
      const f = fieldOf(c) ?? (/领导$/.test(c) ? "leader" : undefined);
      if (f) h[f] ??= i;
      else if (TASK_HEADER.test(c)) h.task ??= i;
    }
  });
  const hasUnits = h.lead !== undefined || h.responsible !== undefined;
  return h.task !== undefined && hasUnits ? h : null;
}
