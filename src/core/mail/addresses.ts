/** From/To addresses: `显示名 <addr>` with the display name RFC 2047-encoded when it is not plain ASCII. */
import { encodeWords, isPlainHeaderText } from "./encoded-words";

/** One mailbox; `name` is the display name shown to the recipient (e.g. `区政府督查室`). */
export interface MailAddress {
  readonly name?: string;
  readonly address: string;
}

/** An ASCII `local@domain` with nothing that could break out of a header (spaces, brackets, CR/LF). */
const ADDRESS = /^[!#-'*+\-/-9=?A-Z^-~.]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
/** RFC 5322 `specials`: a plain display name holding one of these must be quoted. */
const SPECIALS = /[()<>[\]:;@\\,."]/;

/** True when `address` is an address we can put in a header without encoding. */
export function isMailAddress(address: string): boolean {
  return ADDRESS.test(address);
}

/** Header tokens for a list of mailboxes, commas included, ready for `foldHeader`. */
export function addressTokens(mailboxes: readonly MailAddress[]): string[] {
  const tokens: string[] = [];
  mailboxes.forEach((m, i) => {
    // Callers validate addresses from settings with isMailAddress; reaching here with a bad one is a bug.
    if (!isMailAddress(m.address)) throw new RangeError(`Not a mail address: ${JSON.stringify(m.address)}`);
    const last = i === mailboxes.length - 1 ? "" : ",";
    const name = m.name ?? "";
    if (name === "") {
      tokens.push(`<${m.address}>${last}`);
      return;
    }
    tokens.push(...displayName(name), `<${m.address}>${last}`);
  });
  return tokens;
}

function displayName(name: string): string[] {
  if (!isPlainHeaderText(name)) return encodeWords(name);
  if (!SPECIALS.test(name)) return name.split(" ");
  // Folding may break a quoted string at its spaces (FWS is allowed inside one, RFC 5322 §3.2.4).
  return `"${name.replace(/["\\]/g, "\\$&")}"`.split(" ");
}
