/** The search page; a query is its `q` parameter, so a result list can be linked. */
export const searchPagePath = "/search/";

export function searchPageUrl(query: string): string {
  const trimmed = query.trim();
  return trimmed
    ? `${searchPagePath}?q=${encodeURIComponent(trimmed)}`
    : searchPagePath;
}

export function queryOf(search: string): string {
  return new URLSearchParams(search).get("q") ?? "";
}
