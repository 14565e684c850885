// The office's local wall-clock moment "YYYY-MM-DDTHH:mm" (the PC's local time).
export function localMoment(date: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}`;
}

export function localDate(date: Date = new Date()): string {
  return localMoment(date).slice(0, 10);
}
