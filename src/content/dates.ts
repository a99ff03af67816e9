/**
 * Post dates. The author's own string is kept for `<time datetime>` so a `2019-04-17` post is
 * never shown as the 16th because something read it as UTC midnight; an instant is derived only
 * for sorting.
 */

export interface PostDate {
  /** The author's date, normalized: `2019-04-17` or `2019-04-17T09:30:00+09:00`. */
  date: string;
  /** The instant it denotes, as UTC ISO 8601, for sorting. A bare date means midnight in the site's zone. */
  timestamp: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)? ?(Z|[+-]\d{2}:?\d{2})$/u;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function utcMs(
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
function formatter(
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
function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
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
function zonedMidnight(
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

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * Reads a frontmatter date: `YYYY-MM-DD` (midnight in `timeZone`) or ISO 8601 date-time with an
 * offset. Returns `null` for anything else, including dates that are not on the calendar
 * (`2019-02-30`) and date-times without an offset, whose day would depend on the build machine.
 */
export function parsePostDate(
  value: string,
  timeZone: string,
): PostDate | null {
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [y, mo, d] = dateOnly.slice(1, 4).map(Number) as [
      number,
      number,
      number,
    ];
    if (!isCalendarDate(y, mo, d)) return null;
    return {
      date: text,
      timestamp: new Date(zonedMidnight(y, mo, d, timeZone)).toISOString(),
    };
  }
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return null;
  const [y, mo, d, h, mi] = dateTime.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const s = Number(dateTime[6] ?? 0);
  const fraction = dateTime[7] ?? "";
  const zone = dateTime[8] ?? "Z";
  if (!isCalendarDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  const offset = zone === "Z" ? 0 : zoneMinutes(zone);
  if (offset === null) return null;
  const ms = Math.round(Number(`0${fraction || ".0"}`) * 1000);
  const instant = utcMs(y, mo, d, h, mi, s, ms) - offset * 60000;
  const normalizedZone =
    zone === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const date = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${fraction}${normalizedZone}`;
  return { date, timestamp: new Date(instant).toISOString() };
}

function isCalendarDate(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function zoneMinutes(zone: string): number | null {
  const sign = zone.startsWith("-") ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(-2));
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/**
 * A post date as a reader sees it (`2019년 4월 17일` in Korean), on the day it falls in the site's
 * time zone. `date` is a value `parsePostDate` produced.
 */
export function formatPostDate(
  date: string,
  locale: string,
  timeZone: string,
): string {
  const dateOnly = DATE_ONLY.exec(date);
  // A bare date is a calendar day, not an instant: format it in UTC so no zone can move it.
  const zone = dateOnly ? "UTC" : timeZone;
  const format = formatter(locale, {
    timeZone: zone,
    year: "numeric",
    month: "long",
    day: "numeric",
  });
  const instant = dateOnly
    ? utcMs(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]))
    : Date.parse(date);
  return format.format(instant);
}

/** The calendar day a post date falls on in the site's time zone (a bare date is its own day). */
export function calendarDay(
  date: string,
  timeZone: string,
): { year: number; month: number; day: number } {
  const dateOnly = DATE_ONLY.exec(date);
  if (dateOnly) {
    return {
      year: Number(dateOnly[1]),
      month: Number(dateOnly[2]),
      day: Number(dateOnly[3]),
    };
  }
  const parts = formatter("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(Date.parse(date));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}
