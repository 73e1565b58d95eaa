/** The `--lang` option shared by every command. */
import { LANGS, DEFAULT_LANG, type Lang } from "../core/i18n/lang";
import { UsageError } from "./errors";

export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return DEFAULT_LANG;
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new UsageError(`--lang 只能是 ${LANGS.join(" 或 ")}，收到“${value}”`);
}
