/**
 * One progress line: which size, which step, and for timed steps the seconds
 * gone. Rewritten in place on a terminal; one line per step otherwise (CI logs).
 */
export class Progress {
  size = "";
  private current = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly live = Boolean(process.stdout.isTTY);

  constructor(private readonly steps: number) {}

  /** Starts the next step; a timed one shows its elapsed seconds. */
  step(label: string, seconds?: number) {
    clearInterval(this.timer);
    this.current += 1;
    const prefix = `[${this.current}/${this.steps}]${this.size ? ` ${this.size} ·` : ""} ${label}`;
    if (!this.live) {
      console.log(seconds === undefined ? prefix : `${prefix} (${seconds} s)`);
      return;
    }
    const started = Date.now();
    const draw = () => {
      const elapsed = Math.min(seconds ?? 0, Math.floor((Date.now() - started) / 1000));
      const clock = seconds === undefined ? "" : ` ${elapsed}/${seconds} s`;
      process.stdout.write(`\r\x1b[2K${prefix}${clock}`);
    };
    draw();
    this.timer = setInterval(draw, 1000);
  }

  done() {
    clearInterval(this.timer);
    if (this.live) process.stdout.write("\r\x1b[2K");
  }
}
