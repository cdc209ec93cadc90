import { BYDELER } from "../../db/reference/bydeler";
import { isDato } from "../../lib/frister";
import { validate } from "../../lib/fodselsnummer";
import type { MessageKey } from "../../i18n";
import type { Innsending } from "./schemas";

/**
 * The application form (docs/domain/soknad.md): FormData → the answers as typed (a draft keeps whatever is
 * there) → for sending, every field checked, with errors per field as catalogue keys (shown at the field,
 * in bokmål or English), or the typed `Innsending` for submitApplication. Shared by the resident's form
 * (/soknad/:utkastId) and the staff's paper registration (/saker/ny): the same fields, the same checks.
 */

export const UTKAST_SKJEMAVERSJON = 1;
export const MIN_RADER = 2;
export const MAKS_RADER = 12;

export type Modus = "beboer" | "ansatt";

export type Medlem = { rolle: string; alder: string };

/** The answers as typed (all strings), schema version 1. Health answers are kept apart (`HelseSvar`). */
export type SoknadSvar = {
  type: string;
  bydelId: string;
  /** Resident: "nei" (for myself) or "parorende". Staff: saksbehandler_papir | kommunal_tjeneste | institusjon. */
  innsenderrolle: string;
  sokerFodselsnummer: string;
  sokerFornavn: string;
  sokerEtternavn: string;
  innsenderNavn: string;
  samtykkeSoker: boolean;
  samtykkeGrunnlag: string;
  mottatt: string;
  medlemmer: Medlem[];
  rader: number;
  boligsituasjon: string;
  boligBeskrivelse: string;
  inntekt: string;
  gjeld: string;
  utgifter: string;
  okonomiBeskrivelse: string;
  onskerBydeler: string[];
  onskerRom: string;
  onskerMerknad: string;
  samtykkePersonvern: boolean;
};

export type HelseSvar = { behov: string[]; beskrivelse: string };

export type Feil = Partial<Record<string, MessageKey>>;

export const SAKSTYPER = ["bolig", "fornyelse", "bistand_6"] as const;
export const BOLIGSITUASJONER = [
  "uten_bolig",
  "midlertidig",
  "leier_privat",
  "institusjon",
  "hos_familie",
  "annet",
] as const;
export const HELSEBEHOV = ["rullestol", "heis", "bakkeplan", "oppfolging", "annet"] as const;
export const ANSATT_ROLLER = ["saksbehandler_papir", "kommunal_tjeneste", "institusjon"] as const;
export const BYDEL_IDER = BYDELER.map((b) => b.id);

export function tomtSvar(modus: Modus): SoknadSvar {
  return {
    type: "bolig",
    bydelId: "",
    innsenderrolle: modus === "beboer" ? "nei" : "saksbehandler_papir",
    sokerFodselsnummer: "",
    sokerFornavn: "",
    sokerEtternavn: "",
    innsenderNavn: "",
    samtykkeSoker: false,
    samtykkeGrunnlag: "",
    mottatt: "",
    medlemmer: [],
    rader: MIN_RADER,
    boligsituasjon: "",
    boligBeskrivelse: "",
    inntekt: "",
    gjeld: "",
    utgifter: "",
    okonomiBeskrivelse: "",
    onskerBydeler: [],
    onskerRom: "",
    onskerMerknad: "",
    samtykkePersonvern: false,
  };
}

const str = (form: FormData, name: string, max = 4000): string => {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
};
const liste = (form: FormData, name: string, lovlige: readonly string[]): string[] => [
  ...new Set(form.getAll(name).filter((v): v is string => typeof v === "string" && lovlige.includes(v))),
];

