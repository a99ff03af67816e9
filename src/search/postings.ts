const NONE = 0xffffffff;
const CHUNK_BITS = 16;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/**
 * Each term's (document, field, frequency) postings, in the order added, as linked lists in
 * 64K-entry chunks of one Uint32Array each: 12 bytes a posting ([document × fields + field,
 * frequency, next]). A JavaScript array of small integers costs 8 bytes an element plus the
 * room it keeps to grow, twice as much a posting and more; the index's peak memory at 10,000
 * posts is in docs/benchmarks.md (scripts/bench/search/searchIndexBuild.ts measures it).
 * Chunks, rather than one array grown by copying, never hold two copies at once.
 */
export class Postings {
  /** Every term, in the order first met; a term's number is its place here. */
  readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  private heads = new Uint32Array(1024);
  private tails = new Uint32Array(1024);
  private readonly chunks: Uint32Array[] = [];
  private size = 0;

  constructor(private readonly fieldCount: number) {}

  add(term: string, document: number, field: number, frequency: number): void {
    const slot = document * this.fieldCount + field;
    if (slot >= NONE || this.size >= NONE)
      throw new Error("search index: too many posts for one index");
    const entry = this.size++;
    if (entry >>> CHUNK_BITS === this.chunks.length)
      this.chunks.push(new Uint32Array(3 << CHUNK_BITS));
    this.write(entry, slot, frequency);
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
      if (id === this.heads.length) {
        this.heads = grown(this.heads);
        this.tails = grown(this.tails);
      }
      this.heads[id] = entry;
    } else {
      this.setNext(this.tails[id] ?? NONE, entry);
    }
    this.tails[id] = entry;
  }

  forEach(
    term: string,
    visit: (document: number, field: number, frequency: number) => void,
  ): void {
    const id = this.termIds.get(term);
    let entry = id === undefined ? NONE : (this.heads[id] ?? NONE);
    while (entry !== NONE) {
      const chunk = this.chunks[entry >>> CHUNK_BITS];
      if (!chunk) break;
      const at = (entry & CHUNK_MASK) * 3;
      const slot = chunk[at] ?? 0;
      visit(
        Math.floor(slot / this.fieldCount),
        slot % this.fieldCount,
        chunk[at + 1] ?? 0,
      );
      entry = chunk[at + 2] ?? NONE;
    }
  }

  private write(entry: number, slot: number, frequency: number): void {
    const chunk = this.chunks[entry >>> CHUNK_BITS];
    if (!chunk) return;
    const at = (entry & CHUNK_MASK) * 3;
    chunk[at] = slot;
    chunk[at + 1] = frequency;
    chunk[at + 2] = NONE;
  }

  private setNext(entry: number, next: number): void {
    const chunk = this.chunks[entry >>> CHUNK_BITS];
    if (chunk) chunk[(entry & CHUNK_MASK) * 3 + 2] = next;
  }
}

function grown(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
