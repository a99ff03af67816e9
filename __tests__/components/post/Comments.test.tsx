import { render, screen } from "@testing-library/react";
import React from "react";
import { Comments } from "../../../src/components/post/Comments";
import { configuredSources } from "../../../src/security/configuredSources";
import { blogConfig } from "../../../blog.config";

const giscus = {
  repo: "kim/blog-comments",
  repoId: "R_1",
  category: "Comments",
  categoryId: "DIC_1",
};

test("a labelled comment area that fetches nothing itself: settings, the NFC path, a button", () => {
  const nfd = "/2019-04-17-메모/".normalize("NFD");
  const { container } = render(<Comments giscus={giscus} path={nfd} />);
  const region = screen.getByRole("region", { name: "댓글" });
  expect(region).toHaveAttribute("data-giscus-repo", "kim/blog-comments");
  expect(region).toHaveAttribute("data-giscus-category-id", "DIC_1");
  expect(region).toHaveAttribute("data-giscus-term", nfd.normalize("NFC"));
  expect(region).toHaveAttribute("data-giscus-lang", "ko");
  expect(screen.getByRole("button", { name: "댓글 보기" })).toBeVisible();
  expect(container.querySelector("script, iframe")).toBeNull();
});

test("giscus may load from its origin only when comments are configured", () => {
  const without = configuredSources(blogConfig);
  expect(JSON.stringify(without)).not.toContain("giscus");
  const withComments = configuredSources({
    ...blogConfig,
    comments: { giscus },
  });
  expect(withComments["script-src"]).toContain("https://giscus.app");
  expect(withComments["frame-src"]).toContain("https://giscus.app");
  // The owner's own frame sources stay.
  expect(withComments["frame-src"]).toContain(
    "https://www.youtube-nocookie.com",
  );
});
