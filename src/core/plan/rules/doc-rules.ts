/**
 * Rule `doc-rules`: statements that change how every later task is read.
 * - `列第一位的为牵头单位`: a task's single unit list starts with its lead unit.
 * - `以下任务均需各区市政府落实，不再一一列出`: a standing responsible unit for all later tasks.
 */

const FIRST_LISTED =
  /(?:列|排|位列|排列)(?:在)?(?:第一位|首位|第一)的?(?:单位|部门)?(?:为|是)(?:牵头|主办|主责)(?:单位|部门)?|(?:第一|首个|首位)(?:个)?(?:单位|部门)(?:为|是)牵头/;

const STANDING =
  /以下(?:各项|所有|全部)?(?:任务|工作|事项)?(?:均|都|全部|皆)?(?:需|需要|须|由|要|应)?(.{2,40}?)(?:抓好落实|负责落实|落实|负责|承担|参与|配合)[，,。；;\s]*(?:不再|不)(?:一一)?(?:列出|列举|重复列出|单独列出)/;

export function mentionsFirstListedLead(text: string): boolean {
  if (!text.includes("牵头")) return false; // cheap guard: this runs on every line
  return FIRST_LISTED.test(text.replace(/\s+/g, ""));
}

/** The standing unit list in a line, e.g. `各区市政府`, or null. */
export function standingRuleOf(text: string): string | null {
  if (!text.includes("以下")) return null; // cheap guard: this runs on every line
  const m = STANDING.exec(text.replace(/\s+/g, ""));
  return m ? m[1]!.replace(/^(由|需|要)/, "") : null;
}
