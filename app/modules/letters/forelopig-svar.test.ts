import { describe, expect, it } from "vitest";
import { forelopigSvar } from "./fixtures";
import { forelopigSvarFrist, renderForelopigSvar } from "./render-forelopig-svar.server";
import { pdfInfo, pdfTekst, strukturElementer } from "./test-helpers";
import { forelopigSvarSchema } from "./types";

const OPPRETTET = { opprettet: new Date("2026-02-18T08:00:00Z") };

describe("foreløpig svar (forvaltningsloven § 11 a)", async () => {
  const pdf = await renderForelopigSvar(forelopigSvar(), OPPRETTET);
  const tekst = await pdfTekst(pdf);

  it("says first that there is no decision yet and when one can be expected", () => {
    const forst = tekst.indexOf(
      "Vi har ikke gjort vedtak i saken din ennå. Vi regner med å gi deg svar innen fredag 20. mars 2026.",
    );
    expect(forst).toBeGreaterThan(0);
    expect(forst).toBeLessThan(tekst.indexOf("Derfor tar det lengre tid"));
  });

  it("gives the received date, the reason, the legal basis and the § 11 a deadline", () => {
    expect(tekst).toContain("Du søkte om kommunal bolig. Vi fikk søknaden 20. januar 2026.");
    expect(tekst).toContain("Vi venter på opplysninger fra Nav om økonomien din.");
    expect(tekst).toContain("innen 1 måned, skal vi sende et foreløpig svar (forvaltningsloven § 11 a)");
    // Received Tuesday 20 January 2026 + 1 month = Friday 20 February 2026.
    expect(tekst).toContain("Fristen for dette svaret på søknaden din er fredag 20. februar 2026.");
    expect(tekst).toContain("kontakte Øystein Brænne på telefon 21 80 21 80");
    expect(tekst).toContain("Dokumentet er elektronisk godkjent og har derfor ingen signatur.");
  });

  it("says 'var' when the reply itself is late", async () => {
    const sen = await pdfTekst(
      await renderForelopigSvar(forelopigSvar({ brevdato: "2026-02-25" }), OPPRETTET),
    );
    expect(sen).toContain("Fristen for dette svaret på søknaden din var fredag 20. februar 2026.");
  });

  it("moves the § 11 a deadline off a weekend (31 January 2027 → Monday 1 March 2027)", () => {
    const f = forelopigSvarSchema.parse(
      forelopigSvar({
        soknadMottattDato: "2027-01-31",
        brevdato: "2027-02-20",
        forventetVedtakDato: "2027-04-01",
      }),
    );
    expect(forelopigSvarFrist(f).due).toBe("2027-03-01");
  });

  it("is tagged with its title and headings", async () => {
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toContain("/Lang (nb-NO)");
    expect((await pdfInfo(pdf)).Title).toBe("Foreløpig svar på søknaden din – saksnummer 26/04711");
    const el = await strukturElementer(pdf);
    expect(el.filter(([r]) => r === "H1")).toEqual([["H1", "Foreløpig svar på søknaden din"]]);
    expect(el.filter(([r]) => r === "H2").map(([, t]) => t)).toEqual([
      "Vi trenger mer tid",
      "Derfor tar det lengre tid",
      "Hva skjer nå?",
      "Hvorfor får du dette brevet?",
      "Spørsmål",
    ]);
  });

  it("rejects a reply without a reason or with an expected date in the past, in Norwegian", () => {
    const r = forelopigSvarSchema.safeParse(
      forelopigSvar({ grunn: "  ", forventetVedtakDato: "2026-02-01" }),
    );
    expect(r.success).toBe(false);
    const msgs = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(msgs).toContain("grunn: Grunnen til at saken tar lengre tid må fylles ut");
    expect(msgs).toContain("forventetVedtakDato: Datoen du kan vente svar må være etter brevdatoen");
  });
});
