/**
 * Letter rendering benchmark: renders one decision letter (vedtaksbrev, waiting list, two A4 pages, tagged PDF
 * with the standard fonts) N times after a short warm-up and reports the median and p95 wall time per render.
 *
 *   npx tsx bench/letters.ts [renders]
 */
import { fileURLToPath } from "node:url";
import { ventelisteVedtak } from "../app/modules/letters/fixtures";
import { renderVedtaksbrev } from "../app/modules/letters/render-vedtaksbrev.server";
import { percentile, round } from "./stats";

export type LettersBench = { renders: number; medianMs: number; p95Ms: number; bytes: number };

export async function benchLetters(renders = 100): Promise<LettersBench> {
  const input = ventelisteVedtak();
  const opprettet = new Date("2026-03-13T08:00:00Z");
  let bytes = 0;
  for (let i = 0; i < 5; i++) await renderVedtaksbrev(input, { opprettet });
  const times: number[] = [];
  for (let i = 0; i < renders; i++) {
    const t0 = performance.now();
    const pdf = await renderVedtaksbrev(input, { opprettet });
    times.push(performance.now() - t0);
    bytes = pdf.length;
  }
  return {
    renders,
    medianMs: round(percentile(times, 50), 2),
    p95Ms: round(percentile(times, 95), 2),
    bytes,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(JSON.stringify(await benchLetters(n), null, 2));
}
