import type { Clock } from './clock.ts';

/**
 * At most one request per interval (GDELT asks for one every 5 s and answers 429 beyond).
 * The slot is reserved synchronously, so concurrent callers queue in call order.
 */
export class RateLimiter {
  private next = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly clock: Clock,
  ) {}

  async take(): Promise<void> {
    const now = this.clock.now();
    const at = Math.max(now, this.next);
    this.next = at + this.intervalMs;
    if (at > now) await this.clock.sleep(at - now);
  }

  /** The server asked us to wait: no slot before `ms` from now. */
  defer(ms: number): void {
    this.next = Math.max(this.next, this.clock.now() + ms);
  }
}
