/** 说明 of a per-unit workbook: written for that unit — who, how many rows, by when, where to send it back, how. */
import type { BuildContext } from "../context";
import { fill } from "../labels";
import type { UnitScope } from "../scope";
import type { SheetSpec } from "../spec";
import { NUMFMT } from "../style";
import { coverRows } from "./cover-rows";

export function unitCoverSheet(ctx: BuildContext, scope: UnitScope): SheetSpec {
  const L = ctx.labels.cover;
  const U = ctx.labels.unitCover;
  const m = ctx.plan.meta;
  const { add, heading, boldNext, legend, finish } = coverRows(ctx);
  const a = ctx.ledger.assignments;
  const lead = a.filter((x) => x.role === "lead").length;
  boldNext();
  add(U.unit, scope.unit);
  add(U.tasks, fill(U.rows, { lead, co: a.length - lead, rows: a.length }));
  add(L.period, ctx.periodLabel);
  add(L.due, { date: ctx.due }, undefined, NUMFMT.date);
  add(L.mailbox, ctx.mailbox ?? L.unknown);
  add(L.schedule, ctx.schedule / 100, undefined, NUMFMT.percent);
  add(L.title, m.title ?? L.unknown);
  add(L.docNumber, m.docNumber ?? L.unknown);
  heading(L.howTo);
  add("", ctx.mailbox !== null ? fill(U.sendBack, { due: ctx.due, mailbox: ctx.mailbox }) : fill(U.sendBackNoMailbox, { due: ctx.due }));
  // The steps come from two catalogues: number them here so the list reads 1, 2, 3, 4.
  [U.howToUnit1, U.howToUnit2, U.keepName, L.howTo2].forEach((h, i) => add("", h.replace(/^\d+\.\s*/, `${i + 1}. `)));
  legend();
  add(U.exportId, scope.exportId);
  return finish();
}
