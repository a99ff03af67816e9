import type MiniSearch from "minisearch";
import type { Options } from "minisearch";
import { Postings } from "./postings";

export type IndexJson = ReturnType<MiniSearch["toJSON"]>;
export type IndexEntry = IndexJson["index"][number];

/** A field's distinct terms with their counts, and its length as MiniSearch counts it. */
export interface AnalysedField {
  terms: Array<[term: string, frequency: number]>;
  length: number;
}

/** Each searchable field of a document in `fields` order; null where the document has none. */
export type AnalysedFields = Array<AnalysedField | null>;

/**
 * Builds what `new MiniSearch(options).addAll(documents).toJSON()` returns — the same
 * documents, field lengths, averages and term frequencies, which the reader's browser loads
 * with `MiniSearch.loadJS` — one document at a time, in compact form.
 *
 * Why not MiniSearch itself at build time: it files every token occurrence into its radix tree,
 * which was about half of what the index cost; the tree only serves prefix and fuzzy lookups,
 * and the build never searches. And why `Postings` rather than a Map per term and field: a big
 * blog has millions of (term, field, post) counts, and nested Maps of them took gigabytes and
 * long garbage collections (figures: docs/benchmarks.md).
 * Terms come out in the order first met rather than MiniSearch's tree order, which the format
 * does not fix. __tests__/search/indexJson.test.ts holds the two equal on real posts.
 */
export class IndexBuilder<T> {
  private readonly options: Required<
    Pick<
      Options<T>,
      | "fields"
      | "storeFields"
      | "idField"
      | "extractField"
      | "stringifyField"
      | "tokenize"
      | "processTerm"
    >
  >;
  private readonly fieldIds: Record<string, number> = {};
  private readonly documentIds: Record<string, unknown> = {};
  private readonly fieldLength: Record<string, number[]> = {};
  private readonly storedFields: Record<string, Record<string, unknown>> = {};
  private readonly averageFieldLength: number[] = [];
  private readonly postings: Postings;
  private readonly seenIds = new Set<unknown>();
  private count = 0;
  // Reused for each field: its tokens, then its terms, with their counts.
  private readonly tokenCounts = new Map<string, number>();
  private readonly termCounts = new Map<string, number>();

  constructor(options: Options<T>) {
    this.options = {
      storeFields: [],
      idField: "id",
      extractField: (doc: T, name: string) =>
        (doc as Record<string, unknown>)[name],
      stringifyField: (value: unknown) => String(value),
      tokenize: (text: string) => text.split(/\s+/u),
      processTerm: (term: string) => term.toLowerCase(),
      ...options,
    };
    this.options.fields.forEach((field, i) => {
      this.fieldIds[field] = i;
    });
    this.postings = new Postings(this.options.fields.length);
  }

  add(doc: T): void {
    this.addAnalysed(doc, this.analyse(doc));
  }

  /**
   * What a document's searchable fields come to: each field's distinct terms with their counts,
   * and its length (null for a field the document lacks). The costly part of indexing, and a
   * function of the fields' text alone, so a build can keep it per post and skip it next time
   * (gatsby/search/searchTermsCache.ts).
   */
  analyse(doc: T): AnalysedFields {
    const { fields, extractField } = this.options;
    return fields.map((field) => {
      const value = extractField(doc, field);
      return value == null ? null : this.analyseField(field, value);
    });
  }

  /** Files `doc` under the next short id with its fields as `analyse` gave them. */
  addAnalysed(doc: T, analysed: AnalysedFields): void {
    const { storeFields, idField, extractField } = this.options;
    const shortId = this.count;
    const id = extractField(doc, idField);
    if (id == null)
      throw new Error(`search index: a document has no "${idField}"`);
    if (this.seenIds.has(id))
      throw new Error(`search index: duplicate id ${String(id)}`);
    this.seenIds.add(id);
    this.documentIds[shortId] = id;
    if (storeFields.length > 0) {
      const stored: Record<string, unknown> = {};
      for (const name of storeFields) {
        const value = extractField(doc, name);
        if (value !== undefined) stored[name] = value;
      }
      this.storedFields[shortId] = stored;
    }
    const lengths: number[] = [];
    analysed.forEach((field, fieldId) => {
      if (field === null) return;
      for (const [term, frequency] of field.terms)
        this.postings.add(term, shortId, fieldId, frequency);
      lengths[fieldId] = field.length;
      // MiniSearch's running mean, step for step, so the figures match to the last bit.
      const mean = this.averageFieldLength[fieldId] || 0;
      this.averageFieldLength[fieldId] =
        (mean * shortId + field.length) / (shortId + 1);
    });
    this.fieldLength[shortId] = lengths;
    this.count += 1;
  }

  /**
   * Counts a field's tokens, then processes each distinct one once: that count is also the
   * field length MiniSearch keeps (its distinct tokens). It relies on processTerm giving the
   * same terms for the same token, as ours (the identity) does.
   */
  private analyseField(field: string, value: unknown): AnalysedField {
    const { tokenize, stringifyField, processTerm } = this.options;
    const { tokenCounts, termCounts } = this;
    tokenCounts.clear();
    for (const token of tokenize(stringifyField(value, field), field))
      tokenCounts.set(token, (tokenCounts.get(token) ?? 0) + 1);
    termCounts.clear();
    const addTerm = (term: string | null | undefined | false, n: number) => {
      if (term) termCounts.set(term, (termCounts.get(term) ?? 0) + n);
    };
    for (const [token, n] of tokenCounts) {
      const processed = processTerm(token, field);
      if (Array.isArray(processed))
        for (const term of processed) addTerm(term, n);
      else addTerm(processed, n);
    }
    return { terms: [...termCounts], length: tokenCounts.size };
  }

  /** Everything but the terms: what the reader's first download (meta.json) carries. */
  documents(): Omit<IndexJson, "index"> {
    return {
      documentCount: this.count,
      nextId: this.count,
      documentIds: this.documentIds,
      fieldIds: this.fieldIds,
      fieldLength: this.fieldLength,
      averageFieldLength: this.averageFieldLength,
      storedFields: this.storedFields,
      dirtCount: 0,
      serializationVersion: 2,
    };
  }

  /** Every term, in the order first met. */
  terms(): readonly string[] {
    return this.postings.terms;
  }

  /** A term in MiniSearch's serialized form: `[term, { field: { document: frequency } }]`. */
  entry(term: string): IndexEntry {
    const data: Record<string, Record<string, number>> = {};
    this.postings.forEach(term, (document, field, frequency) => {
      (data[field] ??= {})[document] = frequency;
    });
    return [term, data];
  }
}
