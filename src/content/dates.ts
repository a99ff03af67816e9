/**
 * Post dates. The author's own string is kept for `<time datetime>` so a `2019-04-17` post is
 * never shown as the 16th because something read it as UTC midnight; an instant is derived only
 * for sorting.
 */
import {
  daysInMonth,
  formatter,
  utcMs,
  zonedMidnight,
} from "./timeZones";

export interface PostDate {
  /** The author's date, normalized: `2019-04-17` or `2019-04-17T09:30:00+09:00`. */
  date: string;
  /** The instant it denotes, as UTC ISO 8601, for sorting. A bare date means midnight in the site's zone. */
  timestamp: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)? ?(Z|[+-]\d{2}:?\d{2})$/u;

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
