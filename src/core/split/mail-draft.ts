/** The e-mail that carries a unit's file: a draft (.eml, X-Unsent) with a Chinese subject and body naming the deadline. */
import type { Lang } from "../i18n/lang";
import { buildDraftEml, type MailAddress } from "../mail/build-draft-eml";
import { splitMessage } from "./messages";
import type { SplitTarget } from "./select-units";

export interface UnitMailInput {
  lang: Lang;
  kind: "send" | "remind";
  target: SplitTarget & { email: string };
  from: MailAddress;
  fileName: string;
  data: Uint8Array;
  /** Plan title, period label, due date `YYYY-MM-DD`. */
  title: string;
  period: string;
  due: string;
  date: Date;
  /** The date under the signature, `YYYY-MM-DD` in the office's time zone (the core has no clock or zone). */
  dateText: string;
}

/** `2024-03-25` as a reader writes it: `2024年3月25日` in Chinese, unchanged in English. */
export function dueText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return lang === "zh-CN" && m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** Subject and body of the draft. */
export function unitMailText(m: Omit<UnitMailInput, "data" | "from" | "date"> & { fromName: string; dateText: string }): { subject: string; body: string } {
  const t = m.target;
  const p = { unit: t.unit, due: dueText(m.due, m.lang), period: m.period, file: m.fileName, rows: t.rows, lead: t.lead, co: t.co, title: m.title };
  const subject = splitMessage(m.kind === "remind" ? "remind-subject" : "mail-subject", m.lang, p);
  const greeting = t.contact !== null ? splitMessage("mail-greeting-contact", m.lang, { contact: t.contact }) : splitMessage("mail-greeting-unit", m.lang, { unit: t.unit });
  const text = splitMessage(m.kind === "remind" ? "remind-body" : "mail-body", m.lang, p);
  const signature = splitMessage("mail-signature", m.lang, { from: m.fromName, date: m.dateText });
  return { subject, body: `${greeting}\n\n${text}\n\n${signature}\n` };
}

/** The .eml text. */
export function unitMailEml(m: UnitMailInput): string {
  const fromName = m.from.name ?? splitMessage("from-name", m.lang);
  const { subject, body } = unitMailText({ ...m, fromName });
  return buildDraftEml({
    from: { name: fromName, address: m.from.address },
    to: { name: m.target.unit, address: m.target.email },
    subject,
    textBody: body,
    attachments: [{ fileName: m.fileName, data: m.data }],
    date: m.date,
  });
}