/** Reads the form as typed. Unknown choices are dropped; texts are cut at a safe length. */
export function lesSkjema(form: FormData, modus: Modus): { svar: SoknadSvar; helse: HelseSvar } {
  const rader = Math.min(MAKS_RADER, Math.max(MIN_RADER, Number.parseInt(str(form, "rader", 3), 10) || 0));
  const medlemmer: Medlem[] = [];
  for (let i = 0; i < rader; i++) {
    const rolle = str(form, `medlem.${i}.rolle`, 10);
    const alder = str(form, `medlem.${i}.alder`, 10).trim();
    // An empty row (nothing chosen, nothing typed) is not a member.
    if (alder !== "" || rolle !== "") medlemmer.push({ rolle, alder });
  }
  return {
    svar: {
      type: str(form, "type", 20),
      bydelId: str(form, "bydelId", 40),
      innsenderrolle: str(form, "innsenderrolle", 40) || (modus === "beboer" ? "nei" : ""),
      sokerFodselsnummer: str(form, "soker.fodselsnummer", 30),
      sokerFornavn: str(form, "soker.fornavn", 100),
      sokerEtternavn: str(form, "soker.etternavn", 100),
      innsenderNavn: str(form, "innsenderNavn", 200),
      samtykkeSoker: form.get("samtykkeSoker") === "ja",
      samtykkeGrunnlag: str(form, "samtykkeGrunnlag", 500),
      mottatt: str(form, "mottatt", 20),
      medlemmer,
      rader: Math.max(rader, Math.min(MAKS_RADER, medlemmer.length)),
      boligsituasjon: str(form, "boligsituasjon", 30),
      boligBeskrivelse: str(form, "boligBeskrivelse", 2000),
      inntekt: str(form, "inntekt", 30),
      gjeld: str(form, "gjeld", 30),
      utgifter: str(form, "utgifter", 30),
      okonomiBeskrivelse: str(form, "okonomiBeskrivelse", 2000),
      onskerBydeler: liste(form, "onskerBydeler", BYDEL_IDER),
      onskerRom: str(form, "onskerRom", 5),
      onskerMerknad: str(form, "onskerMerknad", 2000),
      samtykkePersonvern: form.get("samtykkePersonvern") === "ja",
    },
    helse: {
      behov: liste(form, "helse.behov", HELSEBEHOV),
      beskrivelse: str(form, "helse.beskrivelse", 2000),
    },
  };
}

/** Draft answers read back from the database (older or odd shapes fall back to empty fields). */
export function svarFraLagret(
  lagret: unknown,
  helse: unknown,
  modus: Modus,
): { svar: SoknadSvar; helse: HelseSvar } {
  const tom = tomtSvar(modus);
  const s = (lagret && typeof lagret === "object" ? lagret : {}) as Partial<SoknadSvar>;
  const h = (helse && typeof helse === "object" ? helse : {}) as Partial<HelseSvar>;
  return {
    svar: { ...tom, ...s, medlemmer: Array.isArray(s.medlemmer) ? s.medlemmer : [] },
    helse: { behov: Array.isArray(h.behov) ? h.behov : [], beskrivelse: h.beskrivelse ?? "" },
  };
}

export function harHelsesvar(helse: HelseSvar): boolean {
  return helse.behov.length > 0 || helse.beskrivelse.trim() !== "";
}

/** "12 000" or "12000 kr" → 12000; empty → undefined; anything else → NaN. */
export function lesBelop(verdi: string): number | undefined {
  const renset = verdi.replace(/[\s\u00a0]|kr\.?|,-/gi, "");
  if (renset === "") return undefined;
  return /^\d{1,9}$/.test(renset) ? Number(renset) : Number.NaN;
}

const HEL = /^\d{1,3}$/;

/** The application without the idempotency key (which comes from the form's hidden field). */
export type InnsendingUtenNokkel = Innsending extends infer T
  ? T extends unknown
    ? Omit<T, "idempotensnokkel">
    : never
  : never;

export type Sjekk = { ok: true; input: InnsendingUtenNokkel } | { ok: false; feil: Feil };

