/**
 * A draft e-mail as an .eml file: the supervision office opens it (Outlook: as an unsent draft thanks to
 * `X-Unsent: 1`; Thunderbird and Foxmail open .eml files directly), checks it and presses Send.
 * Everything non-ASCII is encoded, all lines end in CRLF and stay within 76 characters except where a
 * single token is longer (still far below RFC 5322's 998).
 */
import { addressTokens, type MailAddress } from "./addresses";
import { base64Lines } from "./base64";
import { chooseBoundary, fingerprint } from "./boundary";
import { encodeWords, isPlainHeaderText } from "./encoded-words";
import { filenameParamTokens, nameParamTokens } from "./file-name-params";
import { foldHeader } from "./header-fold";
import { mimeTypeFor } from "./mime-types";
import { rfc5322Date } from "./rfc5322-date";
import { utf8 } from "./utf8";

export type { MailAddress } from "./addresses";

/** One attached file; `contentType` defaults to the type for the file name's extension. */
export interface MailAttachment {
  readonly fileName: string;
  readonly contentType?: string;
  readonly data: Uint8Array;
}

/** What a draft holds. `messageId` is generated from the content when absent (`<…@sender-domain>`). */
export interface DraftMail {
  readonly from: MailAddress;
  readonly to: MailAddress | readonly MailAddress[];
  readonly subject: string;
  readonly textBody: string;
  readonly attachments: readonly MailAttachment[];
  readonly date: Date;
  readonly messageId?: string;
}

const CRLF = "\r\n";
/** A MIME type token such as `application/vnd.ms-excel.sheet.macroEnabled.12`. */
const MIME_TYPE = /^[A-Za-z0-9][\w!#$&^.+-]*\/[A-Za-z0-9][\w!#$&^.+-]*$/;
/** A Message-ID `<left@right>` with nothing that could break the header. */
const MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$/;

/** Build the .eml text (RFC 5322 + MIME) of a draft with a text body and attachments. */
export function buildDraftEml(mail: DraftMail): string {
  const to: readonly MailAddress[] = isAddressList(mail.to) ? mail.to : [mail.to];
  const textPart = part(
    ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
    // text/plain is CRLF in canonical form (RFC 2046 §4.1.1), whatever the caller's line ends.
    base64Lines(utf8(mail.textBody.replace(/\r\n|\r|\n/g, CRLF))),
  );
  const attachmentParts = mail.attachments.map(attachmentPart);
  const parts = [textPart, ...attachmentParts];

  const headers = [
    foldHeader("From", addressTokens([mail.from])),
    foldHeader("To", addressTokens(to)),
    foldHeader("Subject", subjectTokens(mail.subject)),
    `Date: ${rfc5322Date(mail.date)}`,
    `Message-ID: ${messageId(mail)}`,
    "MIME-Version: 1.0",
    "X-Unsent: 1",
  ];
  const boundary = chooseBoundary(mail.date.toISOString() + mail.subject, [...headers, ...parts]);
  return [
    ...headers,
    foldHeader("Content-Type", ["multipart/mixed;", `boundary="${boundary}"`]),
    "",
    "This is a multi-part message in MIME format.",
    ...parts.flatMap((p) => [`--${boundary}`, p]),
    `--${boundary}--`,
    "",
  ].join(CRLF);
}

function isAddressList(to: MailAddress | readonly MailAddress[]): to is readonly MailAddress[] {
  return Array.isArray(to);
}

function subjectTokens(subject: string): string[] {
  if (subject === "") return [];
  return isPlainHeaderText(subject) ? subject.split(" ") : encodeWords(subject);
}

function attachmentPart(a: MailAttachment): string {
  if (a.fileName === "") throw new RangeError("An attachment needs a file name");
  const type = a.contentType ?? mimeTypeFor(a.fileName);
  if (!MIME_TYPE.test(type)) throw new RangeError(`Not a MIME type: ${JSON.stringify(type)}`);
  return part(
    [
      foldHeader("Content-Type", [`${type};`, ...nameParamTokens(a.fileName)]),
      "Content-Transfer-Encoding: base64",
      foldHeader("Content-Disposition", ["attachment;", ...filenameParamTokens(a.fileName)]),
    ],
    base64Lines(a.data),
  );
}

/** Headers, a blank line, then body lines; no trailing CRLF (the next boundary line supplies it). */
function part(headers: readonly string[], bodyLines: readonly string[]): string {
  return [...headers, "", ...bodyLines].join(CRLF);
}

function messageId(mail: DraftMail): string {
  if (mail.messageId !== undefined) {
    if (!MESSAGE_ID.test(mail.messageId))
      throw new RangeError(`Not a Message-ID: ${JSON.stringify(mail.messageId)}`);
    return mail.messageId;
  }
  const domain = mail.from.address.slice(mail.from.address.lastIndexOf("@") + 1);
  const recipients = (isAddressList(mail.to) ? mail.to : [mail.to]).map((m) => m.address);
  const seed = fingerprint(
    mail.subject,
    mail.textBody,
    ...recipients,
    ...mail.attachments.map((a) => `${a.fileName}:${a.data.length}`),
  );
  return `<duban.${mail.date.getTime().toString(36)}.${seed}@${domain}>`;
}
