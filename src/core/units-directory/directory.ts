/** The units directory: contacts, e-mail and collective members the office keeps beside the plan (from a CSV). */

export interface UnitContact {
  /** Unit name as the office writes it; matched to plan units by name or alias. */
  name: string;
  contact: string | null;
  phone: string | null;
  email: string | null;
  /** For a collective such as `各乡镇人民政府、街道办事处`: its member units. Members come only from the user. */
  members: string[];
  /** 1-based CSV line. */
  line: number;
}

export interface UnitsDirectory {
  units: UnitContact[];
}

export const EMPTY_DIRECTORY: UnitsDirectory = { units: [] };

/** Fold width, spaces and brackets so `区发展改革局 ` and `区发展改革局` match. */
export function unitMatchKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/等$/, "");
}
