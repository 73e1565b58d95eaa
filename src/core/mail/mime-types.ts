/** MIME types for the attachments we send, by file extension. */

const BY_EXTENSION: Readonly<Record<string, string>> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
  xls: "application/vnd.ms-excel",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  pdf: "application/pdf",
  csv: "text/csv",
  txt: "text/plain",
  zip: "application/zip",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  et: "application/vnd.ms-excel", // WPS spreadsheet, opened by Excel as .xls
};

/** The MIME type for `fileName`'s extension; `application/octet-stream` when unknown. */
export function mimeTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const ext = dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
  return BY_EXTENSION[ext] ?? "application/octet-stream";
}
