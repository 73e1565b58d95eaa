/** Every word the workbook shows, per language. Sheet names, headers and list values come from here only. */
import type { Lang } from "../i18n/lang";
import type { ExportColumn, ReviewCode, RoleCode, StatusCode } from "./codes";
import type { SheetCode } from "./spec";
import type { UnitKind } from "../plan/schema";

export interface WorkbookLabels {
  sheets: Record<SheetCode, string>;
  tasks: Record<"no" | "section" | "subsection" | "text" | "leaders" | "leadUnits" | "coUnits" | "targets" | "deadline" | "status", string>;
  leaders: Record<"name" | "title" | "taskCount" | "taskNos" | "notStarted" | "onTrack" | "lagging" | "done", string>;
  units: Record<"name" | "kind" | "aliases" | "leadCount" | "coCount" | "contact" | "phone" | "email" | "members", string>;
  assignments: Record<"key" | "no" | "unit" | "role" | "group", string>;
  progress: Record<
    | "key"
    | "no"
    | "text"
    | "unit"
    | "role"
    | "deadline"
    | "status"
    | "percent"
    | "actual"
    | "progress"
    | "problems"
    | "nextSteps"
    | "evidence"
    | "reporter"
    | "phone"
    | "reportDate"
    | "review",
    string
  >;
  targets: Record<"no" | "task" | "indicator" | "comparator" | "value" | "measure" | "actual" | "ratio", string>;
  summary: Record<
    "name" | "lead" | "co" | "total" | "notStarted" | "onTrack" | "lagging" | "done" | "unreported" | "doneRate" | "behind" | "overdue",
    string
  > &
    Record<"byUnit" | "byGroup" | "byLeader" | "bySection" | "unitName" | "groupName" | "leaderName" | "sectionName" | "tasks" | "totals" | "asOf" | "noSection", string>;
  lists: Record<"status" | "role" | "review", string>;
  exports: Record<ExportColumn, string>;
  returns: Record<"unit" | "period", string>;
  /** 说明 of a per-unit workbook. */
  unitCover: Record<
    "unit" | "tasks" | "rows" | "exportId" | "sendBack" | "sendBackNoMailbox" | "howToUnit1" | "howToUnit2" | "keepName" | "summaryTitle" | "sheetTitle",
    string
  >;
  cover: Record<
    | "title"
    | "docNumber"
    | "issuer"
    | "date"
    | "period"
    | "due"
    | "mailbox"
    | "schedule"
    | "howTo"
    | "howTo1"
    | "howTo2"
    | "howTo3"
    | "howTo4"
    | "howTo5"
    | "legend"
    | "legendGreen"
    | "legendYellow"
    | "legendRed"
    | "legendMissing"
    | "legendInput"
    | "version"
    | "planId"
    | "unknown"
    | "mailboxUnset"
    | "label"
    | "value",
    string
  >;
  status: Record<StatusCode, string>;
  role: Record<RoleCode, string>;
  review: Record<ReviewCode, string>;
  unitKind: Record<UnitKind, string>;
  comparator: Record<"approx" | "gte" | "lte" | "eq", string>;
  validation: Record<
    | "statusTitle"
    | "status"
    | "statusError"
    | "percentTitle"
    | "percent"
    | "percentError"
    | "actualTitle"
    | "actual"
    | "actualError"
    | "textTitle"
    | "text"
    | "textError"
    | "problems"
    | "evidence"
    | "reporter"
    | "phoneTitle"
    | "phone"
    | "phoneError"
    | "dateTitle"
    | "date"
    | "dateError"
    | "reviewTitle"
    | "review"
    | "reviewError"
    | "emailTitle"
    | "email"
    | "emailError"
    | "leaderTitle"
    | "leader"
    | "members",
    string
  >;
}

