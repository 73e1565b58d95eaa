import fc from "fast-check";
import { base64, base64Lines } from "../../src/core/mail/base64";
import { encodeWords, MAX_ENCODED_WORD } from "../../src/core/mail/encoded-words";
import { mimeTypeFor } from "../../src/core/mail/mime-types";
import { rfc5322Date } from "../../src/core/mail/rfc5322-date";
import { splitUtf8 } from "../../src/core/mail/utf8";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

describe("mail encodings (pure, checked against Node's own)", () => {
  it("base64 matches Buffer's for any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(base64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
        const lines = base64Lines(bytes);
        expect(lines.join("")).toBe(Buffer.from(bytes).toString("base64"));
        for (const l of lines) expect(l.length).toBeLessThanOrEqual(76);
      }),
    );
  });

  it("splits text into UTF-8 pieces without cutting a character (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 200 }),
        fc.integer({ min: 4, max: 60 }),
        (text, max) => {
          const pieces = splitUtf8(text, max);
          expect(pieces.join("")).toBe(text);
          for (const p of pieces) {
            expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(max);
            expect(p.codePointAt(0)).not.toBe(undefined);
          }
        },
      ),
    );
  });

  it("encodes words that each decode on their own (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }), (text) => {
        const words = encodeWords(text);
        const decoded = words.map((w) => {
          expect(w.length).toBeLessThanOrEqual(Math.min(75, MAX_ENCODED_WORD));
          return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(w.slice(10, -2), "base64"));
        });
        expect(decoded.join("")).toBe(text.replace(LONE_SURROGATE, "\ufffd"));
      }),
    );
  });

  it("knows the types we attach", () => {
    expect(mimeTypeFor("区财政局-2024年3月-重点工作进展.XLSX")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(mimeTypeFor("方案.docx")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(mimeTypeFor("无扩展名")).toBe("application/octet-stream");
  });

  it("formats dates as RFC 5322 in UTC", () => {
    expect(rfc5322Date(new Date(Date.UTC(2026, 10, 28, 8, 5, 9)))).toBe("Sat, 28 Nov 2026 08:05:09 +0000");
    expect(rfc5322Date(new Date(Date.UTC(2024, 1, 29, 23, 59, 59)))).toBe("Thu, 29 Feb 2024 23:59:59 +0000");
  });
});
