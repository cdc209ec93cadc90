import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { bistandInnvilget, fornyelseAvslag, ventelisteVedtak } from "./fixtures";
import { renderVedtaksbrev } from "./render-vedtaksbrev.server";
import { vedtaksbrevSchema, type VedtaksbrevInput } from "./types";

function feil(input: unknown): string[] {
  const r = vedtaksbrevSchema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("vedtaksbrevSchema", () => {
  it("accepts the example letters", () => {
    for (const v of [ventelisteVedtak(), fornyelseAvslag(), bistandInnvilget()]) {
      expect(vedtaksbrevSchema.safeParse(v).success).toBe(true);
    }
  });

  it("rejects an avslag without reasons", () => {
    const { begrunnelse: _, ...utenBegrunnelse } = fornyelseAvslag();
    expect(feil(utenBegrunnelse)).toEqual(["begrunnelse: Vedtaket må ha en begrunnelse"]);
  });

  it("rejects an avslag whose reasons lack rules, facts or the main considerations — in Norwegian", () => {
    const msgs = feil(fornyelseAvslag({ begrunnelse: { regler: [], faktum: [], hovedhensyn: [] } }));
    expect(msgs).toEqual([
      "begrunnelse.regler: Begrunnelsen må vise til reglene vedtaket bygger på",
      "begrunnelse.faktum: Begrunnelsen må nevne de faktiske forholdene vedtaket bygger på",
      "begrunnelse.hovedhensyn: Ved avslag og venteliste må begrunnelsen nevne de hensynene som har vært avgjørende",
    ]);
  });

  it("rejects a grant without the dwelling, and a § 6 grant without the assistance", () => {
    expect(feil(ventelisteVedtak({ vedtak: { utfall: "innvilget" } }))).toEqual([
      "vedtak.bolig: Vedtaket må si hvilken type bolig du får, størrelsen og hvor lenge leiekontrakten varer",
    ]);
    expect(feil(bistandInnvilget({ vedtak: { utfall: "innvilget", bistand: [] } }))).toEqual([
      "vedtak.bistand: Vedtaket må si hva bistanden består av",
    ]);
  });

  it("rejects dates that are not dates, and a receipt before the letter", () => {
    expect(feil(ventelisteVedtak({ brevdato: "2026-02-30" }))).toContain(
      "brevdato: Brevdatoen må være en gyldig dato (ÅÅÅÅ-MM-DD)",
    );
    expect(feil(ventelisteVedtak({ mottattDato: "2026-03-12" }))).toEqual([
      "mottattDato: Vedtaket kan ikke komme fram til deg før brevdatoen",
    ]);
  });

  it("rejects a lease length the policy does not have, and waiting list for renewal", () => {
    const bolig = { boligtype: "leilighet", antallRom: 2, leieperiodeAar: 4 };
    expect(feil(ventelisteVedtak({ vedtak: { utfall: "venteliste", bolig } }))).toEqual([
      "vedtak.bolig.leieperiodeAar: Leieperioden må være 3, 5, 7 år",
    ]);
    const ok = { ...bolig, leieperiodeAar: 3 };
    expect(feil(fornyelseAvslag({ vedtak: { utfall: "venteliste", bolig: ok } }))).toEqual([
      "vedtak.utfall: Venteliste gjelder bare søknad om kommunal bolig",
    ]);
  });

  it("rejects an unknown case kind, a missing appeal link and a missing caseworker", () => {
    const v = ventelisteVedtak();
    const msgs = feil({
      ...v,
      sakstype: "parkering",
      avsender: { ...v.avsender, klageUrl: "ikke en lenke" },
      saksbehandler: { navn: "", tittel: "Rådgiver" },
    });
    expect(msgs).toContain(
      "sakstype: Sakstypen må være søknad om kommunal bolig, søknad om fornyelse eller bistand etter boligsosial lov § 6",
    );
    expect(msgs).toContain("avsender.klageUrl: Lenken til digital klage må være en gyldig nettadresse");
    expect(msgs).toContain("saksbehandler.navn: Navnet må fylles ut");
  });

  it("names unknown fields and missing parts in Norwegian", () => {
    const { saksbehandler: _, ...v } = ventelisteVedtak();
    expect(feil({ ...v, vedtaksdato: "2026-03-13" })).toEqual([
      "saksbehandler: Saksbehandleren må fylles ut",
      ": Ukjent felt: vedtaksdato",
    ]);
  });

  it("the renderer refuses incomplete input instead of printing a defective letter", async () => {
    const input = fornyelseAvslag({ begrunnelse: { regler: [{ lov: "fvl_28" }], faktum: ["x"] } });
    await expect(renderVedtaksbrev(input as VedtaksbrevInput)).rejects.toBeInstanceOf(ZodError);
  });
});
