/** Label synonyms of an attribution, and the field each fills. A new synonym is one line here. */

export type LabelField = "leader" | "lead" | "responsible" | "deadline";

const SYNONYMS: Record<LabelField, string[]> = {
  leader: [
    "牵头负责领导", "牵头领导", "责任领导", "分管领导", "分管省领导", "分管市领导", "分管县领导", "分管区领导",
    "牵头省领导", "牵头市领导", "牵头县领导", "牵头区领导", "联系领导", "包抓领导", "责任市领导", "责任县领导", "责任区领导",
  ],
  lead: ["牵头责任单位", "牵头负责单位", "牵头单位", "主办单位", "牵头部门", "主责单位", "责任主体单位", "牵头处室"],
  responsible: [
    "协同责任单位", "配合责任单位", "责任单位", "配合单位", "协办单位", "参与单位", "协同单位", "配合部门",
    "责任部门", "参与部门", "协办部门", "协作单位",
  ],
  deadline: ["完成时限", "时间节点", "完成时间", "时限要求", "办结时限", "时间要求", "完成期限"],
};

/** All labels, longest first so `牵头责任单位` wins over `责任单位`. */
export const LABELS: { label: string; field: LabelField }[] = (Object.keys(SYNONYMS) as LabelField[])
  .flatMap((field) => SYNONYMS[field].map((label) => ({ label, field })))
  .sort((a, b) => b.label.length - a.label.length);

const ALT = LABELS.map((l) => l.label).join("|");
/** A known label followed by a colon (spaces allowed anywhere inside, as OCR leaves them). */
export const LABEL_RE = new RegExp(`(${ALT})\\s*[:：]`, "g");
/** Does the text (ignoring leading spaces) start with a known label? */
export const STARTS_WITH_LABEL = new RegExp(`^\\s*(${ALT})\\s*[:：]`);

export function fieldOf(label: string): LabelField | undefined {
  return LABELS.find((l) => l.label === label)?.field;
}

/** Looks like a label we do not know: a short CJK phrase naming a person, unit or time, then a colon. */
export const UNKNOWN_LABEL_RE = /(?:^|[；;，,。\s])([\u4e00-\u9fff]{2,8})\s*[:：]/g;
