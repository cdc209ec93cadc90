import type { Insertable } from "kysely";
import type { BoligStatus, BoligTable, BygningTable, EiendomTable, OppgangTable } from "../schema";
import type { Bydel } from "../reference/bydeler";
import type { Random } from "./random";
import { område, pickByggeaar, pickPostnummer, type StreetNamer } from "./streets";

/**
 * The housing stock of one district: wholly owned blocks (gård: 1–4
 * buildings, stairwells of 6–30 flats, up to 170 flats) holding about two
 * thirds of the units, and scattered units (spredt: 1–8 flats per entrance
 * in a private borettslag or sameie) holding the rest.
 */
export type Stock = {
  eiendom: Insertable<EiendomTable>[];
  bygning: Insertable<BygningTable>[];
  oppgang: Insertable<OppgangTable>[];
  bolig: (Insertable<BoligTable> & {
    id: string;
    areal: number;
    byggeaar: number;
    eiendomType: "gard" | "spredt";
  })[];
};

export type DemoBolig = Stock["bolig"][number];

const MAX_GARD = 170;

export const ROM_VEKTER: readonly (readonly [number, number])[] = [
  [1, 36],
  [2, 38],
  [3, 17],
  [4, 6.5],
  [5, 2],
  [6, 0.5],
];

const AREAL: Record<number, [number, number]> = {
  1: [20, 38],
  2: [36, 58],
  3: [52, 80],
  4: [68, 100],
  5: [85, 120],
  6: [100, 135],
};

export const STATUS_VEKTER: readonly (readonly [BoligStatus, number])[] = [
  ["utleid", 92],
  ["ledig", 3],
  ["reservert", 1],
  ["under_oppussing", 3],
  ["ute_av_drift", 1],
];

export function buildStock(random: Random, streets: StreetNamer, bydel: Bydel, targetUnits: number): Stock {
  const stock: Stock = { eiendom: [], bygning: [], oppgang: [], bolig: [] };
  const gardTarget = Math.max(6, Math.round((targetUnits * 2) / 3));
  const spredtTarget = Math.max(1, targetUnits - gardTarget);

  let remaining = gardTarget;
  while (remaining > 0) {
    let size = Math.min(remaining, drawGardSize(random, bydel.id));
    if (remaining - size < 12) size = remaining;
    if (size > MAX_GARD) size = Math.ceil(remaining / 2);
    addGard(random, streets, bydel, size, stock);
    remaining -= size;
  }
  remaining = spredtTarget;
  while (remaining > 0) remaining -= addSpredt(random, streets, bydel, remaining, stock);
  return stock;
}

function drawGardSize(random: Random, bydelId: string): number {
  const band =
    område(bydelId) === "indre"
      ? random.weighted([
          ["liten", 45],
          ["middels", 40],
          ["stor", 15],
        ] as const)
      : random.weighted([
          ["liten", 25],
          ["middels", 50],
          ["stor", 25],
        ] as const);
  if (band === "liten") return random.int(12, 40);
  if (band === "middels") return random.int(40, 100);
  return random.int(100, MAX_GARD);
}

function floorsFor(random: Random, byggeaar: number): number {
  if (byggeaar < 1940) return random.int(4, 6);
  if (byggeaar < 1958) return random.int(3, 4);
  if (byggeaar < 1990)
    return random.weighted([
      [3, 25],
      [4, 35],
      [5, 10],
      [6, 10],
      [8, 20],
    ] as const);
  return random.int(4, 7);
}

function liftFor(random: Random, byggeaar: number, floors: number): boolean {
  if (byggeaar >= 1990) return random.chance(0.95);
  if (floors >= 6) return random.chance(0.85);
  return random.chance(0.08); // retrofitted
}

function split(random: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.7 + random.next() * 0.6);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  let diff = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % parts) {
    if (diff > 0) {
      sizes[i]!++;
      diff--;
    } else if (sizes[i]! > 1) {
      sizes[i]!--;
      diff++;
    }
  }
  return sizes;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function addGard(random: Random, streets: StreetNamer, bydel: Bydel, size: number, stock: Stock): void {
  const byggeaar = pickByggeaar(random, bydel.id);
  const street = streets.next(område(bydel.id));
  const eiendomId = random.uuid();
  const buildings =
    size <= 30 ? 1 : size <= 70 ? random.int(1, 2) : size <= 120 ? random.int(2, 3) : random.int(3, 4);
  const tenement = byggeaar < 1940 && område(bydel.id) === "indre";
  let houseNumber = random.int(1, 40) * 2 + (random.chance(0.5) ? 1 : 0);
  const addresses: number[] = [];
  let letter = 0;

  split(random, size, buildings).forEach((units, b) => {
    const floors = floorsFor(random, byggeaar);
    const heis = liftFor(random, byggeaar, floors);
    const bygningId = random.uuid();
    const navn =
      buildings === 1
        ? "Hovedbygning"
        : tenement && buildings === 2
          ? (["Forgård", "Bakgård"] as const)[b]!
          : `Blokk ${LETTERS[b]}`;
    stock.bygning.push({ id: bygningId, eiendom_id: eiendomId, navn, etasjer: floors, heis });
    const perFloor = random.int(2, 4);
    const capacity = Math.max(6, Math.min(30, floors * perFloor));
    const stairwells = Math.min(
      Math.max(1, Math.floor(units / 6)),
      Math.max(Math.ceil(units / 30), Math.round(units / capacity), 1),
    );
    const sizes = Array.from(
      { length: stairwells },
      (_, i) => Math.floor(units / stairwells) + (i < units % stairwells ? 1 : 0),
    );
    addresses.push(houseNumber);
    sizes.forEach((count, s) => {
      const suffix = stairwells === 1 ? "" : ` ${LETTERS[s]}`;
      const oppgangId = random.uuid();
      stock.oppgang.push({
        id: oppgangId,
        bygning_id: bygningId,
        eiendom_id: eiendomId,
        bydel_id: bydel.id,
        navn: stairwells === 1 && buildings === 1 ? "Oppgang" : `Oppgang ${LETTERS[letter++ % 26]}`,
        gateadresse: `${street} ${houseNumber}${suffix}`,
      });
      const flatsPerFloor = Math.ceil(count / floors);
      for (let i = 0; i < count; i++) {
        const etasje = Math.floor(i / flatsPerFloor) + 1;
        const leilighet = (i % flatsPerFloor) + 1;
        stock.bolig.push(
          makeBolig(random, { bydel, eiendomId, oppgangId, etasje, leilighet, heis, byggeaar, type: "gard" }),
        );
      }
    });
    houseNumber += 2;
  });

  const first = addresses[0]!;
  const last = addresses[addresses.length - 1]!;
  stock.eiendom.push({
    id: eiendomId,
    bydel_id: bydel.id,
    navn: first === last ? `${street} ${first}` : `${street} ${first}–${last}`,
    gateadresse: `${street} ${first}`,
    postnummer: pickPostnummer(random, bydel.id),
    poststed: "Oslo",
    type: "gard",
    byggeaar,
  });
}

