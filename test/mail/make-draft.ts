/** Test-data factory for draft e-mails: a typical supervision-office mail-out, overridable per test. */
import type { DraftMail, MailAttachment } from "../../src/core/mail/build-draft-eml";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function makeAttachment(overrides: Partial<MailAttachment> = {}): MailAttachment {
  return {
    fileName: "区发展改革局-2024年3月-重点工作进展.xlsx",
    data: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 0xff]),
    ...overrides,
  };
}

export function makeDraft(overrides: Partial<DraftMail> = {}): DraftMail {
  return {
    from: { name: "聊城市茌平区人民政府办公室督查室", address: "ducha@chiping.gov.cn" },
    to: { name: "区发展改革局", address: "fgj@chiping.gov.cn" },
    subject: "【请于3月25日前报送】2024年区政府工作报告重点工作任务3月份进展情况",
    textBody:
      "区发展改革局：\n\n请于2024年3月25日前填写附件中贵单位牵头和配合的重点工作任务进展情况，并回复本邮件。\n\n区政府督查室\n联系电话：0635-4261234",
    attachments: [makeAttachment()],
    date: new Date(Date.UTC(2024, 2, 18, 1, 2, 3)),
    ...overrides,
  };
}
