/** Rule `leaders`: `王惠峰、高红平` → names; a role (`分管副区长`) stays whole; `同志` and notes in brackets go. */
import { dropCjkSpaces, splitOutsideBrackets, toHalfWidth } from "../text/chars";

const ROLE = /(书记|[省市县区州旗盟]长|主任|主席|部长|局长|秘书长|常务|分管|领导|政委|司令|院长|检察长|委员|负责同志)/;
/** Places and bodies are never people: `茌平区`, `区政府办公室`. */
const PLACE_OR_BODY = /([省市县区州旗镇乡]|街道|政府|办公室|局|委|办|部|中心|单位|部门)$/;
const PERSON = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}$/;

export interface LeaderRef {
  name: string;
  kind: "person" | "role";
}

export function splitLeaders(value: string): LeaderRef[] {
  const parts = splitOutsideBrackets(toHalfWidth(value), /[、，,；;/／]/).flatMap((p) => {
    const t = p.trim();
    // `王惠峰 高红平`: names separated by spaces only.
    const bySpace = t.split(/\s+/);
    return bySpace.length > 1 && bySpace.every((x) => /^[\u4e00-\u9fff·]{2,4}$/.test(x)) ? bySpace : [t];
  });
  const out: LeaderRef[] = [];
  for (const p of parts) {
    let name = dropCjkSpaces(p)
      .replace(/[（(][^）)]*[）)]/g, "")
      .replace(/同志$/, "")
      .replace(/等$/, "")
      .replace(/^[：:。.\s]+|[：:。.\s]+$/g, "");
    if (!name) continue;
    name = name.replace(/[(]/g, "（").replace(/[)]/g, "）");
    const kind = PERSON.test(name) && !ROLE.test(name) && !PLACE_OR_BODY.test(name) ? "person" : "role";
    if (!out.some((o) => o.name === name)) out.push({ name, kind });
  }
  return out;
}
