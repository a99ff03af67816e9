import type { PageProps } from "gatsby";

/** The props Gatsby passes a template, with the parts a template reads filled in. */
export function pageProps<Data, Context>(
  data: Data,
  pageContext: Context,
  pathname = "/",
): PageProps<Data, Context> {
  return {
    data,
    pageContext,
    location: { pathname } as PageProps["location"],
    path: pathname,
    uri: pathname,
    params: {},
    children: undefined,
    pageResources: undefined,
    serverData: undefined,
    navigate: jest.fn(),
  } as unknown as PageProps<Data, Context>;
}
