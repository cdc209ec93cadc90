/**
 * A seeded pseudo-random generator for the demo data. Never Math.random: the
 * same seed must give the same rows, byte for byte.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state)
 * seeded through cyrb128. A 32-bit generator such as mulberry32 would do for
 * picking values, but the uuids come from these streams too, and with several
 * forked streams of hundreds of thousands of draws a 2^32 state space risks
 * two streams running into each other.
 */

/** cyrb128: a fast string hash with four 32-bit outputs, used only to seed sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;
  readonly label: string;

  /** A stream named by `label`; the same label always gives the same stream. */
  constructor(label: string) {
    this.label = label;
    [this.#a, this.#b, this.#c, this.#d] = cyrb128(label);
    // Warm up, as the reference implementation recommends.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** A generator for `seed`; fork() it per district or concern so changes in one part leave others alone. */
  static fromSeed(seed: number | string): Random {
    return new Random(`bomiljo-demo:${seed}`);
  }

  /** An independent stream derived from this one's label (not its position). */
  fork(name: string | number): Random {
    return new Random(`${this.label}/${name}`);
  }

  uint32(): number {
    const a = this.#a;
    const b = this.#b;
    const c = this.#c;
    const d = this.#d;
    const t = (((a + b) | 0) + d) | 0;
    this.#d = (d + 1) | 0;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.#c = (r + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick() fra en tom liste");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks a value by weight: [[value, weight], …]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  /** Approximately normal (sum of three uniforms), clamped to [min, max]. */
  normal(mean: number, spread: number, min: number, max: number): number {
    const z = (this.next() + this.next() + this.next() - 1.5) * 2; // about -3..3, sd 1
    return Math.min(max, Math.max(min, mean + z * spread));
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** A version 4 (random) uuid drawn from this stream. */
  uuid(): string {
    const bytes = new Array<number>(16);
    for (let i = 0; i < 16; i += 4) {
      const value = this.uint32();
      bytes[i] = value & 0xff;
      bytes[i + 1] = (value >>> 8) & 0xff;
      bytes[i + 2] = (value >>> 16) & 0xff;
      bytes[i + 3] = value >>> 24;
    }
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const h = bytes.map((b) => HEX[b]!);
    return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h.slice(10).join("")}`;
  }
}
