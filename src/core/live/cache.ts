import type { Clock } from './clock.ts';

/**
 * Where live answers are kept between runs. Async so that the worker can back it with
 * `storage.session`; the CLI and tests use the in-memory one. Values are sanitised answers,
 * never raw bodies.
 */
export interface LiveCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

/** In-memory, bounded: the oldest entry goes first when full. */
export class MemoryCache implements LiveCache {
  private readonly entries = new Map<string, { value: unknown; expires: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly maxEntries = 500,
  ) {}

  async get(key: string): Promise<unknown | undefined> {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= this.clock.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.clock.now() + ttlMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
}
