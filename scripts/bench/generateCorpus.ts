/**
 * A deterministic blog of N posts for benchmarks: mostly Korean prose with English terms,
 * headings, lists, code blocks, tables, links between posts and a few images; 10 categories and
 * a pool of tags; ~1,500 words a post. The same N and seed always give the same bytes.
 */

export interface GeneratedFile {
  /** Path relative to content/posts. */
  file: string;
  content: string | Buffer;
}

export function random(seed: number): () => number {
  // mulberry32: tiny, fast and good enough to vary text
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KOREAN = (
  "서버 클라우드 데이터 배포 개발자 서비스 운영 비용 성능 확장 구조 모듈 함수 요청 응답 캐시 " +
  "저장소 인증 권한 로그 분석 지표 장애 복구 백업 네트워크 지연 처리량 컨테이너 이미지 빌드 " +
  "테스트 검증 리뷰 문서 설계 결정 기록 회고 일정 팀 동료 고객 요구 사항 기능 화면 사용자 " +
  "경험 접근성 검색 색인 한글 형태소 조사 어절 문장 단락 제목 목차 링크 주소 경로 날짜 시간 " +
  "오늘 어제 내일 아침 저녁 주말 커피 산책 독서 여행 제주 서울 부산 바다 바람 하늘 노트북"
).split(" ");
/** Particle pairs: the first after a final consonant (받침), the second after a vowel. */
const PARTICLES: ReadonlyArray<readonly [string, string]> = [
  ["은", "는"],
  ["이", "가"],
  ["을", "를"],
  ["과", "와"],
  ["으로", "로"],
  ["에서", "에서"],
  ["의", "의"],
  ["도", "도"],
  ["만", "만"],
  ["", ""],
];

function withParticle(
  noun: string,
  [afterConsonant, afterVowel]: readonly [string, string],
): string {
  const last = noun.charCodeAt(noun.length - 1) - 0xac00;
  const batchim = last >= 0 && last < 11172 && last % 28 !== 0;
  return noun + (batchim ? afterConsonant : afterVowel);
}

const ENDINGS = [
  "했다.",
  "한다.",
  "이다.",
  "였다.",
  "할 수 있다.",
  "하기로 했다.",
  "인 셈이다.",
  "처럼 보였다.",
];
const ENGLISH = (
  "AWS Lambda S3 CloudFront Gatsby React TypeScript Node.js GraphQL webpack Docker Kubernetes " +
  "serverless cache latency throughput deploy build index query schema"
).split(" ");
const CATEGORIES = [
  "개발",
  "일상",
  "독서",
  "여행",
  "클라우드",
  "프론트엔드",
  "회고",
  "Dev",
  "Notes",
  "데이터",
];
const TAGS = Array.from({ length: 50 }, (_, i) =>
  i % 2
    ? `${KOREAN[(i * 7) % KOREAN.length]}`
    : `${ENGLISH[i % ENGLISH.length]}`,
);
const uniqueTags = [...new Set(TAGS)];

/** A 1×1 PNG, so posts can carry real images without bloating the corpus. */
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

export function generateCorpus(count: number, seed = 1): GeneratedFile[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(next() * items.length)] as T;
  const word = () =>
    next() < 0.12 ? pick(ENGLISH) : withParticle(pick(KOREAN), pick(PARTICLES));
  const sentence = (words: number) =>
    `${Array.from({ length: words - 1 }, word).join(" ")} ${pick(KOREAN)}${pick(ENDINGS)}`;
  const paragraph = () =>
    Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
      sentence(8 + Math.floor(next() * 8)),
    ).join(" ");
  const slug = (i: number) =>
    `/bench/${String(i).padStart(5, "0")}-${KOREAN[i % KOREAN.length]}`;

  const files: GeneratedFile[] = [];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < count; i++) {
    const date = new Date(start + i * 86400000 * 0.75)
      .toISOString()
      .slice(0, 10);
    const hasImage = i % 10 === 0;
    const tags = [pick(uniqueTags), pick(uniqueTags)].filter(
      (t, j, all) => all.indexOf(t) === j,
    );
    const body: string[] = [];
    let words = 0;
    for (let section = 1; words < 1500; section++) {
      body.push(
        `## ${section}. ${pick(KOREAN)} ${pick(KOREAN)}와 ${pick(ENGLISH)}`,
      );
      for (let p = 0; p < 3; p++) {
        const text = paragraph();
        words += text.split(" ").length;
        body.push(text);
      }
      if (section % 3 === 1)
        body.push(["- ", "- ", "- "].map((b) => b + sentence(6)).join("\n"));
      if (section % 4 === 2) {
        body.push(
          "```ts\n" +
            `export async function handler${section}(event: { id: string }) {\n` +
            `  const result = await fetch(\`/api/${pick(ENGLISH)}/\${event.id}\`);\n` +
            "  return result.json();\n}\n```",
        );
      }
      if (section % 5 === 3) {
        body.push(
          `| 항목 | 값 |\n| --- | --- |\n| ${pick(KOREAN)} | ${Math.floor(next() * 1000)} |\n| ${pick(ENGLISH)} | ${Math.floor(next() * 1000)} |`,
        );
      }
      if (section === 2 && i > 0)
        body.push(
          `이전 글 [${pick(KOREAN)} 이야기](${slug(Math.floor(next() * i))}/)도 참고.`,
        );
    }
    if (hasImage) body.push("![벤치마크용 그림](./pixel.png)");
    const frontmatter = [
      "---",
      `title: "${pick(KOREAN)} ${pick(ENGLISH)} ${pick(KOREAN)} 메모 ${i}"`,
      `path: ${slug(i)}`,
      `category: ${CATEGORIES[i % CATEGORIES.length]}`,
      `date: ${date}`,
      `tags: [${tags.join(", ")}]`,
      "---",
      "",
    ].join("\n");
    const name = `${String(i).padStart(5, "0")}`;
    const content = `${frontmatter}\n${body.join("\n\n")}\n`;
    if (hasImage) {
      files.push(
        { file: `${name}/index.md`, content },
        { file: `${name}/pixel.png`, content: PIXEL },
      );
    } else {
      files.push({ file: `${name}.md`, content });
    }
  }
  return files;
}
