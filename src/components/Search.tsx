import React, { useEffect, useRef, useState } from "react";
import type { SearchClient, SearchResponse } from "../search/client";
import type { PostText } from "../search/engine";
import { uiText } from "../site/uiText";
import { SearchResults, type SearchState } from "./SearchResults";

/** The answer to a query; `null` when the index could not be loaded. */
interface Answer {
  query: string;
  response: SearchResponse | null;
}

/** Results shown (and texts fetched for their snippets) at once. */
const SHOWN = 20;

interface Props {
  /** The query in the page's URL. */
  initialQuery: string;
  /** The index client, loaded on first use. */
  load: () => Promise<SearchClient>;
  /** Told each query the reader settles on, to keep the URL in step. */
  onQueryChange?: (query: string) => void;
}

/** The search page's field and results, searching as the reader types. */
export function Search({ initialQuery, load, onQueryChange }: Props) {
  const [value, setValue] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  // A new query in the URL (the header form, used on this page) replaces what was typed.
  const [urlQuery, setUrlQuery] = useState(initialQuery);
  if (urlQuery !== initialQuery) {
    setUrlQuery(initialQuery);
    setValue(initialQuery);
    setQuery(initialQuery);
  }
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [shown, setShown] = useState<SearchResponse | null>(null);
  const [texts, setTexts] = useState<ReadonlyMap<string, PostText>>(new Map());
  const composing = useRef(false);
  const field = useRef<HTMLInputElement>(null);

  const commit = (next: string) => {
    if (next === query) return;
    setQuery(next);
    onQueryChange?.(next);
  };

  // Words typed before the page's script took over (a slow phone, a quick reader) are in the
  // field but were never seen by React: take them up once, as if just typed.
  useEffect(() => {
    const typed = field.current?.value ?? "";
    if (typed === value) return;
    setValue(typed);
    commit(typed);
    // Once, at hydration: later typing goes through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (query.trim() === "") return;
    let current = true;
    load()
      .then(async (client) => {
        const response = await client.search(query);
        if (!current) return;
        setAnswer({ query, response });
        setShown(response);
        for (const hit of response.hits.slice(0, SHOWN)) {
          client.text(hit).then(
            (text) => setTexts((map) => new Map(map).set(hit.url, text)),
            // A missing snippet is not worth an error: the result still links to the post.
            () => undefined,
          );
        }
      })
      .catch(() => {
        if (current) setAnswer({ query, response: null });
      });
    return () => {
      current = false;
    };
  }, [query, load]);

  // While a query is on its way, the previous results stay, so the list does not flicker.
  const state: SearchState =
    query.trim() === ""
      ? { status: "idle" }
      : answer?.query !== query
        ? { status: "loading", previous: shown }
        : answer.response
          ? { status: "done", response: answer.response }
          : { status: "failed" };

  return (
    <div className="search">
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor="search-query">{uiText.searchLabel}</label>
        <input
          ref={field}
          id="search-query"
          type="search"
          name="q"
          value={value}
          aria-keyshortcuts="/"
          autoComplete="off"
          enterKeyHint="search"
          onFocus={() => {
            load()
              .then((client) => client.preload())
              .catch(() => undefined);
          }}
          onChange={(event) => {
            setValue(event.target.value);
            // A Korean IME composes a syllable over several keys (ㅅ, 서, 섭…): search once it is
            // complete, at compositionend, not on each half-made form.
            if (!composing.current) commit(event.target.value);
          }}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={(event) => {
            composing.current = false;
            commit(event.currentTarget.value);
          }}
        />
      </form>
      <SearchResults state={state} texts={texts} limit={SHOWN} />
    </div>
  );
}
