import { withPrefix, type HeadProps, type PageProps } from "gatsby";
import React, { useCallback } from "react";
import { Layout } from "../components/Layout";
import { Search } from "../components/Search";
import { Seo } from "../components/Seo";
import type { SearchClient } from "../search/client";
import { queryOf, searchPageUrl } from "../site/paths";
import { uiText } from "../site/uiText";

let client: Promise<SearchClient> | null = null;

/** The engine and index code in their own chunk, fetched when search is first used. */
function loadSearchClient(): Promise<SearchClient> {
  client ??= import("../search/client").then(
    ({ createSearchClient, fetchJsonOverHttp }) =>
      createSearchClient(fetchJsonOverHttp(withPrefix)),
  );
  client.catch(() => (client = null));
  return client;
}

export default function SearchPage({ location }: PageProps) {
  // replaceState, not navigate: the page stays, the URL follows what is typed without a
  // history entry per keystroke, and a reload or a shared link shows the same results.
  const keepInUrl = useCallback((query: string) => {
    window.history.replaceState(
      window.history.state,
      "",
      withPrefix(searchPageUrl(query)),
    );
  }, []);
  return (
    <Layout searchBox={false}>
      <h1>{uiText.search}</h1>
      <Search
        initialQuery={queryOf(location.search)}
        load={loadSearchClient}
        onQueryChange={keepInUrl}
      />
    </Layout>
  );
}

export function Head({ location }: HeadProps) {
  return <Seo title={uiText.search} path={location.pathname} />;
}
