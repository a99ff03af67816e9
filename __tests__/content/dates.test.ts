import { formatPostDate, parsePostDate } from "../../src/content/dates";

const SEOUL = "Asia/Seoul";

describe("parsePostDate", () => {
  test.each([
    // A bare date is midnight in Seoul, which is 15:00 UTC the day before.
    ["2019-04-17", "2019-04-17", "2019-04-16T15:00:00.000Z"],
    ["2024-02-29", "2024-02-29", "2024-02-28T15:00:00.000Z"],
    ["2000-02-29", "2000-02-29", "2000-02-28T15:00:00.000Z"],
    // Korea kept daylight saving time in 1988: midnight then was UTC+10.
    ["1988-07-01", "1988-07-01", "1988-06-30T14:00:00.000Z"],
    [
      "2019-04-17T09:30:00+09:00",
      "2019-04-17T09:30:00+09:00",
      "2019-04-17T00:30:00.000Z",
    ],
    [
      "2019-04-17T09:30+09:00",
      "2019-04-17T09:30:00+09:00",
      "2019-04-17T00:30:00.000Z",
    ],
    [
      "2019-04-17 09:30:00 +0900",
      "2019-04-17T09:30:00+09:00",
      "2019-04-17T00:30:00.000Z",
    ],
    [
      "2019-04-17T23:30:00-05:00",
      "2019-04-17T23:30:00-05:00",
      "2019-04-18T04:30:00.000Z",
    ],
    [
      "2019-04-17T00:00:00Z",
      "2019-04-17T00:00:00Z",
      "2019-04-17T00:00:00.000Z",
    ],
    [
      "2019-04-17T09:30:00.250+09:00",
      "2019-04-17T09:30:00.250+09:00",
      "2019-04-17T00:30:00.250Z",
    ],
  ])("%j", (input, date, timestamp) => {
    expect(parsePostDate(input, SEOUL)).toEqual({ date, timestamp });
  });

  test("a bare date is read in the site's zone, whatever the zone", () => {
    expect(parsePostDate("2019-04-17", "UTC")?.timestamp).toBe(
      "2019-04-17T00:00:00.000Z",
    );
    expect(parsePostDate("2019-04-17", "America/New_York")?.timestamp).toBe(
      "2019-04-17T04:00:00.000Z",
    );
  });

  test.each([
    ["2019-02-29", "not a leap year"],
    ["1900-02-29", "century, not a leap year"],
    ["2019-02-30", "no such day"],
    ["2019-04-31", "April has 30 days"],
    ["2019-13-01", "no 13th month"],
    ["2019-00-10", "no month zero"],
    ["2019-4-17", "unpadded"],
    ["17.04.2019", "not ISO"],
    ["2019/04/17", "slashes"],
    [
      "2019-04-17T09:30:00",
      "no offset: the day would depend on the build machine",
    ],
    ["2019-04-17T24:00:00+09:00", "hour 24"],
    ["2019-04-17T09:60:00+09:00", "minute 60"],
    ["2019-04-17T09:30:00+15:00", "offset beyond ±14:00"],
    ["yesterday", "words"],
    ["", "empty"],
  ])("rejects %j (%s)", (input) => {
    expect(parsePostDate(input, SEOUL)).toBeNull();
  });
});

describe("formatPostDate", () => {
  test.each([
    ["2019-04-17", "ko-KR", "2019년 4월 17일"],
    ["2019-04-17", "en-US", "April 17, 2019"],
    // 09:30 in Seoul is still the 17th
    ["2019-04-17T09:30:00+09:00", "ko-KR", "2019년 4월 17일"],
    // 23:30 in New York is already the 18th in Seoul, where the site shows dates
    ["2019-04-17T23:30:00-05:00", "ko-KR", "2019년 4월 18일"],
  ])("%j in %s → %j", (date, locale, shown) => {
    expect(formatPostDate(date, locale, SEOUL)).toBe(shown);
  });

  test("a bare date shows as that day in any zone", () => {
    for (const zone of [
      "Asia/Seoul",
      "UTC",
      "America/Los_Angeles",
      "Pacific/Kiritimati",
    ]) {
      expect(formatPostDate("2019-04-17", "ko-KR", zone)).toBe(
        "2019년 4월 17일",
      );
    }
  });
});
