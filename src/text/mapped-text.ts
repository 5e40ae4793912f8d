// A string that remembers where each of its characters came from in the source document.
// Cleaning cuts a page into pieces and repair inserts spaces; every annotation is found on the
// repaired text but must point back into the original input, so offsets travel through this map.

export interface Span {
  start: number;
  end: number;
}

export class MappedText {
  /**
   * @param text the working text
   * @param map  map[i] is the source offset of text[i]; map has text.length + 1 entries, the last one
   *             being the source offset just past the final character.
   */
  constructor(
    readonly text: string,
    readonly map: Int32Array,
  ) {
    if (map.length !== text.length + 1) throw new RangeError('MappedText map must have text.length + 1 entries');
  }

  /** The text as it stands in the source, starting at `offset`. */
  static identity(text: string, offset = 0): MappedText {
    const map = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) map[i] = offset + i;
    return new MappedText(text, map);
  }

  /** Joins pieces with a separator; separator characters map to the end of the piece before them. */
  static join(parts: readonly MappedText[], separator: string): MappedText {
    if (parts.length === 0) return MappedText.identity('');
    const total = parts.reduce((n, p) => n + p.text.length, 0) + separator.length * (parts.length - 1);
    const map = new Int32Array(total + 1);
    let text = '';
    let at = 0;
    parts.forEach((p, i) => {
      if (i > 0) {
        const anchor = parts[i - 1]!.map[parts[i - 1]!.text.length]!;
        for (let k = 0; k < separator.length; k++) map[at + k] = anchor;
        at += separator.length;
        text += separator;
      }
      map.set(p.map.subarray(0, p.text.length), at);
      at += p.text.length;
      text += p.text;
    });
    map[total] = parts[parts.length - 1]!.map[parts[parts.length - 1]!.text.length]!;
    return new MappedText(text, map);
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end = this.text.length): MappedText {
    const s = Math.max(0, start);
    const e = Math.min(this.text.length, end);
    const map = new Int32Array(e - s + 1);
    map.set(this.map.subarray(s, e), 0);
    map[e - s] = e > s ? this.map[e - 1]! + 1 : this.map[s]!;
    return new MappedText(this.text.slice(s, e), map);
  }

  /** Trims white space at both ends, keeping the map. */
  trim(): MappedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return start === 0 && end === this.text.length ? this : this.slice(start, Math.max(start, end));
  }

  /**
   * Applies non-overlapping edits (sorted or not). Inserted characters map to the source offset of the
   * character they replace or, for pure insertions, of the character after them.
   */
  edit(edits: ReadonlyArray<{ start: number; end: number; replacement: string }>): MappedText {
    if (edits.length === 0) return this;
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    // The map is written into one array of the final length: pushing a number per character and copying
    // them at the end cost more than all of repair's rules on a long page.
    let length = this.text.length;
    for (const e of sorted) length += e.replacement.length - (e.end - e.start);
    const map = new Int32Array(length + 1);
    const parts: string[] = [];
    let at = 0;
    let w = 0;
    for (const e of sorted) {
      if (e.start < at) throw new RangeError('MappedText.edit: overlapping edits');
      map.set(this.map.subarray(at, e.start), w);
      w += e.start - at;
      parts.push(this.text.slice(at, e.start));
      map.fill(this.map[e.start]!, w, w + e.replacement.length);
      w += e.replacement.length;
      parts.push(e.replacement);
      at = e.end;
    }
    map.set(this.map.subarray(at, this.text.length), w);
    w += this.text.length - at;
    parts.push(this.text.slice(at));
    map[w] = this.map[this.text.length]!;
    return new MappedText(parts.join(''), map);
  }

  /** The source span of [start, end) in this text. End is exclusive in both. */
  toSource(start: number, end: number): Span {
    const s = this.map[Math.max(0, Math.min(start, this.text.length))]!;
    if (end <= start) return { start: s, end: s };
    const e = this.map[Math.min(end, this.text.length) - 1]! + 1;
    return { start: s, end: Math.max(s, e) };
  }
}
