import type { Random } from "./random";

/**
 * Invented street names and real-looking Oslo postcodes for the demo Oslo.
 * Names are composed from parts (a tree, bird, flower or old trade + a street
 * word), so they sound like Oslo without being the famous real streets; a
 * short list of well-known real names is refused outright.
 */

const FORLEDD = [
  "Rognebær",
  "Hegge",
  "Selje",
  "Einer",
  "Hassel",
  "Kastanje",
  "Lønne",
  "Alme",
  "Osp",
  "Vier",
  "Kløver",
  "Blåklokke",
  "Prestekrage",
  "Hvitveis",
  "Marikåpe",
  "Løvetann",
  "Lerke",
  "Trost",
  "Stær",
  "Meis",
  "Dompap",
  "Gjøk",
  "Spurve",
  "Svale",
  "Hakkespett",
  "Kvernhus",
  "Smie",
  "Reperbane",
  "Teglverk",
  "Garveri",
  "Bøkker",
  "Seilmaker",
  "Vognmann",
  "Brygger",
  "Sagbruk",
  "Stampe",
  "Mølle",
  "Tømmer",
  "Kalkovn",
  "Hesteskø",
  "Bekkeløp",
  "Kildevæld",
  "Myrhøne",
  "Elvekant",
  "Fossesprut",
  "Sandtak",
  "Grusbakke",
  "Steinrøys",
  "Lyngmo",
  "Mosebakk",
  "Tyttebær",
  "Molte",
  "Bringebær",
  "Solbær",
  "Humle",
  "Kummin",
  "Timian",
  "Kamille",
  "Lavendel",
  "Bjønnskog",
  "Revehi",
  "Ekornskog",
  "Grevling",
  "Elgtråkk",
  "Hjortefar",
  "Ulvehi",
  "Fjellrev",
  "Nordlys",
  "Morgenrøde",
  "Aftensol",
  "Vårsøg",
  "Høstlyng",
  "Snøfonn",
  "Isbre",
  "Regnbue",
  "Skymning",
  "Dugg",
];

/** Street words for the old inner city and for the later suburbs. */
const INDRE_ETTERLEDD = ["gata", "gata", "veien", "bakken", "plassen", "smuget", "gangen"];
const YTRE_ETTERLEDD = [
  "veien",
  "veien",
  "lia",
  "åsen",
  "bakken",
  "stien",
  "svingen",
  "tunet",
  "jordet",
  "løkka",
];

/** Real, well-known Oslo streets the composer must never produce. */
const KJENTE_GATER = new Set(
  [
    "Karl Johans gate",
    "Grønlandsleiret",
    "Thorvald Meyers gate",
    "Markveien",
    "Trondheimsveien",
    "Bogstadveien",
    "Kirkeveien",
    "Ringveien",
    "Tøyengata",
    "Storgata",
    "Maridalsveien",
    "Sandakerveien",
    "Hegdehaugsveien",
    "Pilestredet",
    "Ullevålsveien",
    "Tveita",
    "Kastanjeveien",
    "Lerkeveien",
  ].map((s) => s.toLowerCase()),
);

export type Område = "indre" | "ytre";

export class StreetNamer {
  readonly #used = new Set<string>();
  constructor(private readonly random: Random) {}

  /** A street name not yet used anywhere in the demo Oslo. */
  next(område: Område): string {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const forledd = this.random.pick(FORLEDD);
      const etterledd = this.random.pick(område === "indre" ? INDRE_ETTERLEDD : YTRE_ETTERLEDD);
      // No three equal letters in a row ("Dugg" + "gata").
      if (forledd.at(-1) === etterledd[0] && forledd.at(-2) === etterledd[0]) continue;
      const navn = `${forledd}${etterledd}`;
      const key = navn.toLowerCase();
      if (this.#used.has(key) || KJENTE_GATER.has(key)) continue;
      this.#used.add(key);
      return navn;
    }
    throw new Error("Tomt for gatenavn");
  }
}

/** Postcode ranges (both ends included) that look right for each district. */
const POSTNUMMER: Record<string, readonly (readonly [number, number])[]> = {
  "gamle-oslo": [
    [187, 196],
    [650, 659],
  ],
  grunerlokka: [[550, 582]],
  sagene: [[454, 479]],
  "st-hanshaugen": [
    [164, 177],
    [450, 453],
  ],
  frogner: [
    [250, 273],
    [350, 368],
  ],
  ullern: [
    [275, 283],
    [373, 383],
  ],
  "vestre-aker": [[751, 791]],
  "nordre-aker": [[850, 891]],
  bjerke: [[583, 599]],
  grorud: [
    [950, 958],
    [970, 971],
  ],
  stovner: [[980, 988]],
  alna: [
    [660, 679],
    [1051, 1072],
  ],
  ostensjo: [
    [680, 694],
    [1185, 1188],
  ],
  nordstrand: [[1150, 1178]],
  "sondre-nordstrand": [[1250, 1294]],
};

export function pickPostnummer(random: Random, bydelId: string): string {
  const ranges = POSTNUMMER[bydelId];
  if (!ranges) throw new Error(`Ingen postnummer for ${bydelId}`);
  const [min, max] = random.pick(ranges);
  return String(random.int(min, max)).padStart(4, "0");
}

/** The inner city (pre-war tenements) against the later suburbs. */
export function område(bydelId: string): Område {
  return ["gamle-oslo", "grunerlokka", "sagene", "st-hanshaugen", "frogner"].includes(bydelId)
    ? "indre"
    : "ytre";
}

/**
 * A building year fitting the district: tenements of 1880–1935 and some post-war
 * and recent infill in the inner city; 1950s–1980s blocks in the suburbs, with
 * some new building from the 2000s everywhere.
 */
export function pickByggeaar(random: Random, bydelId: string): number {
  const epoke =
    område(bydelId) === "indre"
      ? random.weighted([
          ["bygård", 60],
          ["etterkrig", 20],
          ["ny", 20],
        ] as const)
      : random.weighted([
          ["drabantby", 65],
          ["etterkrig", 10],
          ["ny", 25],
        ] as const);
  switch (epoke) {
    case "bygård":
      return random.int(1880, 1935);
    case "etterkrig":
      return random.int(1946, 1960);
    case "drabantby":
      return random.int(1958, 1988);
    case "ny":
      return random.int(1995, 2022);
  }
}
