/** Progress of a load: one redrawn line in a terminal, a line per step elsewhere (CI logs, pipes). */
export class ProgressBar {
  private items = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
    private readonly width = 24,
  ) {}

  step(name: string, count: number, done: number, total: number): void {
    this.items += count;
    if (!this.stream.isTTY) {
      this.stream.write(`${this.label} ${done}/${total}: ${name} ${count}\n`);
      return;
    }
    const filled = Math.round((done / total) * this.width);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}`;
    this.stream.write(
      `\r${this.label} [${bar}] ${done}/${total}  ${String(this.items).padStart(5)} written  ${name.padEnd(40).slice(0, 40)}`,
    );
  }

  done(): void {
    if (this.stream.isTTY) this.stream.write(`\r${this.label}: ${this.items} written${' '.repeat(90)}\n`);
  }
}
