import { themeScript } from "../../src/browser/theme";

/** Runs the inline script against a stand-in page: what it sets on <html>, given storage and system. */
function runScript({
  stored,
  prefersDark,
  storageThrows = false,
}: {
  stored: string | null;
  prefersDark: boolean;
  storageThrows?: boolean;
}): string | null {
  const attributes = new Map<string, string>();
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) =>
        attributes.set(name, value),
    },
  };
  const localStorage = {
    getItem: () => {
      if (storageThrows) throw new Error("SecurityError");
      return stored;
    },
  };
  const window = {
    matchMedia: (query: string) => ({
      matches: query === "(prefers-color-scheme: dark)" && prefersDark,
    }),
  };
  new Function("document", "localStorage", "window", themeScript)(
    document,
    localStorage,
    window,
  );
  return attributes.get("data-theme") ?? null;
}

describe("the pre-paint theme script", () => {
  test.each([
    [null, false, "light"],
    [null, true, "dark"],
    ["dark", false, "dark"],
    ["light", true, "light"],
    ["purple", true, "dark"],
  ])("stored %j, system dark %j → %s", (stored, prefersDark, theme) => {
    expect(runScript({ stored, prefersDark })).toBe(theme);
  });

  test("when storage is forbidden it leaves the choice to the CSS media query", () => {
    expect(
      runScript({ stored: "dark", prefersDark: true, storageThrows: true }),
    ).toBeNull();
  });

  test("is one self-contained statement that cannot leak variables", () => {
    expect(themeScript.startsWith("(function () {")).toBe(true);
    expect(themeScript.trim().endsWith("})();")).toBe(true);
  });
});
