/**
 * The languages an activity's announcement can have beyond bokmål and English (DOMAIN.md: at least Arabic,
 * Somali, Tigrinya, Ukrainian, Dari, Polish). `lang` is a BCP 47 tag (Dari: fa-AF); Arabic and Dari are
 * right-to-left. Names are the languages' own (endonyms), so residents find their language.
 */
export const KUNNGJORINGSSPRAK = ["ar", "so", "ti", "uk", "fa-AF", "pl"] as const;
export type Kunngjoringssprak = (typeof KUNNGJORINGSSPRAK)[number];

export const SPRAKNAVN: Record<Kunngjoringssprak, string> = {
  ar: "العربية",
  so: "Soomaali",
  ti: "ትግርኛ",
  uk: "Українська",
  "fa-AF": "دری",
  pl: "Polski",
};

export const retning = (sprak: string): "rtl" | "ltr" =>
  sprak === "ar" || sprak === "fa-AF" ? "rtl" : "ltr";

/** The form field of a language (no hyphen in field names). */
export const feltFor = (sprak: Kunngjoringssprak) => `kunngjoring_${sprak.replace("-", "_")}`;
