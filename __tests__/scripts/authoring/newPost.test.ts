import { readFileSync } from "node:fs";
import path from "node:path";
import { newPost } from "../../../scripts/authoring/newPost";
import { post, tempSite } from "../../helpers/tempSite";

const existing = {
  "content/posts/old.md": post({
    title: "예전 글",
    path: "/2019-04-17-2019-AWS-Summit-Seoul-메모",
    category: "Diary",
    date: "2019-04-17",
  }),
  "content/posts/other.md": post({
    title: "다른 글",
    path: "/other",
    category: "일상",
    date: "2019-01-01",
    aliases: "[/2019-04-18-옛-제목]",
  }),
};

let site: ReturnType<typeof tempSite>;
let out: jest.SpyInstance;
let err: jest.SpyInstance;
const printed = (spy: jest.SpyInstance) =>
  spy.mock.calls.map((c) => String(c[0])).join("\n");

beforeEach(() => {
  site = tempSite(existing);
  out = jest.spyOn(console, "log").mockImplementation(() => undefined);
  err = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  site.remove();
  jest.restoreAllMocks();
});

// 23:30 on 18 April in Seoul; 00:30 on the 19th an hour later.
const evening = new Date("2019-04-18T14:30:00Z");
const afterMidnight = new Date("2019-04-18T15:30:00Z");

const run = (
  args: string[],
  now = evening,
  ask?: (q: string) => Promise<string>,
) => newPost(args, { root: site.root, now, ask });

test("creates a post named after today's Seoul date and the title, Hangul kept", async () => {
  expect(
    await run([
      "2019 AWS Summit Seoul 메모",
      "--category",
      "Diary",
      "--tags",
      "AWS, 클라우드",
    ]),
  ).toBe(0);
  const file = "content/posts/2019-04-18-2019-AWS-Summit-Seoul-메모.md";
  expect(readFileSync(path.join(site.root, file), "utf8")).toBe(
    '---\ntitle: "2019 AWS Summit Seoul 메모"\npath: /2019-04-18-2019-AWS-Summit-Seoul-메모\ntype: post\ncategory: "Diary"\ndate: 2019-04-18\ntags: ["AWS", "클라우드"]\n---\n\n',
  );
  expect(printed(out)).toContain(`Created ${file}`);
  expect(printed(out)).toContain(
    "URL: /2019-04-18-2019-AWS-Summit-Seoul-메모/",
  );
});

test("half an hour after midnight in Seoul it is the next day", async () => {
  expect(await run(["자정 넘어 쓴 글", "-c", "일상"], afterMidnight)).toBe(0);
  expect(printed(out)).toContain(
    "Created content/posts/2019-04-19-자정-넘어-쓴-글.md",
  );
});

test("--folder makes a folder for images, --page and --draft set their fields", async () => {
  expect(await run(["소개", "--page", "--draft", "--folder"])).toBe(0);
  const source = readFileSync(
    path.join(site.root, "content/posts/2019-04-18-소개/index.md"),
    "utf8",
  );
  expect(source).toContain("type: page\n");
  expect(source).toContain("draft: true\n");
  expect(source).not.toContain("category");
});

test("refuses to overwrite a post", async () => {
  expect(await run(["같은 제목", "-c", "일상"])).toBe(0);
  expect(await run(["같은 제목", "-c", "일상", "--folder"])).toBe(1);
  expect(printed(err)).toContain(
    "content/posts/2019-04-18-같은-제목.md already exists",
  );
});

test("refuses a path another post already has, even spelled differently", async () => {
  const now = new Date("2019-04-17T03:00:00Z");
  expect(await run(["2019 aws summit seoul 메모", "-c", "Diary"], now)).toBe(1);
  expect(printed(err)).toContain(
    "content/posts/old.md already has the path /2019-04-17-2019-AWS-Summit-Seoul-메모/",
  );
});

test("refuses a path that is another post's old path", async () => {
  expect(await run(["옛 제목", "-c", "일상"])).toBe(1);
  expect(printed(err)).toContain(
    "content/posts/other.md already has the path /2019-04-18-옛-제목/ (as an old path, in aliases)",
  );
});

test("without a category and nobody at a terminal it lists the existing ones", async () => {
  expect(await run(["카테고리 없는 글"])).toBe(2);
  expect(printed(err)).toMatch(
    /pass --category <name>\.\nExisting categories:\n {2}1\. 일상\n {2}2\. Diary/u,
  );
});

test("at a terminal the author picks an existing category by number", async () => {
  const ask = jest.fn(async () => "2");
  expect(await run(["물어보는 글"], evening, ask)).toBe(0);
  expect(ask).toHaveBeenCalledWith(expect.stringContaining("1. 일상"));
  const source = readFileSync(
    path.join(site.root, "content/posts/2019-04-18-물어보는-글.md"),
    "utf8",
  );
  expect(source).toContain('category: "Diary"');
});

test.each([
  [[], "Give the title"],
  [["???", "-c", "x"], "has no letters or digits"],
  [["제목", "--colour", "red"], "Unknown option '--colour'"],
  [["제목", "--category"], "argument missing"],
])("bad arguments %j exit 2 and point at --help", async (args, message) => {
  expect(await run(args)).toBe(2);
  expect(printed(err)).toContain(message);
  expect(printed(err)).toContain("npm run new-post -- --help");
});

test("--help explains every option", async () => {
  expect(await run(["--help"])).toBe(0);
  for (const option of [
    "--category",
    "--tags",
    "--page",
    "--draft",
    "--folder",
    "--help",
  ]) {
    expect(printed(out)).toContain(option);
  }
});
