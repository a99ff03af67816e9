import { act, fireEvent, render, screen } from "@testing-library/react";
import React from "react";
import { PostBody } from "../../src/components/PostBody";

const html =
  '<p>본문</p><div class="gatsby-highlight" data-language="ts"><pre class="language-ts"><code>const a = "&lt;b&gt;";</code></pre></div>';

test("each code block gets a copy button that copies its code", async () => {
  const writeText = jest.fn(async () => undefined);
  Object.assign(navigator, { clipboard: { writeText } });
  render(<PostBody html={html} />);
  const button = screen.getByRole("button", { name: "코드 복사" });
  await act(async () => {
    fireEvent.click(button);
  });
  expect(writeText).toHaveBeenCalledWith('const a = "<b>";');
  expect(screen.getByRole("status")).toHaveTextContent("복사했습니다");
});

test("the body is rendered as NFC", () => {
  const { container } = render(
    <PostBody html={`<p>${"메모".normalize("NFD")}</p>`} />,
  );
  expect(container.textContent).toBe("메모".normalize("NFC"));
});