/** A borettslag or sameie with municipal flats in some of its entrances; returns the units added. */
function addSpredt(
  random: Random,
  streets: StreetNamer,
  bydel: Bydel,
  remaining: number,
  stock: Stock,
): number {
  const byggeaar = pickByggeaar(random, bydel.id);
  const street = streets.next(område(bydel.id));
  const eiendomId = random.uuid();
  const entrances = random.weighted([
    [1, 15],
    [2, 15],
    [3, 15],
    [4, 15],
    [5, 13],
    [6, 12],
    [7, 8],
    [8, 7],
  ] as const);
  const perBuilding = random.int(1, 3);
  let added = 0;
  let houseNumber = random.int(1, 30) * 2 + 1;
  const firstNumber = houseNumber;
  let bygningId = "";
  let floors = 0;
  let heis = false;
  for (let e = 0; e < entrances && added < remaining; e++) {
    if (e % perBuilding === 0) {
      floors = floorsFor(random, byggeaar);
      heis = liftFor(random, byggeaar, floors);
      bygningId = random.uuid();
      stock.bygning.push({
        id: bygningId,
        eiendom_id: eiendomId,
        navn: `Blokk ${Math.floor(e / perBuilding) + 1}`,
        etasjer: floors,
        heis,
      });
    }
    const oppgangId = random.uuid();
    stock.oppgang.push({
      id: oppgangId,
      bygning_id: bygningId,
      eiendom_id: eiendomId,
      bydel_id: bydel.id,
      navn: `Oppgang ${houseNumber}`,
      gateadresse: `${street} ${houseNumber}`,
    });
    const perFloor = random.int(2, 4);
    const count = Math.min(remaining - added, random.int(1, 8), floors * perFloor);
    const positions = random.shuffle(Array.from({ length: floors * perFloor }, (_, i) => i)).slice(0, count);
    positions.sort((a, b) => a - b);
    for (const position of positions) {
      const etasje = Math.floor(position / perFloor) + 1;
      const leilighet = (position % perFloor) + 1;
      stock.bolig.push(
        makeBolig(random, { bydel, eiendomId, oppgangId, etasje, leilighet, heis, byggeaar, type: "spredt" }),
      );
    }
    added += count;
    houseNumber += 2;
  }
  stock.eiendom.push({
    id: eiendomId,
    bydel_id: bydel.id,
    navn: `${street} ${random.chance(0.7) ? "borettslag" : "sameie"}`,
    gateadresse: `${street} ${firstNumber}`,
    postnummer: pickPostnummer(random, bydel.id),
    poststed: "Oslo",
    type: "spredt",
    byggeaar,
  });
  return added;
}

function makeBolig(
  random: Random,
  p: {
    bydel: Bydel;
    eiendomId: string;
    oppgangId: string;
    etasje: number;
    leilighet: number;
    heis: boolean;
    byggeaar: number;
    type: "gard" | "spredt";
  },
): DemoBolig {
  const rom = random.weighted(ROM_VEKTER);
  const [min, max] = AREAL[rom]!;
  const areal = Math.round((min + random.next() * (max - min)) * 10) / 10;
  const reachable = p.heis || p.etasje === 1;
  const uuChance = !reachable ? 0 : p.byggeaar >= 2010 ? 0.35 : p.byggeaar >= 1995 ? 0.1 : 0.01;
  const universelt = random.chance(uuChance);
  return {
    id: random.uuid(),
    oppgang_id: p.oppgangId,
    eiendom_id: p.eiendomId,
    bydel_id: p.bydel.id,
    bolignummer: `H${String(p.etasje).padStart(2, "0")}${String(p.leilighet).padStart(2, "0")}`,
    rom,
    areal_m2: areal.toFixed(1),
    etasje: p.etasje,
    heis: p.heis,
    universelt_utformet: universelt,
    rullestoltilpasset: universelt && random.chance(0.4),
    status: random.weighted(STATUS_VEKTER),
    areal,
    byggeaar: p.byggeaar,
    eiendomType: p.type,
  };
}
