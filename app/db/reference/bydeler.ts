/**
 * Oslo's 15 districts (bydeler): reference data, inserted in every database
 * (also with DEMO_DATA=none). `nummer` is the official district number
 * (0301 01 … 0301 15, in Oslo's own order); `innbyggere` the population in
 * 2024, rounded to thousands (docs/demo-data.md, DOMAIN.md §10).
 *
 * `kommunaleBoligerPer1000` is not official reference data: it is the density
 * of municipal homes per 1,000 inhabitants the demo Oslo is generated with,
 * following the spread Oslo reports (55 in Sagene, 4 in Ullern; concentrated
 * in the inner east, the outer east and the south; about 11,100 in all).
 */
export type Bydel = {
  id: string;
  nummer: number;
  navn: string;
  innbyggere: number;
  kommunaleBoligerPer1000: number;
};

export const BYDELER: readonly Bydel[] = [
  { id: "gamle-oslo", nummer: 1, navn: "Gamle Oslo", innbyggere: 62_000, kommunaleBoligerPer1000: 28 },
  { id: "grunerlokka", nummer: 2, navn: "Grünerløkka", innbyggere: 64_000, kommunaleBoligerPer1000: 20 },
  { id: "sagene", nummer: 3, navn: "Sagene", innbyggere: 46_000, kommunaleBoligerPer1000: 55 },
  { id: "st-hanshaugen", nummer: 4, navn: "St. Hanshaugen", innbyggere: 40_000, kommunaleBoligerPer1000: 10 },
  { id: "frogner", nummer: 5, navn: "Frogner", innbyggere: 61_000, kommunaleBoligerPer1000: 5 },
  { id: "ullern", nummer: 6, navn: "Ullern", innbyggere: 35_000, kommunaleBoligerPer1000: 4 },
  { id: "vestre-aker", nummer: 7, navn: "Vestre Aker", innbyggere: 52_000, kommunaleBoligerPer1000: 5 },
  { id: "nordre-aker", nummer: 8, navn: "Nordre Aker", innbyggere: 54_000, kommunaleBoligerPer1000: 6 },
  { id: "bjerke", nummer: 9, navn: "Bjerke", innbyggere: 35_000, kommunaleBoligerPer1000: 20 },
  { id: "grorud", nummer: 10, navn: "Grorud", innbyggere: 28_000, kommunaleBoligerPer1000: 22 },
  { id: "stovner", nummer: 11, navn: "Stovner", innbyggere: 34_000, kommunaleBoligerPer1000: 20 },
  { id: "alna", nummer: 12, navn: "Alna", innbyggere: 50_000, kommunaleBoligerPer1000: 14 },
  { id: "ostensjo", nummer: 13, navn: "Østensjø", innbyggere: 52_000, kommunaleBoligerPer1000: 8 },
  { id: "nordstrand", nummer: 14, navn: "Nordstrand", innbyggere: 53_000, kommunaleBoligerPer1000: 6 },
  {
    id: "sondre-nordstrand",
    nummer: 15,
    navn: "Søndre Nordstrand",
    innbyggere: 40_000,
    kommunaleBoligerPer1000: 18,
  },
];

export function findBydel(id: string): Bydel | undefined {
  return BYDELER.find((bydel) => bydel.id === id);
}

/** The rows for table `bydel`. */
export function bydelRows(): { id: string; nummer: number; navn: string; innbyggere: number }[] {
  return BYDELER.map(({ id, nummer, navn, innbyggere }) => ({ id, nummer, navn, innbyggere }));
}
