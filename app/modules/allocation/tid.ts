/** Oslo wall-clock time ↔ instants, without a time-zone library (Intl knows Europe/Oslo). */
const fmt = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function osloDeler(d: Date): { dato: string; tid: string } {
  const p = Object.fromEntries(fmt.formatToParts(d).map((x) => [x.type, x.value]));
  return { dato: `${p.year}-${p.month}-${p.day}`, tid: `${p.hour}:${p.minute}` };
}

/** `2026-12-03` + `14:30` in Oslo → the instant. */
export function fraOsloTid(dato: string, tid: string): Date {
  const [y, m, d] = dato.split("-").map(Number) as [number, number, number];
  const [h, min] = tid.split(":").map(Number) as [number, number];
  const somUtc = Date.UTC(y, m - 1, d, h, min);
  // Oslo is UTC+1 or UTC+2: try both and keep the one that reads back as the wall-clock time asked for.
  for (const timer of [1, 2]) {
    const kandidat = new Date(somUtc - timer * 3_600_000);
    const s = osloDeler(kandidat);
    if (s.dato === dato && s.tid === tid) return kandidat;
  }
  return new Date(somUtc - 3_600_000);
}

/** The instant as Oslo date and time, e.g. { dato: "2026-12-03", tid: "14:30" }. */
export function tilOsloTid(d: Date): { dato: string; tid: string } {
  return osloDeler(d);
}
