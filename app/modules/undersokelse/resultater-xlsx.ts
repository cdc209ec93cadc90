import ExcelJS from "exceljs";
import { t, type MessageKey } from "../../i18n";
import type { Celler, Resultater } from "./get-resultater.server";
import { INDIKATORER } from "./instrument";
import type { Celle } from "./statistikk";

/** What a hidden cell holds in the file: a dash, never a number (not even n). */
export const SKJULT = "–";

const TALLFORMAT = "0.0";

const indikatornavn = (i: (typeof INDIKATORER)[number]) =>
  t("nb", `undersokelse.indikator.${i}` as MessageKey);

function celleverdier(c: Celle): Array<number | string> {
  return c.skjult === null ? [c.indeks, c.lav, c.hoy, c.n] : [SKJULT, SKJULT, SKJULT, SKJULT];
}

const alleCeller = (celler: Celler) => INDIKATORER.flatMap((i) => celleverdier(celler[i]));

/**
 * The permitted aggregates of the results page as an Excel workbook (.xlsx): the same rows as the CSV file
 * (the chosen round's top unit and its units, the group breakdown if asked, the trend), with Norwegian
 * headers, figures stored as numbers (one decimal) and hidden cells as "–". Built only from what
 * getResultater returned, so the suppression of the query layer holds here too. A second sheet explains
 * the rules.
 */
export async function resultaterXlsx(r: Resultater): Promise<Buffer> {
  const bok = new ExcelJS.Workbook();
  bok.creator = "Bomiljø";
  // A fixed date: the file says nothing about when it was made beyond what the user knows.
  bok.created = new Date(0);
  bok.modified = new Date(0);

  const ark = bok.addWorksheet("Resultater", { views: [{ state: "frozen", ySplit: 1, xSplit: 3 }] });
  const hode = [
    "Del",
    "Runde",
    "Enhet",
    "Svar",
    "Husstander",
    ...INDIKATORER.flatMap((i) => {
      const navn = indikatornavn(i);
      return [navn, `${navn} nedre`, `${navn} øvre`, `${navn} n`];
    }),
  ];
  ark.addRow(hode).font = { bold: true };

  const runde = r.valgtRunde?.navn ?? "";
  const enhetsdel = r.niva === "by" ? "Bydel" : "Adresse";
  if (r.topp)
    ark.addRow(["Totalt", runde, r.toppNavn, r.topp.svar, r.topp.husstander, ...alleCeller(r.topp.celler)]);
  for (const e of r.enheter)
    ark.addRow([enhetsdel, runde, e.navn, e.svar, e.husstander, ...alleCeller(e.celler)]);
  if (r.grupper) {
    const gruppering = r.grupper.gruppering;
    const del = `Gruppe: ${t("nb", `undersokelse.gruppering.${gruppering}` as MessageKey)}`;
    for (const g of r.grupper.rader)
      ark.addRow([
        del,
        runde,
        t("nb", `undersokelse.gruppe.${gruppering}.${g.gruppe}` as MessageKey),
        null,
        null,
        ...alleCeller(g.celler),
      ]);
  }
  for (const tr of r.trend)
    ark.addRow([
      "Utvikling",
      tr.runde.navn,
      r.toppNavn,
      tr.rad.svar,
      tr.rad.husstander,
      ...alleCeller(tr.rad.celler),
    ]);

  ark.columns.forEach((kolonne, nr) => {
    kolonne.width = nr < 3 ? 28 : Math.max(10, Math.min(24, String(hode[nr]).length + 2));
    // Index, lower and upper bound: one decimal; n: whole numbers (the general format).
    if (nr >= 5 && (nr - 5) % 4 !== 3) kolonne.numFmt = TALLFORMAT;
  });
  ark.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: hode.length } };

  const om = bok.addWorksheet("Om tallene");
  om.getColumn(1).width = 110;
  const linjer = [
    "Bomiljøundersøkelsen – om tallene",
    "",
    `Visning: ${r.niva === "by" ? "hele byen og bydelene (Velferdsetaten)" : `${r.toppNavn} og adressene i bydelen`}.`,
    `Runde: ${runde || "ingen"}.`,
    "",
    "Indeksen går fra 0 (alle svarer «Veldig dårlig») til 100 (alle svarer «Veldig bra»). For ja/nei-spørsmålene er tallet andelen som svarer ja, i prosent.",
    "«nedre» og «øvre» er et 95 % konfidensintervall. «n» er antallet som svarte på spørsmålene bak tallet.",
    "",
    "Skjulte tall («–»):",
    `• Vi viser ikke tall som bygger på færre enn ${r.terskel} svar.`,
    `• Når svarene deles opp i grupper (botid, barn i husstanden), må hver gruppe ha minst ${r.gruppeterskel} svar.`,
    `• Når et tall er skjult, skjuler vi også så mange andre tall i samme tabell at de skjulte til sammen bygger på minst ${r.terskel} svar. Da kan ingen regne ut et skjult tall ved å trekke de viste fra totalen.`,
    "• Et skjult tall står som «–» uten antall svar: filen inneholder bare tallene som også vises på siden.",
    "• En runde som ikke er avsluttet, har ingen tall, bare svarprosenten: tallene ville endret seg med hvert svar, og da kunne noen regne ut et enkeltsvar. Tallene kommer dagen etter rundens siste dag.",
    "",
    "Antall svar og husstander vises alltid: de gir svarprosenten. Det som er hemmelig, er hva folk svarte.",
  ];
  for (const l of linjer) om.addRow([l]).alignment = { wrapText: true, vertical: "top" };
  om.getRow(1).font = { bold: true, size: 14 };

  return Buffer.from(await bok.xlsx.writeBuffer());
}
