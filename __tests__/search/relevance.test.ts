import path from "node:path";
import { searchFilesFor } from "../../src/search/buildIndex";
import type { SearchClient } from "../../src/search/client";
import {
  memoryClient,
  readMarkdownDirs,
  searchFixtureDirs,
} from "../helpers/searchIndex";

/**
 * What a reader types, and the post a person would mean, against __tests__/fixtures/search
 * (written for these cases), six real Korean documents (__tests__/fixtures/corpus) and the
 * whole-word posts beside this file (__tests__/search/fixtures: kept apart so the build and page
 * tests that count the shared fixtures are not moved by them).
 */
const serverless = "/search/2024-03-10-서버리스-이미지-리사이즈/";
const cloud = "/search/2023-06-01-클라우드-비용/";
const data = "/search/2022-09-10-데이터-파이프라인-회고/";
const typescript = "/search/2025-01-15-typescript-5.9/";
const kubernetes = "/search/2023-03-03-kubernetes-upgrade/";
const jeju = "/search/2024-05-04-제주-한-달-살기/";
const summit = "/search/2019-04-17-aws-summit/";
const walkNewer = "/search/2022-01-02-주간-회고/";
const urls = "/search/2024-06-20-hangul-urls/";
const telescope = "/search/2024-08-01-macos-nfd/";
const cleanCode = "/search/2023-11-02-클린-코드/";
const interactivity = "/react-ko/learn/adding-interactivity/";
// Each whole-word post has a rival holding every syllable pair of the word but never the word.
const busanStation = "/search/2023-04-01-부산역-맛집/";
const busanTrip = "/search/2024-07-20-부산-여행/";
const daejeonTrip = "/search/2023-10-05-출장/";
const daejeonMeetup = "/search/2024-09-14-대전-개발자-모임/";
const backlight = "/search/2022-05-05-역광-사진/";
const nfd = (text: string) => text.normalize("NFD");

const table: Array<[string, string, string]> = [
  // particles on the query find the bare word
  ["particle 는", "서버리스는", serverless],
  ["particle 를", "클라우드를", cloud],
  ["particle 에서", "데이터에서", data],
  ["particle 을 on a real document", "상호작용을", interactivity],
  ["particle 에서 on a place", "제주에서", jeju],
  // the bare word finds text with a particle attached
  ["bare word, text says 바다를", "바다", jeju],
  ["bare word, text says 청구서를", "청구서", cloud],
  ["bare word, text says 스냅샷과", "스냅샷", cloud],
  // words inside compounds
  ["스크립트 in 타입스크립트", "스크립트", typescript],
  ["파이프라인 in a title", "파이프라인", data],
  ["리사이즈 in a title", "리사이즈", serverless],
  // 초성
  ["초성 서버리스", "ㅅㅂㄹㅅ", serverless],
  ["초성 클라우드", "ㅋㄹㅇㄷ", cloud],
  ["초성 제주", "ㅈㅈ", jeju],
  ["초성 상호작용", "ㅅㅎㅈㅇ", interactivity],
  ["초성 클린 코드 (in 「」)", "ㅋㄹ ㅋㄷ", cleanCode],
  // Latin: case, typos, prefixes
  ["upper case", "KUBERNETES", kubernetes],
  ["mixed case", "podDisruptionBudget", kubernetes],
  ["one letter missing", "kubernets", kubernetes],
  ["one letter wrong", "typescrypt", typescript],
  ["prefix as typed", "surv", urls],
  ["prefix as typed, 4 letters", "kube", kubernetes],
  ["prefix of a tag", "airfl", data],
  ["two Latin words", "HANGUL urls", urls],
  // mixed Korean and Latin
  ["Latin and Korean", "Lambda 리사이즈", serverless],
  ["Latin and a particle", "TypeScript 변경점을", typescript],
  ["Latin with a glued particle", "Lambda로", serverless],
  ["tag and title word", "AWS 비용", cloud],
  ["a version number", "React 19", "/react-ko/blog/2024/12/05/react-19/"],
  [
    "a product name",
    "Create React App 지원",
    "/react-ko/blog/2025/02/14/sunsetting-create-react-app/",
  ],
  [
    "Korean and Latin title",
    "특별한 props",
    "/react-ko/warnings/special-props/",
  ],
  ["one-syllable word", "팀", "/react-ko/community/team/"],
  ["heading word", "IAM 역할", serverless],
  // Unicode forms
  ["NFD query, NFC text", nfd("서버리스"), serverless],
  ["NFC query, NFD text", "망원경", telescope],
  ["NFD query, NFD text", nfd("우주 망원경"), telescope],
  // ranking
  ["title above body mentions", "서버리스", serverless],
  ["newer above older on a tie", "산책", walkNewer],
  // the whole word above its syllable pairs spread over a post (부산 … 울산역)
  [
    "whole word in the title, pairs in title, tags, body",
    "부산역",
    busanStation,
  ],
  ["whole word in the body, pairs in title and tags", "대전역", daejeonTrip],
  ["whole word with a particle", "부산역에서", busanStation],
  ["whole word with a particle, in the body", "대전역으로", daejeonTrip],
  ["part of a compound, pairs in a title", "역광장", busanStation],
  ["whole word beside a word both posts have", "부산역 돼지국밥", busanStation],
  ["Latin beside a whole word", "KTX 부산역", busanStation],
  ["a two-syllable word: the post about it", "부산", busanTrip],
  ["a two-syllable word, also inside longer ones", "전역", daejeonMeetup],
];

describe("search relevance", () => {
  let client: SearchClient;
  beforeAll(() => {
    const dirs = [
      ...searchFixtureDirs,
      path.resolve("__tests__/search/fixtures"),
    ];
    client = memoryClient(searchFilesFor(readMarkdownDirs(dirs), false)).client;
  });

  test.each(table)("%s: %s → %s", async (_case, query, expected) => {
    const { hits } = await client.search(query);
    expect(hits[0]?.url).toBe(expected);
  });

  test("a title match ranks above posts that only mention the word", async () => {
    const { hits } = await client.search("서버리스");
    expect(hits.map((hit) => hit.url)).toEqual([serverless, summit]);
  });

  test.each([
    ["부산역", [busanStation, busanTrip]],
    ["대전역", [daejeonTrip, daejeonMeetup]],
    ["역광장", [busanStation, backlight]],
  ])(
    "posts with only the pairs of %s still come, after the whole word",
    async (query, expected) => {
      const { hits } = await client.search(query);
      expect(hits.map((hit) => hit.url)).toEqual(expected);
    },
  );

  test.each(["KTX", "부산", "전역", "aws"])(
    "a query with no word of three syllables or more keeps the engine's order (%s)",
    async (query) => {
      const { hits } = await client.search(query);
      expect(hits.length).toBeGreaterThan(1);
      const scores = hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
  );

  test("equal posts come newest first", async () => {
    const { hits } = await client.search("산책");
    expect(hits.map((hit) => hit.date)).toEqual(["2022-01-02", "2021-01-03"]);
  });

  test.each([
    ["a draft", "양자"],
    ["a type: page", "우쿨렐레"],
    ["a word no post has", "블록체인"],
    ["a half-typed syllable only", "ㅅ"],
  ])("%s is not found (%s)", async (_case, query) => {
    expect((await client.search(query)).hits).toEqual([]);
  });
});
