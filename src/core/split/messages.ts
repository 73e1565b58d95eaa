/** Everything `duban split` says — problems, notes, e-mail text, manifest headers — per language. */
import type { Catalogue, Lang } from "../i18n/lang";

export type SplitMessageCode =
  | "unit-unknown"
  | "unit-no-rows"
  | "units-empty"
  | "output-missing"
  | "from-invalid"
  | "from-missing"
  | "password-required"
  | "password-wrong"
  | "password-not-set"
  | "collective-without-members"
  | "no-address"
  | "progress-line"
  | "done-line"
  | "backup"
  | "remind-none"
  | "not-exported"
  | "read-problems"
  | "mail-subject"
  | "mail-body"
  | "remind-subject"
  | "remind-body"
  | "mail-greeting-contact"
  | "mail-greeting-unit"
  | "mail-signature"
  | "from-name"
  | "file-suffix"
  | "manifest-header"
  | "note-no-address"
  | "note-collective"
  | "note-remind";

type P = Record<string, string | number>;

export const SPLIT_MESSAGES: Catalogue<SplitMessageCode, P> = {
  "zh-CN": {
    "unit-unknown": (p) => `--units 中的“${p.name}”不是本台账的单位${p.suggestions ? `；是否指：${p.suggestions}` : ""}`,
    "unit-no-rows": (p) => `--units 中的“${p.name}”在本台账中没有任务，无需分发`,
    "units-empty": () => `没有需要分发的单位（没有单位承担任务）`,
    "output-missing": () => `缺少输出目录：请用 -o 目录 指定`,
    "from-invalid": (p) => `发件地址“${p.value}”不像邮箱地址`,
    "from-missing": () => `有单位留有邮箱，但台账未设报送邮箱：请用 --from 指定发件地址`,
    "password-required": (p) => `${p.file} 设有保护密码：请用 --password 提供同一密码，才能改写总台账和生成单位文件`,
    "password-wrong": (p) => `--password 与 ${p.file} 的保护密码不一致`,
    "password-not-set": (p) => `${p.file} 没有设保护密码；单位文件和总台账将按 --password 加密码保护`,
    "collective-without-members": (p) => `“${p.name}”是集合单位，单位通讯录未列其成员单位：只生成一个文件，发给该集合（在“单位”表的成员单位列填写成员后重新分发，可按成员拆分）`,
    "no-address": (p) => `${p.count} 个单位没有邮箱，未生成邮件草稿：${p.names}`,
    "progress-line": (p) => `[${p.i}/${p.n}] ${p.unit}：${p.rows} 行 → ${p.file}`,
    "done-line": (p) => `已分发 ${p.files} 个单位文件到 ${p.dir}（${p.rows} 行），邮件草稿 ${p.drafts} 封；清单 ${p.manifest}；总台账已更新 ${p.master}`,
    backup: (p) => `原总台账已备份为 ${p.file}`,
    "remind-none": (p) => `${p.period} 没有需要催报的单位（已分发的单位都已报送，或本期尚未分发）`,
    "not-exported": (p) => `${p.count} 个单位本期尚未分发，不催报（请先运行不带 --remind 的 duban split）：${p.names}`,
    "read-problems": (p) => `总台账“进度”表有 ${p.count} 处无效内容，已按空白处理`,
    "mail-subject": (p) => `【请于${p.due}前报送】${p.period}重点工作进展——${p.unit}`,
    "remind-subject": (p) => `【催报】请于${p.due}前报送${p.period}重点工作进展——${p.unit}`,
    "mail-greeting-contact": (p) => `${p.contact}同志：`,
    "mail-greeting-unit": (p) => `${p.unit}：`,
    "mail-body": (p) =>
      `您好！现将《${p.title}》中贵单位承担的重点工作任务进展填报表发送给您，请查收附件“${p.file}”。\n\n` +
      `本期为${p.period}，共 ${p.rows} 行（牵头 ${p.lead} 项，配合 ${p.co} 项）。请于 ${p.due} 前在附件“进度”表的白色单元格中填写，` +
      `填好后直接回复本邮件将附件发回。请勿修改文件名，请勿增删行列或另存为其他格式。以前报送的内容已预先填入，请在原内容基础上更新。\n\n` +
      `如有疑问，请与督查室联系。`,
    "remind-body": (p) =>
      `您好！贵单位${p.period}重点工作进展（共 ${p.rows} 行）尚未报送，报送截止日期为 ${p.due}。` +
      `请尽快在附件“${p.file}”的“进度”表白色单元格中填写，填好后直接回复本邮件将附件发回。以前报送的内容已预先填入。\n\n` +
      `如已报送，请忽略本邮件。`,
    "mail-signature": (p) => `${p.from}\n${p.date}`,
    "from-name": () => `督查室`,
    "file-suffix": () => `重点工作进展`,
    "manifest-header": () => `单位,文件,邮箱,行数,邮件草稿,备注`,
    "note-no-address": () => `无邮箱，请另行发送`,
    "note-collective": () => `集合单位，未列成员单位`,
    "note-remind": () => `催报`,
  },
  en: {
    "unit-unknown": (p) => `"${p.name}" in --units is not a unit of this workbook${p.suggestions ? `; did you mean: ${p.suggestions}` : ""}`,
    "unit-no-rows": (p) => `"${p.name}" in --units has no tasks in this workbook; nothing to send`,
    "units-empty": () => `no unit to send to (no unit has tasks)`,
    "output-missing": () => `missing output folder: give it with -o DIR`,
    "from-invalid": (p) => `"${p.value}" does not look like an e-mail address`,
    "from-missing": () => `some units have an e-mail address but the workbook has no mailbox: give a sender with --from`,
    "password-required": (p) => `${p.file} has a password: give the same one with --password to rewrite it and write the unit files`,
    "password-wrong": (p) => `--password does not match the password of ${p.file}`,
    "password-not-set": (p) => `${p.file} has no password; the unit files and the master will be protected with --password`,
    "collective-without-members": (p) => `"${p.name}" is a group whose members are not listed: one file goes to the group (list its members on the Units sheet and split again to send one per member)`,
    "no-address": (p) => `${p.count} units have no e-mail address, no draft written: ${p.names}`,
    "progress-line": (p) => `[${p.i}/${p.n}] ${p.unit}: ${p.rows} rows → ${p.file}`,
    "done-line": (p) => `${p.files} unit files written to ${p.dir} (${p.rows} rows), ${p.drafts} e-mail drafts; list ${p.manifest}; master updated ${p.master}`,
    backup: (p) => `the previous master is kept as ${p.file}`,
    "remind-none": (p) => `no unit to remind for ${p.period} (every unit sent a file has returned it, or nothing was sent this period)`,
    "not-exported": (p) => `${p.count} units were not sent this period's file and get no reminder (run duban split without --remind first): ${p.names}`,
    "read-problems": (p) => `${p.count} invalid cells on the master's Progress sheet were read as empty`,
    "mail-subject": (p) => `[Due ${p.due}] ${p.period} progress report — ${p.unit}`,
    "remind-subject": (p) => `[Reminder] ${p.period} progress report due ${p.due} — ${p.unit}`,
    "mail-greeting-contact": (p) => `Dear ${p.contact},`,
    "mail-greeting-unit": (p) => `To ${p.unit},`,
    "mail-body": (p) =>
      `Attached is the progress report of your unit's tasks under "${p.title}": "${p.file}".\n\n` +
      `Period ${p.period}, ${p.rows} rows (${p.lead} as lead, ${p.co} as co-unit). Please fill in the white cells of the Progress sheet by ${p.due} ` +
      `and send the file back by replying to this e-mail. Do not rename the file, add or delete rows, or save it in another format. What you reported before is filled in already.\n\n` +
      `Questions: please contact the supervision office.`,
    "remind-body": (p) =>
      `Your unit's progress report for ${p.period} (${p.rows} rows) has not arrived; it was due ${p.due}. ` +
      `Please fill in the Progress sheet of the attached "${p.file}" and send it back by replying to this e-mail.\n\n` +
      `If you have sent it already, please ignore this message.`,
    "mail-signature": (p) => `${p.from}\n${p.date}`,
    "from-name": () => `Supervision office`,
    "file-suffix": () => `progress report`,
    "manifest-header": () => `Unit,File,E-mail,Rows,Draft,Note`,
    "note-no-address": () => `no e-mail address: send it another way`,
    "note-collective": () => `group without listed members`,
    "note-remind": () => `reminder`,
  },
};

/** The text of one message. */
export function splitMessage(code: SplitMessageCode, lang: Lang, params: P = {}): string {
  return SPLIT_MESSAGES[lang][code](params);
}
