import ExcelJS from "exceljs";
import fc from "fast-check";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { buildDraftEml } from "../../src/core/mail/build-draft-eml";
import { makeAttachment, makeDraft, XLSX_TYPE } from "./make-draft";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const parse = (eml: string): Promise<ParsedMail> => simpleParser(eml);
const firstAddress = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value;
/** mailparser hands text back with LF line ends; the draft carries CRLF as MIME requires. */
const lf = (s: string) => s.replace(/\r\n|\r/g, "\n");

/** Every physical line of the message, checking CRLF endings on the way. */
function linesOf(eml: string): string[] {
  expect(eml.endsWith("\r\n")).toBe(true);
  expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // no bare CR or LF anywhere
  return eml.slice(0, -2).split("\r\n");
}

/** A real .xlsx from ExcelJS, the kind of file the mail-out attaches. */
async function makeXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("重点工作进展");
  ws.addRow(["序号", "重点任务", "完成状态"]);
  ws.addRow([1, "地区生产总值增长6%左右。", "正常推进"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("buildDraftEml", () => {
  it("round-trips a Chinese mail-out through mailparser", async () => {
    const data = await makeXlsx();
    const draft = makeDraft({ attachments: [makeAttachment({ data, contentType: XLSX_TYPE })] });
    const mail = await parse(buildDraftEml(draft));

    expect(mail.subject).toBe(draft.subject);
    expect(firstAddress(mail.from)).toEqual([
      { name: "聊城市茌平区人民政府办公室督查室", address: "ducha@chiping.gov.cn" },
    ]);
    expect(firstAddress(mail.to)).toEqual([{ name: "区发展改革局", address: "fgj@chiping.gov.cn" }]);
    expect(mail.text).toBe(draft.textBody);
    expect(mail.date?.toISOString()).toBe("2024-03-18T01:02:03.000Z");
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.headers.get("mime-version")).toBe("1.0");
    expect(mail.messageId).toMatch(/^<duban\.[0-9a-z]+\.[0-9a-f]{8}@chiping\.gov\.cn>$/);

    expect(mail.attachments).toHaveLength(1);
    const [att] = mail.attachments;
    expect(att?.filename).toBe("区发展改革局-2024年3月-重点工作进展.xlsx");
    expect(att?.contentType).toBe(XLSX_TYPE);
    expect(att?.contentDisposition).toBe("attachment");
    expect(new Uint8Array(att?.content ?? [])).toEqual(data);

    // The attachment is still a workbook Excel can open.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(att!.content as unknown as ArrayBuffer);
    expect(wb.getWorksheet("重点工作进展")?.getCell("B2").value).toBe("地区生产总值增长6%左右。");
  });

  it("writes the expected headers and MIME structure", () => {
    const eml = buildDraftEml(makeDraft());
    const head = eml.slice(0, eml.indexOf("\r\n\r\n"));
    expect(head).toMatch(/^From: =\?UTF-8\?B\?[^\r]+\r\n/);
    expect(head).toContain("\r\nDate: Mon, 18 Mar 2024 01:02:03 +0000\r\n");
    expect(head).toContain("\r\nMIME-Version: 1.0\r\n");
    expect(head).toContain("\r\nX-Unsent: 1\r\n");
    expect(head).toMatch(/\r\nContent-Type: multipart\/mixed;(\r\n)? boundary="----=_duban_[0-9a-f]{8}_0"$/);
    expect(eml).toContain("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n");
    expect(eml).toContain(`Content-Type: ${XLSX_TYPE};\r\n name="=?UTF-8?B?`);
    expect(eml).toContain("Content-Disposition: attachment;\r\n filename*0*=UTF-8''%E5%8C%BA"); // 区
    expect(buildDraftEml(makeDraft())).toBe(eml); // reproducible
  });

  it("derives the attachment type from the extension when none is given", async () => {
    const mail = await parse(
      buildDraftEml(
        makeDraft({
          attachments: [
            makeAttachment({ fileName: "a.xlsx" }),
            makeAttachment({ fileName: "说明.pdf" }),
            makeAttachment({ fileName: "x.bin" }),
          ],
        }),
      ),
    );
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ["a.xlsx", XLSX_TYPE],
      ["说明.pdf", "application/pdf"],
      ["x.bin", "application/octet-stream"],
    ]);
  });

  const longName =
    "聊城市茌平区高端产业聚集区发展服务中心、区发展改革局（区地方金融监管局）、区商务投资促进局、各乡镇人民政府、街道办事处-2024年第一季度-重点工作进展.xlsx";

  it("keeps a long Chinese file name intact, in both the RFC 2231 and the RFC 2047 form", async () => {
    expect([...longName.replace(/[^\u4e00-\u9fff]/g, "")].length).toBeGreaterThanOrEqual(60);
    const eml = buildDraftEml(makeDraft({ attachments: [makeAttachment({ fileName: longName })] }));
    expect((await parse(eml)).attachments[0]?.filename).toBe(longName);

    // An old client that only knows `name="=?UTF-8?B?…?="` on Content-Type: remove the RFC 2231 form.
    const withoutRfc2231 = eml.replace(
      /Content-Disposition: attachment;(\r\n [^\r]*)+/,
      "Content-Disposition: attachment",
    );
    expect(withoutRfc2231).not.toContain("filename*");
    expect((await parse(withoutRfc2231)).attachments[0]?.filename).toBe(longName);

    // And one that only knows RFC 2231: remove `name=`.
    const withoutRfc2047 = eml.replace(/(Content-Type: [^;\r]+);(\r\n [^\r]*)+/, "$1");
    expect(withoutRfc2047).not.toContain('name="');
    expect((await parse(withoutRfc2047)).attachments[0]?.filename).toBe(longName);
  });

  it("keeps every line within 76 characters and CRLF-terminated", () => {
    const eml = buildDraftEml(
      makeDraft({
        subject: "关于".repeat(80),
        attachments: [makeAttachment({ fileName: longName, data: new Uint8Array(5000).fill(7) })],
      }),
    );
    // The one exception: the .xlsx MIME type is a single 66-character token, kept on its header line as
    // Thunderbird and Outlook do; that line is 80 characters, far below the hard limit of 998.
    const long = linesOf(eml).filter((line) => line.length > 76);
    expect(long).toEqual([`Content-Type: ${XLSX_TYPE};`]);
  });

  it("splits a long subject into encoded-words of at most 75 characters", () => {
    const subject = "【催报】" + "重点工作任务进展情况😀".repeat(12);
    const eml = buildDraftEml(makeDraft({ subject }));
    const header = /\r\nSubject: ([^\r]*(?:\r\n [^\r]*)*)/.exec(eml)?.[1] ?? "";
    const words = header.split(/\r\n /).flatMap((l) => l.split(" "));
    expect(words.length).toBeGreaterThan(5);
    for (const w of words) {
      expect(w).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      expect(w.length).toBeLessThanOrEqual(75);
      // Each word decodes on its own to valid UTF-8: no character was split between two words.
      const bytes = Buffer.from(w.slice(10, -2), "base64");
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
    }
  });

  it("handles several recipients, ASCII names needing quotes, and an empty body", async () => {
    const draft = makeDraft({
      to: [
        { name: "Wang, Hui", address: "w@x.cn" },
        { address: "bare@x.cn" },
        { name: "区财政局", address: "czj@x.cn" },
      ],
      textBody: "",
      attachments: [],
      subject: "Monthly report",
    });
    const eml = buildDraftEml(draft);
    expect(eml).toContain('To: "Wang, Hui" <w@x.cn>, <bare@x.cn>,');
    expect(eml).toContain("\r\nSubject: Monthly report\r\n");
    const mail = await parse(eml);
    expect(firstAddress(mail.to)).toEqual([
      { name: "Wang, Hui", address: "w@x.cn" },
      { name: "", address: "bare@x.cn" },
      { name: "区财政局", address: "czj@x.cn" },
    ]);
    expect(mail.subject).toBe("Monthly report");
    expect(mail.text ?? "").toBe("");
    expect(mail.attachments).toEqual([]);
  });

  it("refuses values that would break the headers (programming errors, not user data)", () => {
    expect(() => buildDraftEml(makeDraft({ to: { address: "a@b.cn>\r\nBcc: x@y.cn" } }))).toThrow(RangeError);
    expect(() => buildDraftEml(makeDraft({ from: { address: "不是邮箱" } }))).toThrow(RangeError);
    expect(() => buildDraftEml(makeDraft({ messageId: "<a@b>\r\nX: y" }))).toThrow(RangeError);
    expect(() =>
      buildDraftEml(makeDraft({ attachments: [makeAttachment({ contentType: "text/plain\r\nX: y" })] })),
    ).toThrow(RangeError);
    expect(() => buildDraftEml(makeDraft({ attachments: [makeAttachment({ fileName: "" })] }))).toThrow(
      RangeError,
    );
    expect(() => buildDraftEml(makeDraft({ date: new Date(NaN) }))).toThrow(RangeError);
  });

  it("uses a given Message-ID", async () => {
    const mail = await parse(buildDraftEml(makeDraft({ messageId: "<2024-03.fgj@chiping.gov.cn>" })));
    expect(mail.messageId).toBe("<2024-03.fgj@chiping.gov.cn>");
  });

  // Text mailparser gives back unchanged: no lone surrogates (UTF-8 cannot carry them) and, for headers,
  // no control characters or edge whitespace (header parsers trim and unfold; that is not ours to fix).
  // eslint-disable-next-line no-control-regex -- header parsers drop control characters; keep them out
  const HEADER_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u00ad]/g;
  const wellFormed = (s: string) => s.replace(LONE_SURROGATE, "\ufffd");
  const headerText = fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(...'区政府督查室，、（）【】 abc=?_"\\'),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 120,
    })
    .map((s) => wellFormed(s).replace(HEADER_UNSAFE, "x").replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");

  it("round-trips random Unicode subjects, names, bodies and bytes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        headerText,
        headerText,
        fc.string({ unit: "grapheme", maxLength: 300 }).map(wellFormed),
        headerText.map((s) => s.replace(/[\\/:*?"<>|]/g, "_") + ".xlsx"),
        fc.uint8Array({ maxLength: 2000 }),
        async (subject, name, body, fileName, data) => {
          const eml = buildDraftEml(
            makeDraft({
              subject,
              to: { name, address: "u@x.cn" },
              textBody: body,
              attachments: [makeAttachment({ fileName, data })],
            }),
          );
          for (const line of linesOf(eml)) expect(line.length).toBeLessThanOrEqual(998);
          const mail = await parse(eml);
          expect(mail.subject).toBe(subject);
          expect(firstAddress(mail.to)).toEqual([{ name, address: "u@x.cn" }]);
          expect(mail.text ?? "").toBe(lf(body));
          expect(mail.attachments[0]?.filename).toBe(fileName);
          expect(new Uint8Array(mail.attachments[0]?.content ?? [])).toEqual(data);
        },
      ),
      { numRuns: 300 },
    );
  });
});
