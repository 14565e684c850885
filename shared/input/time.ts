// A time of day as staff type it, always 24-hour "HH:MM": the browser's own time
// input shows "09:00 AM" on a PC whose system speaks English.

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isTimeOfDay = (text: string): boolean => TIME.test(text);

/** What the field shows after a keystroke: digits and one colon, put in after the hours when left out ("0930" → "09:30"). */
export function maskTypedTime(typed: string): string {
  const kept = typed.replace(/[^\d:]/g, '');
  const [hours, ...rest] = kept.split(':');
  if (rest.length > 0) return `${hours.slice(0, 2)}:${rest.join('').slice(0, 2)}`;
  return hours.length > 2 ? `${hours.slice(0, 2)}:${hours.slice(2, 4)}` : hours;
}

/** "9:30" → "09:30" once the field is left; anything else stays as typed. */
export function completeTypedTime(text: string): string {
  const short = /^(\d):([0-5]\d)$/.exec(text);
  return short ? `0${short[1]}:${short[2]}` : text;
}
