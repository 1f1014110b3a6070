import { normalise } from './normalise';

/** Between two fields of a row, and between two rows: a query never holds them (see normalise). */
const FIELD = '\u001f';
const ROW = '\u001e';
// The two separators, taken out of the fields they would otherwise split.
// eslint-disable-next-line no-control-regex
const SEPARATORS = /[\u001e\u001f]/g;

/** How well a field matched: the whole field, its start, or somewhere inside. */
export type Tier = 0 | 1 | 2;

/** Where each piece of `text` starts, pieces split by `separator`, and one past the end (as if a separator followed). */
function startsOf(text: string, separator: string): Int32Array {
  if (text === '') return new Int32Array([0]);
  let count = 1;
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) count += 1;
  const starts = new Int32Array(count + 1);
  let piece = 1;
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) starts[piece++] = at + 1;
  starts[count] = text.length + 1;
  return starts;
}

/**
 * One partition's search rows, compact: the rows' fields as one string (`raw`, what a result
 * shows), and the searched fields normalised as another (`hay`), each field's start in it kept in
 * a typed array; both are what the index file keeps. A query is an indexOf over `hay`: no object
 * per row, about twice the rows' text in memory.
 */
export class PartitionRows {
  private readonly rowStarts: Int32Array;
  private readonly hayStarts: Int32Array;

  private constructor(
    readonly raw: string,
    readonly hay: string,
    /** How many fields of a row are searched. */
    private readonly perRow: number,
  ) {
    this.rowStarts = raw === '' ? new Int32Array([0]) : startsOf(raw, ROW);
    this.hayStarts = raw === '' ? new Int32Array([0]) : startsOf(hay, FIELD);
  }

  /** The rows of a partition's items: `rowOf` gives each item's fields, `searched` those searched (by place, best first). */
  static of<T>(items: readonly T[], rowOf: (item: T) => string[], searched: readonly number[]): PartitionRows {
    const rows = items.map((item) => rowOf(item).map((field) => field.replace(SEPARATORS, ' ')));
    const raw = rows.map((fields) => fields.join(FIELD)).join(ROW);
    const hay = rows.flatMap((fields) => searched.map((at) => normalise(fields[at] ?? ''))).join(FIELD);
    return new PartitionRows(raw, hay, searched.length);
  }

  /** Rows as an index file keeps them; null when the two texts do not fit each other (a damaged file). */
  static stored(raw: string, hay: string, perRow: number): PartitionRows | null {
    const rows = new PartitionRows(raw, hay, perRow);
    return rows.hayStarts.length - 1 === rows.size * perRow ? rows : null;
  }

  get size(): number {
    return this.rowStarts.length - 1;
  }

  /**
   * Whether some row's field may be exactly `value` (a field at any place with that text: a quick
   * look, no row split; never false when a row has it, where the field is wanted checked after).
   */
  mayHold(value: string): boolean {
    const text = value.replace(SEPARATORS, ' ');
    for (let at = this.raw.indexOf(text); at !== -1; at = this.raw.indexOf(text, at + 1)) {
      const before = at === 0 ? ROW : this.raw[at - 1];
      const after = this.raw[at + text.length] ?? ROW;
      if ((before === FIELD || before === ROW) && (after === FIELD || after === ROW)) return true;
    }
    return false;
  }

  /** A row's fields. */
  row(r: number): string[] {
    return this.raw.slice(this.rowStarts[r], this.rowStarts[r + 1]! - 1).split(FIELD);
  }

  /**
   * Calls `hit` once for each row a field of which holds `query` (normalised), in row order, with
   * the first such field (by its place in `searched`) and how well it matched.
   */
  find(query: string, hit: (row: number, field: number, tier: Tier) => void): void {
    const { perRow, hay } = this;
    const starts = this.hayStarts;
    const fields = starts.length - 1;
    let at = 0;
    let pos = hay.indexOf(query);
    while (pos !== -1) {
      // The field the match is in: matches only move forward, and so does this.
      while (starts[at + 1]! <= pos) at += 1;
      const row = Math.floor(at / perRow);
      const start = starts[at]!;
      hit(row, at % perRow, pos !== start ? 2 : starts[at + 1]! - 1 - start === query.length ? 0 : 1);
      at = (row + 1) * perRow;
      if (at >= fields) break;
      pos = hay.indexOf(query, starts[at]!);
    }
  }
}
