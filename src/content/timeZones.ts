/**
 * Calendar and time-zone arithmetic for post dates, with Intl only (no date library): how many
 * days a month has, and what instant a wall clock in a zone shows.
 */

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function utcMs(
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
  ms = 0,
): number {
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  return date.getTime();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl.DateTimeFormat is costly to build and these run for every post, so each is made once. */
export function formatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** Minutes the zone is ahead of UTC at the given instant (Asia/Seoul: 540, or 600 in the 1988 DST). */
export function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
  const format = formatter("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  // One formatToParts for all six parts: it was the costliest call of reading a post.
  const parts = format.formatToParts(instantMs);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const wall = utcMs(
    part("year"),
    part("month"),
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return Math.round((wall - Math.floor(instantMs / 1000) * 1000) / 60000);
}

/** The instant at which the wall clock in `timeZone` shows midnight of the given day. */
export function zonedMidnight(
  y: number,
  mo: number,
  d: number,
  timeZone: string,
): number {
  const guess = utcMs(y, mo, d);
  const first = guess - zoneOffsetMinutes(guess, timeZone) * 60000;
  // Re-read the offset at the first answer in case a DST change lies between the two.
  return guess - zoneOffsetMinutes(first, timeZone) * 60000;
}

