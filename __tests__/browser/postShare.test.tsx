import { act, fireEvent, render, screen } from "@testing-library/react";
import React from "react";
import { ShareLinks } from "../../src/components/post/ShareLinks";
import { enhancePost } from "../../src/browser/post";

const texts = {
  linkCopied: "링크를 복사했습니다",
  copyFailed: "복사하지 못했습니다. 주소:",
};
const URL_ = "https://example.com/%EB%A9%94%EB%AA%A8/";

/** As pages get it: serialized and evaluated (see enhance.test.tsx). */
function runShippedScript() {
  new Function(`(${enhancePost.toString()})(${JSON.stringify(texts)});`)();
}

function renderShare() {
  render(<ShareLinks url={URL_} title="메모" />);
  runShippedScript();
}

const setNavigator = (values: object) => Object.assign(navigator, values);

afterEach(() => {
  setNavigator({ clipboard: undefined, share: undefined });
  document.execCommand = jest.fn(() => false);
});

test("링크 복사 copies the canonical URL and says so in the live region", async () => {
  const writeText = jest.fn(async () => undefined);
  setNavigator({ clipboard: { writeText } });
  renderShare();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "링크 복사" }));
  });
  expect(writeText).toHaveBeenCalledWith(URL_);
  expect(screen.getByRole("status")).toHaveTextContent("링크를 복사했습니다");
});

test("without the Clipboard API it copies from a selected field, and else shows the address", async () => {
  document.execCommand = jest.fn(() => true);
  renderShare();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "링크 복사" }));
  });
  expect(document.execCommand).toHaveBeenCalledWith("copy");
  expect(screen.getByRole("status")).toHaveTextContent("링크를 복사했습니다");
  // The field it used is gone again.
  expect(document.querySelector("textarea")).toBeNull();

  document.execCommand = jest.fn(() => false);
  setNavigator({
    clipboard: {
      writeText: jest.fn(() => Promise.reject(new Error("denied"))),
    },
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "링크 복사" }));
  });
  expect(screen.getByRole("status")).toHaveTextContent(
    `복사하지 못했습니다. 주소: ${URL_}`,
  );
});

test("the Web Share button shows only where the browser has the API, and shares title and URL", async () => {
  renderShare();
  expect(
    screen.queryByRole("button", { name: "공유하기" }),
  ).not.toBeInTheDocument();
  document.body.innerHTML = "";
  const share = jest.fn(async () => undefined);
  setNavigator({ share });
  renderShare();
  const button = screen.getByRole("button", { name: "공유하기" });
  await act(async () => {
    fireEvent.click(button);
  });
  expect(share).toHaveBeenCalledWith({ title: "메모", url: URL_ });
});
