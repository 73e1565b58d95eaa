/** 单位: one row per canonical unit, with the office's contacts and collective members. */
import type { BuildContext } from "../context";
import { fill } from "../labels";
import type { CellValue, SheetSpec } from "../spec";
import { LANDSCAPE_A4, TABLE_STYLE, column } from "../style";

export function unitsSheet(ctx: BuildContext): SheetSpec {
  const L = ctx.labels.units;
  const V = ctx.labels.validation;
  const columns = [
    column("name", L.name, "text", 28, { wrap: true }),
    column("kind", L.kind, "text", 10),
    column("aliases", L.aliases, "text", 28, { wrap: true }),
    column("leadCount", L.leadCount, "integer", 10),
    column("coCount", L.coCount, "integer", 10),
    column("contact", L.contact, "text", 10, { input: "office" }),
    column("phone", L.phone, "text", 15, { input: "office" }),
    column("email", L.email, "text", 26, { input: "office" }),
    column("members", L.members, "text", 30, { wrap: true, input: "office" }),
  ];
  const rows: CellValue[][] = ctx.ledger.units.map((u) => [
    u.name,
    ctx.labels.unitKind[u.kind],
    u.aliases.length > 0 ? u.aliases.join("\n") : null,
    u.leadCount,
    u.coCount,
    u.contact,
    u.phone,
    u.email,
    u.members.length > 0 ? u.members.join("\n") : null,
  ]);
  const n = rows.length;
  const r = (c: string): string => `${c}2:${c}${n + 1}`;
  return {
    code: "units",
    name: ctx.names.units,
    state: "visible",
    columns,
    headerRow: true,
    rows,
    table: { name: "duban_units", style: TABLE_STYLE },
    freeze: { rows: 1, columns: 1 },
    validations:
      n > 0
        ? [
            { range: r("F"), type: "textLength", operator: "lessThanOrEqual", formulae: [50], allowBlank: true, promptTitle: L.contact, prompt: fill(V.text, { max: 50 }), errorTitle: L.contact, error: fill(V.textError, { max: 50 }) },
            { range: r("G"), type: "textLength", operator: "between", formulae: [7, 20], allowBlank: true, promptTitle: V.phoneTitle, prompt: V.phone, errorTitle: V.phoneTitle, error: V.phoneError },
            { range: r("H"), type: "custom", formulae: ["ISNUMBER(FIND(\"@\",H2))"], allowBlank: true, promptTitle: V.emailTitle, prompt: V.email, errorTitle: V.emailTitle, error: V.emailError },
            { range: r("I"), type: "textLength", operator: "lessThanOrEqual", formulae: [5000], allowBlank: true, promptTitle: L.members, prompt: V.members, errorTitle: L.members, error: fill(V.textError, { max: 5000 }) },
          ]
        : [],
    conditionalFormats: [],
    protect: true,
    print: LANDSCAPE_A4,
  };
}