const zh: WorkbookLabels = {
  sheets: { cover: "说明", tasks: "任务", leaders: "领导", units: "单位", assignments: "分工", progress: "进度", targets: "指标", summary: "汇总", exports: "分发记录", returns: "回收记录", lists: "列表", meta: "_meta" },
  tasks: { no: "序号", section: "篇章", subsection: "分项", text: "任务内容", leaders: "牵头领导", leadUnits: "牵头单位", coUnits: "责任单位", targets: "量化目标", deadline: "完成时限", status: "任务状态" },
  leaders: { name: "姓名", title: "职务", taskCount: "任务数", taskNos: "任务序号", notStarted: "未启动", onTrack: "正常推进", lagging: "进度滞后", done: "已完成" },
  units: { name: "单位名称", kind: "类别", aliases: "别名", leadCount: "牵头任务数", coCount: "配合任务数", contact: "联系人", phone: "联系电话", email: "电子邮箱", members: "成员单位" },
  assignments: { key: "行键", no: "序号", unit: "单位", role: "角色", group: "所属集合" },
  progress: {
    key: "行键",
    no: "序号",
    text: "任务内容",
    unit: "单位",
    role: "角色",
    deadline: "完成时限",
    status: "完成状态",
    percent: "完成进度(%)",
    actual: "实际完成值",
    progress: "进展情况",
    problems: "存在问题",
    nextSteps: "下步打算",
    evidence: "佐证材料",
    reporter: "填报人",
    phone: "联系电话",
    reportDate: "填报日期",
    review: "审核意见",
  },
  targets: { no: "序号", task: "任务内容", indicator: "指标", comparator: "比较", value: "目标值", measure: "计量单位", actual: "实际完成值", ratio: "完成比例" },
  summary: {
    name: "名称",
    lead: "牵头任务",
    co: "配合任务",
    total: "合计",
    notStarted: "未启动",
    onTrack: "正常推进",
    lagging: "进度滞后",
    done: "已完成",
    unreported: "未填报",
    doneRate: "完成率",
    behind: "落后序时",
    overdue: "已逾期",
    byUnit: "一、按单位统计",
    byGroup: "集合主体（成员单位合计，不计入上面的合计）",
    groupName: "集合主体",
    byLeader: "二、按牵头领导统计",
    bySection: "三、按篇章统计",
    unitName: "单位",
    leaderName: "牵头领导",
    sectionName: "篇章",
    tasks: "任务数",
    totals: "合计",
    asOf: "统计口径：截至",
    noSection: "（未分篇章）",
  },
  lists: { status: "完成状态", role: "角色", review: "审核意见" },
  exports: {
    exportId: "导出编号",
    unit: "单位",
    file: "文件名",
    period: "报送期次",
    key: "行键",
    hash: "内容校验",
    time: "导出时间",
    status: "完成状态",
    percent: "完成进度(%)",
    actual: "实际完成值",
    progress: "进展情况",
    problems: "存在问题",
    nextSteps: "下步打算",
    evidence: "佐证材料",
    reporter: "填报人",
    phone: "联系电话",
    reportDate: "填报日期",
  },
  returns: { unit: "单位", period: "报送期次" },
  unitCover: {
    unit: "填报单位",
    tasks: "本单位任务",
    rows: "牵头{lead}项、配合{co}项，共{rows}行（见“进度”表，牵头任务在前）",
    exportId: "导出编号",
    sendBack: "填好后请于{due}前将本文件作为附件发回{mailbox}，不要改文件名，不要另存为其他格式。",
    sendBackNoMailbox: "填好后请于{due}前将本文件发回督查室，不要改文件名，不要另存为其他格式。",
    howToUnit1: "1. 本文件只含本单位的任务；只在“进度”表的白色单元格填写，灰色单元格已锁定。",
    howToUnit2: "2. 已填报过的内容已预先填入，请在原内容基础上更新，不必重新录入。",
    keepName: "3. 完成状态从下拉列表选择；进度滞后须写存在问题；填报日期须在本期次内；“汇总”表随填写自动更新。",
    summaryTitle: "本单位统计",
    sheetTitle: "重点工作进展",
  },
  cover: {
    title: "方案名称",
    docNumber: "文号",
    issuer: "印发单位",
    date: "印发日期",
    period: "报送期次",
    due: "报送截止",
    mailbox: "报送邮箱",
    schedule: "序时进度",
    howTo: "填报说明",
    howTo1: "1. 只在“进度”表的白色单元格填写：完成状态、完成进度(%)、实际完成值、进展情况、存在问题、下步打算、佐证材料、填报人、联系电话、填报日期。",
    howTo2: "2. 完成状态从下拉列表选择（未启动/正常推进/进度滞后/已完成）；完成进度填0—100的整数；有量化目标的任务填实际完成值。",
    howTo3: "3. 完成状态为“进度滞后”时必须填写存在问题；填报日期须在本期次内。",
    howTo4: "4. 请勿增删行列、修改任务内容或其他单位的行；灰色单元格已锁定。",
    howTo5: "5. 请于{due}前将填好的本文件发送至{mailbox}。",
    legend: "颜色说明",
    legendGreen: "绿灯：已完成，或落后序时进度不到{yellow}个百分点",
    legendYellow: "黄灯：落后序时进度{yellow}—{red}个百分点",
    legendRed: "红灯：落后序时进度超过{red}个百分点，或已逾期未完成",
    legendMissing: "橙色：必填而未填（如进度滞后未写存在问题）",
    legendInput: "白色：需要填写的单元格",
    version: "台账版本",
    planId: "方案标识",
    unknown: "（未识别）",
    mailboxUnset: "报送邮箱",
    label: "项目",
    value: "内容",
  },
  status: { "not-started": "未启动", "on-track": "正常推进", lagging: "进度滞后", done: "已完成" },
  role: { lead: "牵头", co: "责任" },
  review: { approved: "同意", returned: "退回补充" },
  unitKind: { department: "部门", township: "乡镇街道", collective: "集合", other: "其他" },
  comparator: { approx: "左右", gte: "以上", lte: "以内", eq: "等于" },
  validation: {
    statusTitle: "完成状态",
    status: "请从下拉列表选择：未启动、正常推进、进度滞后、已完成。",
    statusError: "只能选择：未启动、正常推进、进度滞后、已完成。",
    percentTitle: "完成进度",
    percent: "请填写0—100的整数（百分比，不带%）。",
    percentError: "完成进度须为0—100的整数。",
    actualTitle: "实际完成值",
    actual: "请填写截至本期的实际完成数值（与目标同一计量单位）。",
    actualError: "实际完成值须为数字。",
    textTitle: "文字说明",
    text: "请简要填写，不超过{max}字。",
    textError: "内容过长，不能超过{max}字。",
    problems: "进度滞后时必须填写存在问题，不超过{max}字。",
    evidence: "填写佐证材料的文件名或链接，不超过{max}字。",
    reporter: "填写填报人姓名。",
    phoneTitle: "联系电话",
    phone: "填写手机或座机号码（7—20位）。",
    phoneError: "联系电话须为7—20个字符。",
    dateTitle: "填报日期",
    date: "填写本期次内的日期，如{example}。",
    dateError: "填报日期须在{start}至{end}之间。",
    reviewTitle: "审核意见",
    review: "督查室填写：同意 或 退回补充。",
    reviewError: "只能选择：同意、退回补充。",
    emailTitle: "电子邮箱",
    email: "填写接收台账的电子邮箱。",
    emailError: "电子邮箱须包含@。",
    leaderTitle: "职务",
    leader: "填写该领导的职务，如“副区长”。",
    members: "集合单位的成员单位，每行一个。",
  },
};

