// A short code that identifies a case on paper (talon, stub) and can be typed
// back into search: 40 bits of the case id in Crockford base32, "K7M2-9QXD".
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function caseShortCode(caseId: string): string {
  const hex = caseId.replace(/-/g, '').slice(0, 10);
  if (!/^[0-9a-f]{10}$/i.test(hex)) throw new RangeError(`not a case id: "${caseId}"`);
  let value = BigInt(`0x${hex}`);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = ALPHABET[Number(value & 31n)] + code;
    value >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Normalises what a clerk typed (lower case, O for 0, I/L for 1, no dash) to the printed form. */
export function normaliseShortCode(typed: string): string | null {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(clean)) return null;
  return `${clean.slice(0, 4)}-${clean.slice(4)}`;
}
