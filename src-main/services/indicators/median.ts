/**
 * The median of `values`: the middle one, or the mean of the two middle ones when their number is
 * even; null when there are none (a median of nobody is not zero). `values` is left as it was.
 */
export function median(values: ArrayLike<number>): number | null {
  // A typed array sorts numerically (Array#sort would compare as text: 10 before 9).
  const sorted = Float64Array.from(values).sort();
  return medianOfSorted(sorted, sorted.length);
}

/** The median of the first `length` values of `sorted`, already in order (either way); null when `length` is 0. */
export function medianOfSorted(sorted: ArrayLike<number>, length: number): number | null {
  if (length === 0) {
    return null;
  }
  const middle = Math.floor(length / 2);
  return length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