const en: WorkbookLabels = {
  sheets: { cover: "About", tasks: "Tasks", leaders: "Leaders", units: "Units", assignments: "Assignments", progress: "Progress", targets: "Targets", summary: "Summary", exports: "Exports", returns: "Returns", lists: "Lists", meta: "_meta" },
  tasks: { no: "No.", section: "Section", subsection: "Subsection", text: "Task", leaders: "Lead leaders", leadUnits: "Lead units", coUnits: "Co-units", targets: "Targets", deadline: "Deadline", status: "Task status" },
  leaders: { name: "Name", title: "Position", taskCount: "Tasks", taskNos: "Task numbers", notStarted: "Not started", onTrack: "On track", lagging: "Behind", done: "Completed" },
  units: { name: "Unit", kind: "Kind", aliases: "Aliases", leadCount: "Lead tasks", coCount: "Co-tasks", contact: "Contact", phone: "Phone", email: "E-mail", members: "Member units" },
  assignments: { key: "Row key", no: "No.", unit: "Unit", role: "Role", group: "Group" },
  progress: {
    key: "Row key",
    no: "No.",
    text: "Task",
    unit: "Unit",
    role: "Role",
    deadline: "Deadline",
    status: "Status",
    percent: "Progress (%)",
    actual: "Actual value",
    progress: "Progress made",
    problems: "Problems",
    nextSteps: "Next steps",
    evidence: "Evidence",
    reporter: "Reported by",
    phone: "Phone",
    reportDate: "Report date",
    review: "Review",
  },
  targets: { no: "No.", task: "Task", indicator: "Indicator", comparator: "Comparator", value: "Target", measure: "Measure", actual: "Actual", ratio: "Completion" },
  summary: {
    name: "Name",
    lead: "As lead",
    co: "As co-unit",
    total: "Total",
    notStarted: "Not started",
    onTrack: "On track",
    lagging: "Behind",
    done: "Completed",
    unreported: "Not reported",
    doneRate: "Completion rate",
    behind: "Behind schedule",
    overdue: "Overdue",
    byUnit: "1. By unit",
    byGroup: "Groups (sum of their member units; not in the total above)",
    groupName: "Group",
    byLeader: "2. By lead leader",
    bySection: "3. By section",
    unitName: "Unit",
    leaderName: "Lead leader",
    sectionName: "Section",
    tasks: "Tasks",
    totals: "Total",
    asOf: "As of",
    noSection: "(no section)",
  },
  lists: { status: "Status", role: "Role", review: "Review" },
  exports: {
    exportId: "Export id",
    unit: "Unit",
    file: "File",
    period: "Period",
    key: "Row key",
    hash: "Content hash",
    time: "Exported at",
    status: "Status",
    percent: "Progress (%)",
    actual: "Actual value",
    progress: "Progress made",
    problems: "Problems",
    nextSteps: "Next steps",
    evidence: "Evidence",
    reporter: "Reported by",
    phone: "Phone",
    reportDate: "Report date",
  },
  returns: { unit: "Unit", period: "Period" },
  unitCover: {
    unit: "Reporting unit",
    tasks: "Your tasks",
    rows: "{lead} as lead, {co} as co-unit, {rows} rows in all (sheet Progress, lead tasks first)",
    exportId: "Export id",
    sendBack: "Send this file back to {mailbox} by {due} as an attachment; do not rename it or save it in another format.",
    sendBackNoMailbox: "Send this file back to the supervision office by {due}; do not rename it or save it in another format.",
    howToUnit1: "1. This file holds only your unit's tasks; fill in only the white cells of the Progress sheet, grey cells are locked.",
    howToUnit2: "2. What you reported before is already filled in: update it rather than retype it.",
    keepName: "3. Pick the status from the list; a task that is Behind needs its problems; the report date must fall within the period; the Summary sheet updates as you type.",
    summaryTitle: "Your unit",
    sheetTitle: "progress report",
  },
  cover: {
    title: "Plan",
    docNumber: "Document number",
    issuer: "Issued by",
    date: "Issue date",
    period: "Reporting period",
    due: "Due by",
    mailbox: "Send to",
    schedule: "Schedule to date",
    howTo: "How to fill in",
    howTo1: "1. Fill in only the white cells of the Progress sheet: status, progress (%), actual value, progress made, problems, next steps, evidence, reported by, phone, report date.",
    howTo2: "2. Pick the status from the dropdown (Not started / On track / Behind / Completed); progress is a whole number 0–100; tasks with a numeric target need the actual value.",
    howTo3: "3. A task that is Behind needs its problems described; the report date must fall within the period.",
    howTo4: "4. Do not add or delete rows or columns, or edit task text or other units' rows; grey cells are locked.",
    howTo5: "5. Send the filled-in file to {mailbox} by {due}.",
    legend: "Colours",
    legendGreen: "Green: completed, or fewer than {yellow} points behind the schedule",
    legendYellow: "Yellow: {yellow}–{red} points behind the schedule",
    legendRed: "Red: more than {red} points behind the schedule, or overdue",
    legendMissing: "Orange: required but empty (e.g. problems of a task that is behind)",
    legendInput: "White: cells to fill in",
    version: "Workbook version",
    planId: "Plan id",
    unknown: "(not found)",
    mailboxUnset: "the mailbox above",
    label: "Item",
    value: "Value",
  },
  status: { "not-started": "Not started", "on-track": "On track", lagging: "Behind", done: "Completed" },
  role: { lead: "Lead", co: "Co-unit" },
  review: { approved: "Approved", returned: "Returned" },
  unitKind: { department: "Department", township: "Town/subdistrict", collective: "Group", other: "Other" },
  comparator: { approx: "about", gte: "at least", lte: "at most", eq: "equal" },
  validation: {
    statusTitle: "Status",
    status: "Pick from the list: Not started, On track, Behind, Completed.",
    statusError: "Only Not started, On track, Behind or Completed.",
    percentTitle: "Progress",
    percent: "A whole number 0–100 (percent, without %).",
    percentError: "Progress must be a whole number 0–100.",
    actualTitle: "Actual value",
    actual: "The value reached so far (same measure as the target).",
    actualError: "The actual value must be a number.",
    textTitle: "Text",
    text: "Briefly, at most {max} characters.",
    textError: "Too long: at most {max} characters.",
    problems: "Required when the task is behind; at most {max} characters.",
    evidence: "File name or link of the evidence; at most {max} characters.",
    reporter: "Name of the person reporting.",
    phoneTitle: "Phone",
    phone: "Mobile or landline number (7–20 characters).",
    phoneError: "The phone number must have 7–20 characters.",
    dateTitle: "Report date",
    date: "A date within the period, e.g. {example}.",
    dateError: "The report date must be between {start} and {end}.",
    reviewTitle: "Review",
    review: "Office only: Approved or Returned.",
    reviewError: "Only Approved or Returned.",
    emailTitle: "E-mail",
    email: "The address that receives the workbook.",
    emailError: "An e-mail address must contain @.",
    leaderTitle: "Position",
    leader: "The leader's position, e.g. deputy district head.",
    members: "Members of a group unit, one per line.",
  },
};

export const WORKBOOK_LABELS: Record<Lang, WorkbookLabels> = { "zh-CN": zh, en };

/** Fill `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
