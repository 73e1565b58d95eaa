/** ECMA-376 agile password hash (SHA-512, salted, iterated) for workbook structure protection. */
import { createHash, randomBytes } from "crypto";

export interface PasswordHash {
  algorithmName: "SHA-512";
  hashValue: string;
  saltValue: string;
  spinCount: number;
}

export function passwordHash(password: string, spinCount = 100000, salt: Buffer = randomBytes(16)): PasswordHash {
  let h = createHash("sha512").update(Buffer.concat([salt, Buffer.from(password, "utf16le")])).digest();
  const iter = Buffer.alloc(4);
  for (let i = 0; i < spinCount; i++) {
    iter.writeUInt32LE(i, 0);
    h = createHash("sha512").update(Buffer.concat([h, iter])).digest();
  }
  return { algorithmName: "SHA-512", hashValue: h.toString("base64"), saltValue: salt.toString("base64"), spinCount };
}
