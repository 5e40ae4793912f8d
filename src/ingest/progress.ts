// Progress of a long ingest on stderr: a bar redrawn in place on a terminal (done/total, rate, time left),
// plain lines on request for logs (--progress), nothing otherwise, so pipes and scripts stay quiet.

export type ProgressMode = 'bar' | 'lines' | 'off';

interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

/** The bar on a terminal; lines when asked for them; nothing on pipes unless asked. */
export function progressMode(stream: NodeJS.WritableStream, opts: { quiet?: boolean; lines?: boolean }): ProgressMode {
  if (opts.quiet) return 'off';
  if ((stream as ProgressStream).isTTY) return 'bar';
  return opts.lines ? 'lines' : 'off';
}

const BAR_REDRAW_MS = 100;
const LINE_EVERY_MS = 2000;
/** In lines mode, also a line at every this share of the total. */
const LINE_STEP = 0.05;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

export class Progress {
  private done = 0;
  private failed = 0;
  /** When the first document was done: the rate leaves out start-up (loading models), which is not per document. */
  private started: number | null = null;
  private lastDraw = -Infinity;
  private lastLineStep = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    readonly mode: ProgressMode,
    private total: number | null = null,
    private readonly unit = 'documents',
  ) {}

  setTotal(total: number | null): void {
    this.total = total;
  }

  tick(failed = false): void {
    this.done++;
    this.started ??= performance.now();
    if (failed) this.failed++;
    if (this.total !== null && this.done > this.total) this.total = this.done;
    this.draw(false);
  }

  /** Writes a message (a failure) above the bar without breaking it. */
  note(text: string): void {
    if (this.mode === 'bar' && this.drawn) this.stream.write('\r\x1b[K');
    this.stream.write(text.endsWith('\n') ? text : text + '\n');
    if (this.mode === 'bar' && this.drawn) this.draw(true);
  }

  /** Clears the bar (the summary follows), or writes the last line. */
  finish(): void {
    if (this.mode === 'bar' && this.drawn) this.stream.write('\r\x1b[K');
    if (this.mode === 'lines' && this.done > 0) this.stream.write(this.status() + '\n');
    this.drawn = false;
  }

  status(): string {
    const secs = this.started === null ? 0 : (performance.now() - this.started) / 1000;
    const rate = this.done > 1 ? (this.done - 1) / Math.max(secs, 1e-3) : 0;
    const count = this.total !== null ? `${this.done}/${this.total}` : `${this.done}`;
    const left = this.total !== null && rate > 0 ? `, ${duration((this.total - this.done) / rate)} left` : '';
    const failed = this.failed ? `, ${this.failed} failed` : '';
    return `${count} ${this.unit}, ${rate.toFixed(1)}/s${failed}${left}`;
  }

  private draw(force: boolean): void {
    if (this.mode === 'off') return;
    const now = performance.now();
    if (this.mode === 'lines') {
      const step = this.total ? Math.floor(this.done / Math.max(1, Math.ceil(this.total * LINE_STEP))) : 0;
      if (!force && step === this.lastLineStep && now - this.lastDraw < LINE_EVERY_MS) return;
      this.lastLineStep = step;
      this.lastDraw = now;
      this.stream.write(this.status() + '\n');
      return;
    }
    if (!force && now - this.lastDraw < BAR_REDRAW_MS && this.done !== this.total) return;
    this.lastDraw = now;
    const text = this.status();
    const columns = (this.stream as ProgressStream).columns || 80;
    const width = Math.max(0, Math.min(30, columns - text.length - 4));
    const share = this.total ? this.done / this.total : 0;
    const bar = this.total && width >= 5 ? `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ` : '';
    this.stream.write(`\r\x1b[K${bar}${text}`.slice(0, columns + 5));
    this.drawn = true;
  }
}
