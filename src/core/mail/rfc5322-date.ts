/** Dates for the `Date:` header (RFC 5322 §3.3), always in UTC so output does not depend on the machine. */

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** `Sat, 28 Nov 2026 08:05:09 +0000`. */
export function rfc5322Date(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid Date for a mail header");
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}
