/**
 * Where the multi-line records of one file end, by the line they start on: for findings that rules report
 * at the end of the dataset, naming only a line (near-duplicate, split-leakage). Records arrive in line
 * order, so two growing arrays and a binary search hold them: 8 bytes a multi-line record, nothing for a
 * JSON Lines file.
 */
export class RecordEnds {
  private starts: Int32Array = new Int32Array(64);
  private ends: Int32Array = new Int32Array(64);
  private size = 0;
  /** The start line of the last record seen: of records sharing a line, the first one's end is kept. */
  private lastStart = 0;

  /** Notes a record; `endLine` is undefined for a one-line record. */
  add(line: number, endLine: number | undefined): void {
    if (line === this.lastStart) return;
    this.lastStart = line;
    if (endLine === undefined) return;
    if (this.size === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.size] = line;
    this.ends[this.size] = endLine;
    this.size++;
  }

  /** The end line of the record starting at `line`, when it spans lines. */
  endOf(line: number): number | undefined {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = this.starts[middle] as number;
      if (start === line) return this.ends[middle];
      if (start < line) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
