/** @jest-environment jsdom */
import { analyticsLoad, loadAnalytics } from "../../src/browser/analytics";

/** The analytics scripts in the document's head. */
const scripts = () =>
  [...document.head.querySelectorAll("script")].map((s) => ({
    src: s.src,
    data: { ...s.dataset },
  }));

describe("loadAnalytics", () => {
  beforeEach(() => {
    document.head.innerHTML = "";
    jest.useFakeTimers();
    Object.defineProperty(document, "readyState", {
      value: "loading",
      configurable: true,
    });
  });
  afterEach(() => jest.useRealTimers());

  test("fetches nothing before the page has loaded and the browser is idle, then adds the service's script", () => {
    loadAnalytics(
      analyticsLoad({ provider: "plausible", domain: "blog.example.com" }),
    );
    jest.runAllTimers();
    expect(scripts()).toEqual([]);
    window.dispatchEvent(new Event("load"));
    // jsdom has no requestIdleCallback: the timer stands in for it.
    expect(scripts()).toEqual([]);
    jest.runAllTimers();
    expect(scripts()).toEqual([
      {
        src: "https://plausible.io/js/script.js",
        data: { domain: "blog.example.com" },
      },
    ]);
  });

  test("Umami gets its website ID; GA4 its ID in gtag's queue before gtag.js arrives", () => {
    loadAnalytics(
      analyticsLoad({
        provider: "umami",
        websiteId: "94db1cb1-74f4-4a40-ad6c-962362670409",
        src: "https://cloud.umami.is/script.js",
      }),
    );
    loadAnalytics(
      analyticsLoad({ provider: "ga4", measurementId: "G-ABC123XYZ" }),
    );
    window.dispatchEvent(new Event("load"));
    jest.runAllTimers();
    expect(scripts()).toEqual([
      {
        src: "https://cloud.umami.is/script.js",
        data: { websiteId: "94db1cb1-74f4-4a40-ad6c-962362670409" },
      },
      {
        src: "https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ",
        data: {},
      },
    ]);
    const queue = (
      window as unknown as { dataLayer: IArguments[] }
    ).dataLayer.map((args) => [...args]);
    expect(queue).toContainEqual(["config", "G-ABC123XYZ"]);
  });
});
