/**
 * Progress of a transfer: on a terminal one line redrawn in place (table n of
 * N, a bar of the table's rows, the rate); otherwise one plain line per table,
 * which is what CI logs and pipes want.
 */
const BAR_WIDTH = 24;

const number = (n: number) => n.toLocaleString("en-US");

export class TransferProgress {
  private tableIndex = 0;
  private tableName = "";
  private tableRows = 0;
  private tableDone = 0;
  private tableStarted = 0;
  private readonly started = Date.now();
  totalRows = 0;

  constructor(
    private readonly tables: number,
    private readonly live = Boolean(process.stdout.isTTY),
  ) {}

  startTable(name: string, rows: number, alreadyDone = 0) {
    this.tableIndex += 1;
    this.tableName = name;
    this.tableRows = rows;
    this.tableDone = alreadyDone;
    this.tableStarted = Date.now();
    this.draw();
  }

  add(rows: number) {
    this.tableDone += rows;
    this.totalRows += rows;
    this.draw();
  }

  endTable() {
    const seconds = (Date.now() - this.tableStarted) / 1000;
    const line = `[${this.tableIndex}/${this.tables}] ${this.tableName}: ${number(this.tableDone)} rows in ${seconds.toFixed(1)} s`;
    if (this.live) process.stdout.write("\r\x1b[2K");
    console.log(line);
  }

  /** Rows per second over the whole run. */
  get rate(): number {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    return this.totalRows / seconds;
  }

  get seconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  private draw() {
    if (!this.live) return;
    const share = this.tableRows === 0 ? 1 : Math.min(1, this.tableDone / this.tableRows);
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
    process.stdout.write(
      `\r\x1b[2K[${this.tableIndex}/${this.tables}] ${this.tableName} ${bar} ${number(this.tableDone)}/${number(this.tableRows)} rows · ${number(Math.round(this.rate))} rows/s`,
    );
  }
}
