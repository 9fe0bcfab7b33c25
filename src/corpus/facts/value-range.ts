// Whether two stated quantities agree within rounding: 10 000 covers 5 000-15 000 of rounding, 42 500 only ±50.

/** Half the unit of the last significant digit of an integer-valued quantity: 10 000 -> 5 000, 1 300 000 -> 50 000. */
export function roundingTolerance(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const abs = Math.abs(value);
  if (!Number.isInteger(abs)) {
    const decimals = (String(abs).split('.')[1] ?? '').length;
    return 0.5 * 10 ** -decimals;
  }
  let step = 1;
  while (abs % (step * 10) === 0) step *= 10;
  return step / 2;
}

export interface Quantity {
  value: number | null;
  min: number | null;
  max: number | null;
}

/** The interval a quantity stands for, widened by its rounding; null when it holds no number. */
export function intervalOf(q: Quantity): [number, number] | null {
  if (q.value !== null) return [q.value - roundingTolerance(q.value), q.value + roundingTolerance(q.value)];
  const lo = q.min ?? q.max;
  const hi = q.max ?? q.min;
  if (lo === null || hi === null) return null;
  return [lo - roundingTolerance(lo), hi + roundingTolerance(hi)];
}

/** Two quantities agree when their rounded intervals overlap; an absent number agrees with anything. */
export function isValueCompatible(a: Quantity, b: Quantity): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  if (x === null || y === null) return true;
  return x[0] <= y[1] && y[0] <= x[1];
}
