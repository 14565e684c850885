// Amounts as staff type them: "12 500", "12500,50", "12 500.5" (spaces, non-breaking
// spaces, a comma or a point for the decimals; at most two decimals, never negative).

/** The amount typed: a number, `undefined` when nothing was typed, `null` when it is not an amount. */
export function parseAmount(text: string): number | undefined | null {
  const clean = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (clean === '') return undefined;
  return /^\d+(\.\d{1,2})?$/.test(clean) ? Number(clean) : null;
}
