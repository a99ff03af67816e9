import { act, render, screen } from "@testing-library/react";
import React from "react";
import { TableOfContents } from "../../src/components/post/TableOfContents";
import { enhancePost } from "../../src/browser/post";

/** IntersectionObserver as the script sees it, driven by the test. */
let report: (visible: Element[], hidden: Element[]) => void = () => undefined;
const observed: Element[] = [];
class FakeObserver {
  constructor(callback: (entries: object[]) => void) {
    report = (visible, hidden) =>
      callback([
        ...visible.map((target) => ({ target, isIntersecting: true })),
        ...hidden.map((target) => ({ target, isIntersecting: false })),
      ]);
  }
  observe(target: Element) {
    observed.push(target);
  }
}

test("the 목차 marks the section being read, and only that one", () => {
  Object.assign(window, { IntersectionObserver: FakeObserver });
  const headings = ["들어가며", "서버리스 구조", "비용"];
  render(
    <>
      <TableOfContents
        entries={headings.map((text, i) => ({
          href: `#${encodeURIComponent(`h-${i}-${text}`)}`,
          html: text,
          depth: 2,
          children: [],
        }))}
      />
      {headings.map((text, i) => (
        <h2 key={text} id={`h-${i}-${text}`}>
          {text}
        </h2>
      ))}
    </>,
  );
  new Function(`(${enhancePost.toString()})({})`)();
  expect(observed.map((h) => h.textContent)).toEqual(headings);
  const link = (name: string) => screen.getByRole("link", { name });
  const [first, second] = observed;
  act(() => report(second ? [second] : [], []));
  expect(link("서버리스 구조")).toHaveAttribute("aria-current", "true");
  expect(link("들어가며")).not.toHaveAttribute("aria-current");
  act(() => report(first ? [first] : [], second ? [second] : []));
  expect(link("들어가며")).toHaveAttribute("aria-current", "true");
  expect(link("서버리스 구조")).not.toHaveAttribute("aria-current");
});
