import { fireEvent, render, screen } from "@testing-library/react";
import React from "react";
import { ThemeToggle } from "../../src/components/ThemeToggle";

afterEach(() => {
  document.documentElement.removeAttribute("data-theme");
  window.localStorage.clear();
});

test("a real button that says whether dark mode is on, switches it and remembers", () => {
  document.documentElement.setAttribute("data-theme", "light");
  render(<ThemeToggle />);
  const button = screen.getByRole("button", { name: /다크 모드/u });
  expect(button).toHaveAttribute("aria-pressed", "false");
  fireEvent.click(button);
  expect(document.documentElement).toHaveAttribute("data-theme", "dark");
  expect(button).toHaveAttribute("aria-pressed", "true");
  expect(window.localStorage.getItem("theme")).toBe("dark");
  fireEvent.click(button);
  expect(document.documentElement).toHaveAttribute("data-theme", "light");
  expect(window.localStorage.getItem("theme")).toBe("light");
});

test("starts pressed when the pre-paint script chose dark", () => {
  document.documentElement.setAttribute("data-theme", "dark");
  render(<ThemeToggle />);
  expect(screen.getByRole("button", { name: /다크 모드/u })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});
