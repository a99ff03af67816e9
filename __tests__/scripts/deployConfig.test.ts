import { deployConfig } from "../../scripts/deploy/deployConfig";

describe("deployConfig", () => {
  test("flags win over the environment; the prefix is normalized", () => {
    expect(
      deployConfig(
        { bucket: "from-flag", prefix: "/blog" },
        {
          S3_BUCKET: "from-env",
          AWS_REGION: "ap-northeast-2",
          CLOUDFRONT_DISTRIBUTION_ID: "E2QWRUHAPOMQZL",
        },
      ),
    ).toEqual({
      ok: true,
      config: {
        bucket: "from-flag",
        prefix: "blog/",
        region: "ap-northeast-2",
        distribution: "E2QWRUHAPOMQZL",
        endpoint: undefined,
        dir: "public",
      },
    });
  });

  test("without a bucket it says how to give one", () => {
    expect(deployConfig({}, { S3_BUCKET: " " })).toEqual({
      ok: false,
      error: "No bucket: pass --bucket <name> or set S3_BUCKET.",
    });
  });
});
