import { act, fireEvent, render, screen } from "@testing-library/react";
import React from "react";
import { Layout } from "../../src/components/Layout";
import { PostBody } from "../../src/components/post/PostBody";
import { enhancePage } from "../../src/browser/enhance";
import { THEME_STORAGE_KEY } from "../../src/browser/theme";

const texts = { copyCode: "코드 복사", copied: "복사했습니다" };
const code =
  '<div class="gatsby-highlight" data-language="ts"><pre class="language-ts"><code>const a = "&lt;b&gt;";</code></pre></div>';

/**
 * Runs the script as pages get it: serialized and evaluated, so a reference to anything outside
 * the function (which would break in the browser) fails here too. Like a page, the document
 * keeps the first run's listeners; later runs are no-ops.
 */
function runShippedScript() {
  new Function(`(${enhancePage.toString()})(${JSON.stringify(texts)});`)();
}

beforeEach(() => {
  document.documentElement.setAttribute("data-theme", "light");
  window.localStorage.clear();
  Object.assign(navigator, {
    clipboard: { writeText: jest.fn(async () => undefined) },
  });
});

// Without JavaScript the button is kept invisible by CSS (e2e/reader/theme.spec.ts checks that).
test("the dark-mode button switches the theme, says so and remembers it", () => {
  render(
    <Layout>
      <p>본문</p>
    </Layout>,
  );
  runShippedScript();
  const button = screen.getByRole("button", { name: /다크 모드/u });
  expect(button).toHaveAttribute("aria-pressed", "false");
  fireEvent.click(button);
  expect(document.documentElement).toHaveAttribute("data-theme", "dark");
  expect(button).toHaveAttribute("aria-pressed", "true");
  expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
  fireEvent.click(button);
  expect(document.documentElement).toHaveAttribute("data-theme", "light");
  expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("light");
});

test("each code block gets a copy button that copies its code and announces it", async () => {
  render(<PostBody html={`<p>본문</p>${code}`} />);
  runShippedScript();
  const button = await screen.findByRole("button", { name: "코드 복사" });
  await act(async () => {
    fireEvent.click(button);
  });
  expect(navigator.clipboard.writeText).toHaveBeenCalledWith(
    'const a = "<b>";',
  );
  expect(screen.getByRole("status")).toHaveTextContent("복사했습니다");
});

test("code blocks that appear later (client rendering) get their button too", async () => {
  runShippedScript();
  render(<PostBody html={code} />);
  expect(
    await screen.findByRole("button", { name: "코드 복사" }),
  ).toBeInTheDocument();
});

test("/ moves focus to the search box unless the reader is typing", () => {
  render(
    <div>
      <input type="search" aria-label="검색" />
      <textarea aria-label="메모" />
    </div>,
  );
  runShippedScript();
  fireEvent.keyDown(document.body, { key: "/" });
  expect(screen.getByRole("searchbox", { name: "검색" })).toHaveFocus();
  screen.getByRole("textbox", { name: "메모" }).focus();
  fireEvent.keyDown(screen.getByRole("textbox", { name: "메모" }), {
    key: "/",
  });
  expect(screen.getByRole("textbox", { name: "메모" })).toHaveFocus();
});

test("the body is rendered as NFC", () => {
  const { container } = render(
    <PostBody html={`<p>${"메모".normalize("NFD")}</p>`} />,
  );
  expect(container.textContent).toBe("메모".normalize("NFC"));
});
