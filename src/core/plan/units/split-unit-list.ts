/**
 * Rule `unit-list`: split a list of units on `、` `，` `；` (and ASCII forms) without breaking
 * collectives (`各乡镇人民政府、街道办事处`, `各县、市、区政府`), bracketed parts
 * (`各县（市、区）人民政府`, `区发展改革局（区地方金融监管局）`), and dropping a trailing `等`.
 */
import { dropCjkSpaces, splitOutsideBrackets, toHalfWidth } from "../text/chars";

/** A collective's opening word: "all", "the relevant", "directly under the district" … */
const COLLECTIVE_HEAD = /^(各|有关|相关|全[区县市省]|[区县市省]直|其他|其它|所属)/;
/** An item that names only a kind of body, no proper name: it continues the collective before it. */
const GENERIC_ITEM =
  /^(?:[县市区乡镇旗州]|县市区|县区|市区|乡镇|乡|镇|街道|社区|村|园区|开发区|功能区)?(?:人民政府|政府|办事处|街道办事处|街道办|党委|党委政府|管委会|部门|单位)?$/;
/** The bare administrative levels that a collective enumerates: `各县、市、区政府`. */
const BARE_LEVEL = /^(?:[县市区乡镇旗]|乡镇|街道|县市区)$/;

/** A unit as written (trimmed) and its clean name; `lead` when the list marks it `（牵头）`. */
export interface WrittenUnit {
  written: string;
  name: string;
  lead?: boolean;
}

/** A role note after a name in a list: `市发展改革委（牵头）`, `市财政局（配合）`. */
const ROLE_NOTE = /[（(]\s*(牵头|牵头单位|牵头部门|主办|主责|配合|配合单位|协办|参与)\s*[）)]$/;

export function splitUnitList(value: string): string[] {
  return splitUnitListWritten(value).map((u) => u.name);
}

export function splitUnitListWritten(value: string): WrittenUnit[] {
  const raw = splitOutsideBrackets(value, /[、，,；;\n]/).map((s) => s.trim()).filter((s) => s.length > 0);
  const out: string[] = [];
  for (const item of raw) {
    const prev = out[out.length - 1];
    if (prev !== undefined && continuesCollective(prev, item)) {
      out[out.length - 1] = `${prev}、${item}`;
      continue;
    }
    out.push(item);
  }
  return out
    .map((item): WrittenUnit => {
      const note = ROLE_NOTE.exec(item.trim());
      const w = note ? item.trim().slice(0, note.index) : item;
      const unit: WrittenUnit = { written: w.replace(/^[：:、，,；;。.\s]+|[：:、，,；;。.\s]+$/g, "").replace(/等$/, "").trim(), name: cleanUnitName(w) };
      if (note && /牵头|主办|主责/.test(note[1]!)) unit.lead = true;
      return unit;
    })
    .filter((u) => u.name.length > 0);
}

function continuesCollective(prev: string, item: string): boolean {
  if (!COLLECTIVE_HEAD.test(prev)) return false;
  if (item === "" || !GENERIC_ITEM.test(item)) return false;
  // `各县、市、区政府`: the collective so far must itself be generic after its head word.
  const body = prev.replace(COLLECTIVE_HEAD, "").split("、").pop() ?? "";
  return GENERIC_ITEM.test(body) || BARE_LEVEL.test(body) || /(人民政府|政府|单位|部门)$/.test(body);
}

/** Spaces, widths and a trailing `等` are not part of a name. */
export function cleanUnitName(name: string): string {
  let n = dropCjkSpaces(toHalfWidth(name).replace(/[(]/g, "（").replace(/[)]/g, "）"));
  n = n.replace(/^[：:、，,；;。.\s]+|[：:、，,；;。.\s]+$/g, "");
  n = n.replace(/(?:等(?:有关|相关)?(?:单位|部门)?)$/, (m) => (n.length > m.length ? "" : m));
  return n.replace(/[：:、，,；;。.\s]+$/g, "");
}
