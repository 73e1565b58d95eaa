/** Status colours as `expression` rules (LibreOffice ignores `containsText`). */
import { quoteText } from "../a1";
import type { BuildContext } from "../context";
import type { ConditionalFormatSpec } from "../spec";
import { FILLS } from "../style";

/** Rules colouring a cell by the status label in `cell` (a relative reference such as `$G2`). */
export function statusColourRules(ctx: BuildContext, cell: string, firstPriority = 1): ConditionalFormatSpec["rules"] {
  const S = ctx.labels.status;
  return [
    { formula: `${cell}=${quoteText(S.done)}`, fill: FILLS.green, priority: firstPriority },
    { formula: `${cell}=${quoteText(S["on-track"])}`, fill: FILLS.blue, priority: firstPriority + 1 },
    { formula: `${cell}=${quoteText(S.lagging)}`, fill: FILLS.red, priority: firstPriority + 2 },
    { formula: `${cell}=${quoteText(S["not-started"])}`, fill: FILLS.grey, priority: firstPriority + 3 },
  ];
}
