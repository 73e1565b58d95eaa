/**
 * Rule `meta`: the notice (通知) before the plan and the plan's own title. The notice's numbered
 * paragraphs (`一、…`) are not plan sections, so this rule also says where the plan body starts.
 */
import type { SourceLine } from "../text/lines";
import { chineseToInt } from "../text/numerals";
import { markerOf } from "./markers";

export interface MetaResult {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  year: number | null;
  place: string | null;
  /** Index into `lines` where the plan body starts. */
  bodyStart: number;
}

const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s*[〔［[【（(]\s*(\d{4})\s*[〕］\]】）)]\s*(\d{1,4})\s*号/;
const PLAN_TITLE = /(方案|清单|分工表|任务表|台账|责任分解|任务分解|实施意见|任务分工|责任分工|分解表|计划)$/;
const NOTICE_TITLE = /(关于印发|关于下达|的通知$|通知$)/;
const ISSUER_END = /(人民政府|政府|办公室|办公厅|委员会|指挥部|领导小组|管委会)$/;
const CN_DATE = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
const AR_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

const pad = (n: number): string => String(n).padStart(2, "0");

function dateOf(text: string): string | null {
  const t = text.replace(/\s+/g, "");
  const a = AR_DATE.exec(t);
  if (a) return `${a[1]}-${pad(Number(a[2]))}-${pad(Number(a[3]))}`;
  const c = CN_DATE.exec(t);
  if (c) {
    const y = [...c[1]!].map((ch) => String(chineseToInt(ch) ?? 0)).join("");
    return `${y}-${pad(chineseToInt(c[2]!) ?? 0)}-${pad(chineseToInt(c[3]!) ?? 0)}`;
  }
  return null;
}

/** The last place in a name: `聊城市茌平区人民政府` → `茌平区`. */
export function placeOf(s: string): string | null {
  const re = /([\u4e00-\u9fff]{1,3}?)(?:自治县|自治州|区|县|市|旗|州|盟|省)/g;
  let last: string | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (/人民|政府|有关|^各|^[区县市省]/.test(m[0])) continue;
    last = m[0];
  }
  return last;
}

export function extractMeta(lines: SourceLine[]): MetaResult {
  const head = lines.slice(0, Math.min(lines.length, 400));
  let docNumber: string | null = null;
  for (const l of head.slice(0, 60)) {
    const m = DOC_NUMBER.exec(l.text);
    if (m) {
      docNumber = `${m[1]}〔${m[2]}〕${m[3]}号`;
      break;
    }
  }
  const noticeIdx = head.findIndex((l) => l.text.length <= 120 && NOTICE_TITLE.test(l.text) && /方案|通知/.test(l.text));
  const from = noticeIdx >= 0 ? noticeIdx + 1 : 0;
  let titleIdx = -1;
  for (let i = from; i < head.length; i++) {
    const t = head[i]!.text.replace(/[。.：:]$/, "");
    if (!t || t.length > 60 || NOTICE_TITLE.test(t)) continue;
    if (markerOf(t)) continue;
    if (PLAN_TITLE.test(t)) {
      titleIdx = i;
      break;
    }
  }
  // The notice's signature: a date line with the issuer just above it.
  let date: string | null = null;
  let issuer: string | null = null;
  const noticeEnd = titleIdx >= 0 ? titleIdx : noticeIdx >= 0 ? Math.min(head.length, noticeIdx + 80) : 0;
  for (let i = Math.max(0, noticeIdx); i < noticeEnd; i++) {
    const d = dateOf(head[i]!.text);
    if (!d) continue;
    date = d;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const t = head[j]!.text;
      if (!t) continue;
      if (t.length <= 40 && ISSUER_END.test(t)) issuer = t;
      break;
    }
    break;
  }
  const noticeTitle = noticeIdx >= 0 ? head[noticeIdx]!.text : null;
  if (!issuer && noticeTitle) {
    const m = /^(.{2,40}?)\s*关于/.exec(noticeTitle);
    if (m) issuer = m[1]!.trim();
  }
  let title = titleIdx >= 0 ? head[titleIdx]!.text.replace(/[。.]$/, "") : null;
  if (!title && noticeTitle) {
    const m = /(?:关于印发|关于下达)(.+?)(?:的通知)?$/.exec(noticeTitle.replace(/\s+/g, ""));
    if (m) title = m[1]!.replace(/^《|》$/g, "");
  }
  if (title) title = title.replace(/\s+/g, "");
  let bodyStart = 0;
  if (titleIdx >= 0) bodyStart = titleIdx + 1;
  else if (noticeIdx >= 0) {
    // No plan title: the body starts after the notice's date line, if any.
    const dateLine = head.findIndex((l, i) => i > noticeIdx && dateOf(l.text) !== null);
    bodyStart = dateLine >= 0 ? dateLine + 1 : noticeIdx + 1;
  }
  const yearText = [title, noticeTitle].find((t) => t && /(\d{4})年/.test(t));
  const year = yearText ? Number(/(\d{4})年/.exec(yearText)![1]) : date ? Number(date.slice(0, 4)) : docNumber ? Number(/〔(\d{4})〕/.exec(docNumber)![1]) : null;
  const place = (issuer && placeOf(issuer)) || (noticeTitle && placeOf(noticeTitle.replace(/关于.*$/, ""))) || null;
  return { title, docNumber, issuer, date, year, place, bodyStart };
}
