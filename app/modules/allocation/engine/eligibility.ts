/**
 * Hard per-pair rules: may household h be offered unit u at all? Every "no" carries a reason code and a
 * Norwegian explanation, so a caseworker can see which rule blocked which pair.
 */
import { personer, type Bolig, type Husstand, type Oppgang, type Problem, type Regler } from "./problem";

export type GrunnKode =
  | "for_liten"
  | "for_stor"
  | "rullestol"
  | "heis"
  | "forste_etasje"
  | "ikke_naer_adresse"
  | "utelukket_oppgang"
  | "utelukket_bydel"
  | "barn_utrygg_oppgang";

export type Grunn = { kode: GrunnKode; tekst: string };

/** Short Norwegian label per rule, used in summaries. */
export const GRUNN_NAVN: Record<GrunnKode, string> = {
  for_liten: "boligen er for liten etter romnormen",
  for_stor: "boligen er for stor etter romnormen",
  rullestol: "boligen er ikke tilgjengelig for rullestol",
  heis: "oppgangen har ikke heis og boligen ligger ikke i 1. etasje",
  forste_etasje: "boligen ligger ikke i 1. etasje",
  ikke_naer_adresse: "husstanden skal ikke bo ved en navngitt adresse",
  utelukket_oppgang: "husstanden er utelukket fra oppgangen",
  utelukket_bydel: "husstanden er utelukket fra bydelen",
  barn_utrygg_oppgang: "barnefamilie kan ikke flytte inn i oppgang merket utrygg",
};

export type Vurdering = {
  aktuell: boolean;
  /** Why the pair is blocked (empty when aktuell). */
  grunner: Grunn[];
  /** Hard requirements the pair meets, for the explanation of a suggestion. */
  oppfylt: string[];
};

/** The room range [min, max] the norm allows for a household of `n` persons. */
export function romIntervall(regler: Regler, n: number): { min: number; maks: number } {
  const table = regler.romnorm.minRom;
  const min = table[Math.min(n, table.length) - 1] ?? 1;
  return { min, maks: min + regler.romnorm.maksRomOverNorm };
}

const norm = (s: string) => s.trim().toLocaleLowerCase("nb").replace(/\s+/g, " ");

/** Great-circle distance in metres. */
export function avstandMeter(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = 6371000;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.min(1, Math.sqrt(s)));
}

export function vurder(regler: Regler, h: Husstand, u: Bolig, o: Oppgang): Vurdering {
  const grunner: Grunn[] = [];
  const oppfylt: string[] = [];
  const n = personer(h);
  const { min, maks } = romIntervall(regler, n);
  const pers = n === 1 ? "1 person" : `${n} personer`;
  if (u.rom < min) {
    grunner.push({
      kode: "for_liten",
      tekst: `${u.rom} rom er under normen på ${min} rom for ${pers}`,
    });
  } else if (u.rom > maks) {
    grunner.push({
      kode: "for_stor",
      tekst: `${u.rom} rom er over normens øvre grense på ${maks} rom for ${pers}`,
    });
  } else {
    oppfylt.push(`${u.rom} rom er innenfor normen ${min}–${maks} rom for ${pers}`);
  }
  if (h.behov.rullestol) {
    if (!u.rullestol) grunner.push({ kode: "rullestol", tekst: "husstanden trenger rullestoltilgang" });
    else oppfylt.push("boligen er tilgjengelig for rullestol");
  }
  if (h.behov.heis) {
    if (!o.heis && u.etasje !== 1) {
      grunner.push({ kode: "heis", tekst: `husstanden trenger heis; boligen ligger i ${u.etasje}. etasje` });
    } else oppfylt.push(o.heis ? "oppgangen har heis" : "boligen ligger i 1. etasje");
  }
  if (h.behov.forsteEtasje) {
    if (u.etasje !== 1) {
      grunner.push({
        kode: "forste_etasje",
        tekst: `husstanden trenger bolig i 1. etasje; boligen ligger i ${u.etasje}. etasje`,
      });
    } else oppfylt.push("boligen ligger i 1. etasje");
  }
  for (const x of h.utelukkelser.ikkeNaer) {
    const same = norm(x.adresse) === norm(o.adresse);
    const neighbour = o.naboadresser.some((a) => norm(a) === norm(x.adresse));
    const within =
      x.posisjon !== undefined &&
      x.radiusMeter !== undefined &&
      o.posisjon !== undefined &&
      avstandMeter(x.posisjon, o.posisjon) <= x.radiusMeter;
    if (same || neighbour || within) {
      grunner.push({
        kode: "ikke_naer_adresse",
        tekst: same
          ? `husstanden skal ikke bo på ${x.adresse}`
          : within && !neighbour
            ? `${o.adresse} ligger innenfor ${x.radiusMeter} m fra ${x.adresse}`
            : `${o.adresse} regnes som nær ${x.adresse}`,
      });
    }
  }
  if (h.utelukkelser.oppganger.includes(o.id)) {
    grunner.push({ kode: "utelukket_oppgang", tekst: `husstanden er utelukket fra oppgang ${o.id}` });
  }
  if (h.utelukkelser.bydeler.some((b) => norm(b) === norm(o.bydel))) {
    grunner.push({ kode: "utelukket_bydel", tekst: `husstanden er utelukket fra bydel ${o.bydel}` });
  }
  if (regler.ingenBarnIUtryggOppgang && h.barn > 0 && o.utrygg) {
    grunner.push({
      kode: "barn_utrygg_oppgang",
      tekst: `husstanden har barn og oppgang ${o.id} er merket utrygg`,
    });
  }
  return { aktuell: grunner.length === 0, grunner, oppfylt };
}

/** Looks up the stairwell of each unit; the schema guarantees it exists. */
export function oppgangAv(problem: Problem): (u: Bolig) => Oppgang {
  const byId = new Map(problem.oppganger.map((o) => [o.id, o]));
  return (u) => {
    const o = byId.get(u.oppgang);
    if (!o) throw new Error(`oppgangen ${u.oppgang} finnes ikke`);
    return o;
  };
}
