/** 说明: the cover that explains the workbook to a unit without the add-in. */
import type { BuildContext } from "../context";
import { fill } from "../labels";
import type { SheetSpec } from "../spec";
import { NUMFMT } from "../style";
import { coverRows } from "./cover-rows";

export function coverSheet(ctx: BuildContext): SheetSpec {
  const L = ctx.labels.cover;
  const m = ctx.plan.meta;
  const unknown = L.unknown;
  const { add, heading, legend, finish } = coverRows(ctx);
  add(L.title, m.title ?? unknown);
  add(L.docNumber, m.docNumber ?? unknown);
  add(L.issuer, m.issuer ?? unknown);
  add(L.date, m.date !== null ? { date: m.date } : unknown, undefined, m.date !== null ? NUMFMT.date : undefined);
  add(L.period, ctx.periodLabel);
  add(L.due, { date: ctx.due }, undefined, NUMFMT.date);
  add(L.mailbox, ctx.mailbox ?? unknown);
  add(L.schedule, ctx.schedule / 100, undefined, NUMFMT.percent);
  heading(L.howTo);
  for (const h of [L.howTo1, L.howTo2, L.howTo3, L.howTo4]) add("", h);
  add("", fill(L.howTo5, { due: ctx.due, mailbox: ctx.mailbox ?? L.mailboxUnset }));
  legend();
  return finish();
}
