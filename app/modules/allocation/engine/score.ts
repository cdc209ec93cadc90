/**
 * The objective: a score per (household, unit) pair, split into named parts so every suggestion can say which
 * factors counted and by how much. All parts are rounded to 1e-6 so the model, the verification and the
 * explanation add up to exactly the same numbers.
 */
import { romIntervall } from "./eligibility";
import { personer, type Bolig, type Husstand, type Oppgang, type Regler, type Vekter } from "./problem";

export type FaktorKode =
  | "prioritet"
  | "ventetid"
  | "romPassform"
  | "tilretteleggingSvinn"
  | "onsketBydel"
  | "onsketOmrade"
  | "onsketStorrelse"
  | "balanse"
  | "fyllBolig";

export type Faktor = { faktor: FaktorKode; poeng: number; grunnlag: string };

export const round6 = (x: number): number => {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r; // no -0
};

/** Share of households with high follow-up need already living in the stairwell (0 when empty). */
export function andelHoyOppfolging(o: Oppgang): number {
  return o.eksisterende.husstander === 0 ? 0 : o.eksisterende.hoyOppfolging / o.eksisterende.husstander;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** All score parts of a pair, including zero parts (callers filter for display). */
export function faktorer(regler: Regler, vekter: Vekter, h: Husstand, u: Bolig, o: Oppgang): Faktor[] {
  const out: Faktor[] = [];
  const add = (faktor: FaktorKode, poeng: number, grunnlag: string) =>
    out.push({ faktor, poeng: round6(poeng), grunnlag });

  add("prioritet", vekter.prioritet * h.prioritet, `prioritet ${h.prioritet} × ${vekter.prioritet}`);
  add(
    "ventetid",
    (vekter.ventetid * h.ventedager) / 365,
    `${h.ventedager} dager på venteliste (${(h.ventedager / 365).toFixed(1)} år × ${vekter.ventetid})`,
  );
  const { min } = romIntervall(regler, personer(h));
  const over = Math.max(0, u.rom - min);
  const steg = regler.romnorm.maksRomOverNorm + 1;
  add(
    "romPassform",
    vekter.romPassform * (1 - over / steg),
    over === 0 ? `${u.rom} rom er akkurat normen` : `${u.rom} rom er ${over} over normen på ${min}`,
  );
  if (u.rullestol && !h.behov.rullestol) {
    add(
      "tilretteleggingSvinn",
      -vekter.tilretteleggingSvinn,
      "rullestoltilpasset bolig til husstand uten slikt behov",
    );
  }
  if (h.onsker.bydeler.some((b) => b.toLocaleLowerCase("nb") === o.bydel.toLocaleLowerCase("nb"))) {
    add("onsketBydel", vekter.onsketBydel, `ønsket bydel ${o.bydel}`);
  }
  if (
    o.omrade !== undefined &&
    h.onsker.omrader.some((a) => a.toLocaleLowerCase("nb") === o.omrade?.toLocaleLowerCase("nb"))
  ) {
    add("onsketOmrade", vekter.onsketOmrade, `ønsket område ${o.omrade}`);
  }
  if (h.onsker.rom !== undefined && h.onsker.rom === u.rom) {
    add("onsketStorrelse", vekter.onsketStorrelse, `ønsket ${h.onsker.rom} rom`);
  }
  if (h.hoyOppfolging) {
    const andel = andelHoyOppfolging(o);
    add(
      "balanse",
      vekter.balanse * (regler.malAndelHoyOppfolging - andel),
      `høyt oppfølgingsbehov; oppgangen har ${pct(andel)} mot målet ${pct(regler.malAndelHoyOppfolging)}`,
    );
  }
  if (vekter.fyllBolig > 0) add("fyllBolig", vekter.fyllBolig, "bolig som blir fylt");
  return out;
}

export function poeng(regler: Regler, vekter: Vekter, h: Husstand, u: Bolig, o: Oppgang): number {
  return round6(faktorer(regler, vekter, h, u, o).reduce((s, f) => s + f.poeng, 0));
}
