/** A bounded memo for list-splitting rules: same input → a fresh copy of the same list. */
export function memoizeList<T>(fn: (value: string) => T[], limit = 50_000): (value: string) => T[] {
  const memo = new Map<string, readonly T[]>();
  return (value: string): T[] => {
    let hit = memo.get(value);
    if (!hit) {
      if (memo.size >= limit) memo.clear();
      hit = fn(value);
      memo.set(value, hit);
    }
    return [...hit];
  };
}