/**
 * Checks everything for sending. `today` is the Oslo date (the staff date stamp cannot be in the future);
 * synthetic national identity numbers are accepted only when `allowSynthetic` (demo and test mode).
 */
export function sjekkForInnsending(
  svar: SoknadSvar,
  helse: HelseSvar,
  modus: Modus,
  opts: { today: string; allowSynthetic: boolean; staffRolle?: string; staffBydelId?: string | null },
): Sjekk {
  const feil: Feil = {};
  const type = (SAKSTYPER as readonly string[]).includes(svar.type)
    ? (svar.type as Innsending["type"])
    : null;
  if (!type) feil.type = "soknad.feil.type";
  if (modus === "beboer" && !BYDEL_IDER.includes(svar.bydelId)) feil.bydelId = "soknad.feil.bydel";

  const paVegne = modus === "ansatt" || svar.innsenderrolle === "parorende";
  if (modus === "beboer" && !["nei", "parorende"].includes(svar.innsenderrolle))
    feil.innsenderrolle = "soknad.feil.innsenderrolle";
  if (modus === "ansatt") {
    const lovlige = opts.staffRolle === "saksbehandler" ? ANSATT_ROLLER : (["kommunal_tjeneste"] as const);
    if (!(lovlige as readonly string[]).includes(svar.innsenderrolle))
      feil.innsenderrolle = "soknad.feil.innsenderrolle";
  }
  if (paVegne) {
    const fnr = validate(svar.sokerFodselsnummer, { allowSynthetic: opts.allowSynthetic, today: opts.today });
    if (!fnr.ok) feil["soker.fodselsnummer"] = `soknad.feil.fnr.${fnr.grunn}`;
    if (!svar.sokerFornavn.trim()) feil["soker.fornavn"] = "soknad.feil.fornavn";
    if (!svar.sokerEtternavn.trim()) feil["soker.etternavn"] = "soknad.feil.etternavn";
    const navnKreves = svar.innsenderrolle !== "saksbehandler_papir";
    if (navnKreves && !svar.innsenderNavn.trim()) feil.innsenderNavn = "soknad.feil.innsenderNavn";
    if (!svar.samtykkeSoker) feil.samtykkeSoker = "soknad.feil.samtykkeSoker";
    if (!svar.samtykkeGrunnlag.trim()) feil.samtykkeGrunnlag = "soknad.feil.samtykkeGrunnlag";
  }
  if (modus === "ansatt") {
    if (!isDato(svar.mottatt)) feil.mottatt = "soknad.feil.mottatt";
    else if (svar.mottatt > opts.today) feil.mottatt = "soknad.feil.mottattFremtid";
  }

  let voksne = 1;
  const barn: { alder: number }[] = [];
  svar.medlemmer.forEach((m, i) => {
    if (m.rolle !== "voksen" && m.rolle !== "barn") {
      feil[`medlem.${i}.rolle`] = "soknad.feil.medlemRolle";
      return;
    }
    const alder = HEL.test(m.alder.trim()) ? Number(m.alder.trim()) : Number.NaN;
    if (m.rolle === "barn") {
      if (!(alder >= 0 && alder <= 25)) feil[`medlem.${i}.alder`] = "soknad.feil.alderBarn";
      else barn.push({ alder });
    } else if (!(alder >= 18 && alder <= 120)) feil[`medlem.${i}.alder`] = "soknad.feil.alderVoksen";
    else voksne++;
  });
  if (voksne > 10) feil["medlem.0.rolle"] = "soknad.feil.forMangeVoksne";
  if (barn.length > 15) feil["medlem.0.rolle"] = "soknad.feil.forMangeBarn";

  if (!(BOLIGSITUASJONER as readonly string[]).includes(svar.boligsituasjon))
    feil.boligsituasjon = "soknad.feil.boligsituasjon";
  if (!svar.boligBeskrivelse.trim()) feil.boligBeskrivelse = "soknad.feil.boligBeskrivelse";

  const inntekt = lesBelop(svar.inntekt);
  if (inntekt === undefined) feil.inntekt = "soknad.feil.inntektMangler";
  else if (Number.isNaN(inntekt)) feil.inntekt = "soknad.feil.belop";
  const gjeld = lesBelop(svar.gjeld);
  if (gjeld !== undefined && Number.isNaN(gjeld)) feil.gjeld = "soknad.feil.belop";
  const utgifter = lesBelop(svar.utgifter);
  if (utgifter !== undefined && Number.isNaN(utgifter)) feil.utgifter = "soknad.feil.belop";

  let rom: number | undefined;
  if (svar.onskerRom.trim() !== "") {
    rom = HEL.test(svar.onskerRom.trim()) ? Number(svar.onskerRom.trim()) : Number.NaN;
    if (!(rom >= 1 && rom <= 8)) feil.onskerRom = "soknad.feil.rom";
  }
  if (modus === "beboer" && !svar.samtykkePersonvern)
    feil.samtykkePersonvern = "soknad.feil.samtykkePersonvern";

  if (Object.keys(feil).length > 0 || !type) return { ok: false, feil };

  const innhold = {
    boligsituasjon: {
      naavaerende: svar.boligsituasjon as (typeof BOLIGSITUASJONER)[number],
      beskrivelse: svar.boligBeskrivelse.trim(),
    },
    okonomi: {
      inntektKrPerAar: inntekt!,
      ...(gjeld !== undefined ? { gjeldKr: gjeld } : {}),
      ...(utgifter !== undefined ? { utgifterKrPerMaaned: utgifter } : {}),
      ...(svar.okonomiBeskrivelse.trim() ? { beskrivelse: svar.okonomiBeskrivelse.trim() } : {}),
    },
    ...(harHelsesvar(helse)
      ? {
          helseFunksjon: {
            behov: helse.behov as (typeof HELSEBEHOV)[number][],
            ...(helse.beskrivelse.trim() ? { beskrivelse: helse.beskrivelse.trim() } : {}),
          },
        }
      : {}),
    onsker: {
      bydeler: svar.onskerBydeler,
      ...(rom !== undefined ? { rom } : {}),
      ...(svar.onskerMerknad.trim() ? { merknad: svar.onskerMerknad.trim() } : {}),
    },
  };
  const husstand = { voksne, barn };
  const soker = {
    fodselsnummer: svar.sokerFodselsnummer.replace(/\s/g, ""),
    fornavn: svar.sokerFornavn.trim(),
    etternavn: svar.sokerEtternavn.trim(),
  };
  if (modus === "beboer" && svar.innsenderrolle === "nei") {
    return { ok: true, input: { type, husstand, innhold, innsenderrolle: "soker", bydelId: svar.bydelId } };
  }
  if (modus === "beboer" || svar.innsenderrolle !== "saksbehandler_papir") {
    return {
      ok: true,
      input: {
        type,
        husstand,
        innhold,
        innsenderrolle:
          modus === "beboer" ? "parorende" : (svar.innsenderrolle as "kommunal_tjeneste" | "institusjon"),
        bydelId: modus === "ansatt" ? (opts.staffBydelId ?? "") : svar.bydelId,
        soker,
        innsenderNavn: svar.innsenderNavn.trim(),
        ...(modus === "ansatt" ? { mottatt: svar.mottatt } : {}),
        samtykke: true,
        samtykkeGrunnlag: svar.samtykkeGrunnlag.trim(),
      },
    };
  }
  return {
    ok: true,
    input: {
      type,
      husstand,
      innhold,
      innsenderrolle: "saksbehandler_papir",
      soker,
      mottatt: svar.mottatt,
      ...(svar.innsenderNavn.trim() ? { innsenderNavn: svar.innsenderNavn.trim() } : {}),
      samtykke: true,
      samtykkeGrunnlag: svar.samtykkeGrunnlag.trim(),
    },
  };
}
