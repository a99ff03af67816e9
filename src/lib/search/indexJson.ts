import type MiniSearch from "minisearch";
import type { Options } from "minisearch";

export type IndexJson = ReturnType<MiniSearch["toJSON"]>;

type TermFields = Map<number, Map<number, number>>;

/**
 * What `new MiniSearch(options).addAll(documents).toJSON()` returns — the same documents,
 * field lengths, averages and term frequencies, which the reader's browser loads with
 * `MiniSearch.loadJS` — built in plain Maps.
 *
 * Why not MiniSearch itself at build time: it files every token occurrence into its radix tree
 * (3.7 million at 1,000 posts), which took 4.4 of the 9.3 s the index cost; the tree only serves
 * prefix and fuzzy lookups, and the build never searches. Terms come out in the order first met
 * rather than MiniSearch's tree order, which the format does not fix.
 * __tests__/lib/search/indexJson.test.ts holds the two equal on real posts.
 */
export function indexJson<T>(
  documents: readonly T[],
  options: Options<T>,
): IndexJson {
  const {
    fields,
    storeFields = [],
    idField = "id",
    extractField = (doc: T, name: string) =>
      (doc as Record<string, unknown>)[name],
    stringifyField = (value: unknown) => String(value),
    tokenize = (text: string) => text.split(/\s+/u),
    processTerm = (term: string) => term.toLowerCase(),
  } = options;
  const fieldIds: Record<string, number> = {};
  fields.forEach((field, i) => {
    fieldIds[field] = i;
  });
  const documentIds: Record<string, unknown> = {};
  const fieldLength: Record<string, number[]> = {};
  const storedFields: Record<string, Record<string, unknown>> = {};
  const averageFieldLength: number[] = [];
  const index = new Map<string, TermFields>();
  const seenIds = new Set<unknown>();

  // A field's tokens are counted first, and each distinct one is processed and filed once:
  // that count is also the field length MiniSearch keeps (its distinct tokens). This assumes,
  // as any sensible processTerm is, that the same token always gives the same terms.
  const tokenCounts = new Map<string, number>();
  const termCounts = new Map<string, number>();
  const addTerm = (term: string | null | undefined | false, n: number) => {
    if (term) termCounts.set(term, (termCounts.get(term) ?? 0) + n);
  };
  const fileTerms = (fieldId: number, shortId: number) => {
    for (const [term, frequency] of termCounts) {
      let termFields = index.get(term);
      if (termFields === undefined) index.set(term, (termFields = new Map()));
      let freqs = termFields.get(fieldId);
      if (freqs === undefined) termFields.set(fieldId, (freqs = new Map()));
      freqs.set(shortId, frequency);
    }
    termCounts.clear();
  };

  documents.forEach((doc, shortId) => {
    const id = extractField(doc, idField);
    if (id == null)
      throw new Error(`search index: a document has no "${idField}"`);
    if (seenIds.has(id))
      throw new Error(`search index: duplicate id ${String(id)}`);
    seenIds.add(id);
    documentIds[shortId] = id;
    if (storeFields.length > 0) {
      const stored: Record<string, unknown> = {};
      for (const name of storeFields) {
        const value = extractField(doc, name);
        if (value !== undefined) stored[name] = value;
      }
      storedFields[shortId] = stored;
    }
    const lengths: number[] = [];
    fields.forEach((field, fieldId) => {
      const value = extractField(doc, field);
      if (value == null) return;
      tokenCounts.clear();
      for (const token of tokenize(stringifyField(value, field), field))
        tokenCounts.set(token, (tokenCounts.get(token) ?? 0) + 1);
      const length = tokenCounts.size;
      lengths[fieldId] = length;
      // MiniSearch's running mean, step for step, so the figures match to the last bit.
      const mean = averageFieldLength[fieldId] || 0;
      averageFieldLength[fieldId] = (mean * shortId + length) / (shortId + 1);
      for (const [token, n] of tokenCounts) {
        const processed = processTerm(token, field);
        if (Array.isArray(processed))
          for (const term of processed) addTerm(term, n);
        else addTerm(processed, n);
      }
      fileTerms(fieldId, shortId);
    });
    fieldLength[shortId] = lengths;
  });

  const entries: IndexJson["index"] = [];
  for (const [term, termFields] of index) {
    const data: Record<string, Record<string, number>> = {};
    for (const [fieldId, freqs] of termFields)
      data[fieldId] = Object.fromEntries(freqs);
    entries.push([term, data]);
  }
  return {
    documentCount: documents.length,
    nextId: documents.length,
    documentIds,
    fieldIds,
    fieldLength,
    averageFieldLength,
    storedFields,
    dirtCount: 0,
    index: entries,
    serializationVersion: 2,
  };
}
