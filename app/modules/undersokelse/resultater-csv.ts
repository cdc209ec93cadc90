import type { Resultater } from "./get-resultater.server";
import { INDIKATORER } from "./instrument";
import type { Celle } from "./statistikk";

const SKJULT = "–";

const INDIKATORNAVN: Record<(typeof INDIKATORER)[number], string> = {
  samlet: "Samlet",
  helhet: "Alt i alt",
  bolig: "Boligen og huset",
  trygghet: "Trygghet",
  utleier: "Respekt og informasjon",
  naboskap: "Naboer",
  medvirkning: "Fellesskap",
  kontakt: "Vet hvem de skal kontakte (%)",
  beboerrad: "Ønsker beboerråd (%)",
};

const felt = (t: string) => (/[";\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
const tall = (x: number) => String(x).replace(".", ",");

function celler(c: Celle): string[] {
  return c.skjult === null
    ? [tall(c.indeks), tall(c.lav), tall(c.hoy), String(c.n)]
    : [SKJULT, SKJULT, SKJULT, SKJULT];
}

/**
 * The permitted aggregates of the results page as CSV for Norwegian spreadsheets (semicolon, decimal comma,
 * UTF-8 with BOM): the chosen round's top unit and units, the trend, and the group breakdown if asked — built
 * only from what getResultater returned, so hidden cells are "–" here too.
 */
export function resultaterCsv(r: Resultater): string {
  const hode = [
    "Del",
    "Runde",
    "Enhet",
    "Svar",
    "Husstander",
    ...INDIKATORER.flatMap((i) => [
      INDIKATORNAVN[i],
      `${INDIKATORNAVN[i]} nedre`,
      `${INDIKATORNAVN[i]} øvre`,
      `${INDIKATORNAVN[i]} n`,
    ]),
  ];
  const linjer: string[][] = [hode];
  const runde = r.valgtRunde?.navn ?? "";
  if (r.topp)
    linjer.push([
      "Totalt",
      runde,
      r.toppNavn,
      String(r.topp.svar),
      String(r.topp.husstander),
      ...INDIKATORER.flatMap((i) => celler(r.topp!.celler[i])),
    ]);
  for (const e of r.enheter)
    linjer.push([
      r.niva === "by" ? "Bydel" : "Adresse",
      runde,
      e.navn,
      String(e.svar),
      String(e.husstander),
      ...INDIKATORER.flatMap((i) => celler(e.celler[i])),
    ]);
  for (const g of r.grupper?.rader ?? [])
    linjer.push([
      `Gruppe (${r.grupper!.gruppering})`,
      runde,
      g.gruppe,
      "",
      "",
      ...INDIKATORER.flatMap((i) => celler(g.celler[i])),
    ]);
  for (const t of r.trend)
    linjer.push([
      "Utvikling",
      t.runde.navn,
      r.toppNavn,
      String(t.rad.svar),
      String(t.rad.husstander),
      ...INDIKATORER.flatMap((i) => celler(t.rad.celler[i])),
    ]);
  return `\uFEFF${linjer.map((l) => l.map(felt).join(";")).join("\r\n")}\r\n`;
}
