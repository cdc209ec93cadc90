/**
 * Reference data for the residents' contact card ("Hvem kontakter jeg?",
 * DOMAIN.md §6 Kontaktkort): per district a bomiljøkoordinator, Boligbygg's
 * customer centre, the 24-hour security line and the emergency numbers.
 *
 * DEMO VALUES: every phone number and e-mail address below except 110, 112 and
 * 113 is INVENTED for the demo. The addresses are role addresses (no person's
 * name) under the reserved `.example` domain, so nothing can reach a real
 * inbox; the phone numbers follow the Oslo format (8 digits, grouped in
 * pairs) but are not anyone's number. Replace them with the municipality's
 * real contact points before production use.
 */

export type Kontakt = {
  /** What the contact is for, in plain Norwegian. */
  tittel: string;
  beskrivelse: string;
  telefon: string;
  epost?: string;
  /** When they answer. */
  apningstid?: string;
};

export type Nodnummer = { nummer: "110" | "112" | "113"; tittel: string; beskrivelse: string };

type Koordinator = { bydelId: string; nummer: number; navn: string; telefon: string; epost: string };

/** Invented demo values (see the file comment). Keyed by the district's id and official number (1–15). */
const BOMILJOKOORDINATORER: readonly Koordinator[] = [
  {
    bydelId: "gamle-oslo",
    nummer: 1,
    navn: "Gamle Oslo",
    telefon: "23 47 51 01",
    epost: "bomiljo.gamle-oslo@bydel.example",
  },
  {
    bydelId: "grunerlokka",
    nummer: 2,
    navn: "Grünerløkka",
    telefon: "23 47 51 02",
    epost: "bomiljo.grunerlokka@bydel.example",
  },
  {
    bydelId: "sagene",
    nummer: 3,
    navn: "Sagene",
    telefon: "23 47 51 03",
    epost: "bomiljo.sagene@bydel.example",
  },
  {
    bydelId: "st-hanshaugen",
    nummer: 4,
    navn: "St. Hanshaugen",
    telefon: "23 47 51 04",
    epost: "bomiljo.st-hanshaugen@bydel.example",
  },
  {
    bydelId: "frogner",
    nummer: 5,
    navn: "Frogner",
    telefon: "23 47 51 05",
    epost: "bomiljo.frogner@bydel.example",
  },
  {
    bydelId: "ullern",
    nummer: 6,
    navn: "Ullern",
    telefon: "23 47 51 06",
    epost: "bomiljo.ullern@bydel.example",
  },
  {
    bydelId: "vestre-aker",
    nummer: 7,
    navn: "Vestre Aker",
    telefon: "23 47 51 07",
    epost: "bomiljo.vestre-aker@bydel.example",
  },
  {
    bydelId: "nordre-aker",
    nummer: 8,
    navn: "Nordre Aker",
    telefon: "23 47 51 08",
    epost: "bomiljo.nordre-aker@bydel.example",
  },
  {
    bydelId: "bjerke",
    nummer: 9,
    navn: "Bjerke",
    telefon: "23 47 51 09",
    epost: "bomiljo.bjerke@bydel.example",
  },
  {
    bydelId: "grorud",
    nummer: 10,
    navn: "Grorud",
    telefon: "23 47 51 10",
    epost: "bomiljo.grorud@bydel.example",
  },
  {
    bydelId: "stovner",
    nummer: 11,
    navn: "Stovner",
    telefon: "23 47 51 11",
    epost: "bomiljo.stovner@bydel.example",
  },
  { bydelId: "alna", nummer: 12, navn: "Alna", telefon: "23 47 51 12", epost: "bomiljo.alna@bydel.example" },
  {
    bydelId: "ostensjo",
    nummer: 13,
    navn: "Østensjø",
    telefon: "23 47 51 13",
    epost: "bomiljo.ostensjo@bydel.example",
  },
  {
    bydelId: "nordstrand",
    nummer: 14,
    navn: "Nordstrand",
    telefon: "23 47 51 14",
    epost: "bomiljo.nordstrand@bydel.example",
  },
  {
    bydelId: "sondre-nordstrand",
    nummer: 15,
    navn: "Søndre Nordstrand",
    telefon: "23 47 51 15",
    epost: "bomiljo.sondre-nordstrand@bydel.example",
  },
];

/** Invented demo values (see the file comment). */
export const BOLIGBYGG_KUNDESENTER: Kontakt = {
  tittel: "Boligbygg kundesenter",
  beskrivelse: "Spørsmål om husleie, leiekontrakten, nøkler og feil eller mangler i boligen.",
  telefon: "23 48 60 00",
  epost: "kundesenter@boligbygg.example",
  apningstid: "Hverdager kl. 08.00–15.30",
};

/** Invented demo values (see the file comment). */
export const VAKTSENTRAL: Kontakt = {
  tittel: "Vaktsentralen (hele døgnet)",
  beskrivelse:
    "Akutte feil som ikke kan vente, for eksempel vannlekkasje, strømbrudd eller ødelagt inngangsdør.",
  telefon: "23 48 60 99",
  apningstid: "Åpent hele døgnet, alle dager",
};

/** The national emergency numbers (real). */
export const NODNUMRE: readonly Nodnummer[] = [
  { nummer: "110", tittel: "Brann", beskrivelse: "Brann, røyk eller gasslekkasje" },
  { nummer: "112", tittel: "Politi", beskrivelse: "Når noen er i fare, eller ved vold og trusler" },
  { nummer: "113", tittel: "Ambulanse", beskrivelse: "Akutt sykdom eller skade" },
];

const normaliser = (tekst: string) =>
  tekst
    .toLocaleLowerCase("nb")
    .replace(/^bydel\s+/, "")
    .trim();

/** The district's bomiljøkoordinator as a contact, found by district id, official number or name. */
export function bomiljokoordinator(bydel: { id: string; nummer?: number; navn: string }): Kontakt | null {
  const treff =
    BOMILJOKOORDINATORER.find((k) => k.bydelId === bydel.id) ??
    BOMILJOKOORDINATORER.find((k) => normaliser(k.navn) === normaliser(bydel.navn)) ??
    BOMILJOKOORDINATORER.find((k) => bydel.nummer !== undefined && k.nummer === bydel.nummer);
  if (!treff) return null;
  return {
    tittel: `Bomiljøkoordinator i Bydel ${treff.navn}`,
    beskrivelse: "Spørsmål om bomiljøet, naboer, beboermøter, aktiviteter og felleslokaler.",
    telefon: treff.telefon,
    epost: treff.epost,
    apningstid: "Hverdager kl. 09.00–15.00",
  };
}

export type Kontaktkort = {
  bomiljokoordinator: Kontakt | null;
  kundesenter: Kontakt;
  vaktsentral: Kontakt;
  nodnumre: readonly Nodnummer[];
};

export function kontaktkort(bydel: { id: string; nummer?: number; navn: string } | null): Kontaktkort {
  return {
    bomiljokoordinator: bydel ? bomiljokoordinator(bydel) : null,
    kundesenter: BOLIGBYGG_KUNDESENTER,
    vaktsentral: VAKTSENTRAL,
    nodnumre: NODNUMRE,
  };
}
