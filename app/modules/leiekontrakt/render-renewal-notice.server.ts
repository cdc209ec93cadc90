import { boligkontor } from "../../db/reference/boligkontor";
import { fail } from "../../lib/errors";
import { formatDatoLang, type Dato } from "../../lib/frister";
import { recordAccess } from "../audit/record-access.server";
import { Brev } from "../letters/pdf.server";
import { fornyelsesstatus } from "./fornyelsesstatus";
import { fornyelser, fornyelsessaker, idag, krev, policyFra, type LeaseContext } from "./queries.server";

export const VARSEL_TITTEL = "Leiekontrakten din går snart ut";

const kort = (d: Dato) => formatDatoLang(d, { weekday: false });

/**
 * The renewal notice to the tenant as a tagged PDF, in the layout of app/modules/letters: the lease ends on a
 * date, no renewal application has come in, how to apply and whom to ask. Rendered on demand for one notice
 * point (months before the end) whose day has come; dated that day, so the same letter comes out every time.
 * Only the tenant's own active lease; a notice not (yet) due, or after an application came in, is "not found".
 */
export async function renderRenewalNotice(
  ctx: LeaseContext & { maaneder: number; publicUrl?: string },
): Promise<{ pdf: Buffer; filnavn: string }> {
  const { db, actor } = ctx;
  krev(actor, "minbolig.les");
  const personId = actor.personId ?? fail("ikke_funnet");
  const lk = await db
    .selectFrom("leiekontrakt as lk")
    .innerJoin("husstand_medlem as m", "m.husstand_id", "lk.husstand_id")
    .innerJoin("bolig as bo", "bo.id", "lk.bolig_id")
    .innerJoin("oppgang as o", "o.id", "bo.oppgang_id")
    .innerJoin("eiendom as e", "e.id", "bo.eiendom_id")
    .innerJoin("person as p", "p.id", "m.person_id")
    .select(["lk.id", "lk.sluttdato", "lk.startdato", "bo.bydel_id", "bo.bolignummer", "o.gateadresse"])
    .select(["e.postnummer", "e.poststed", "p.fornavn", "p.etternavn"])
    .where("m.person_id", "=", personId)
    .where("lk.status", "=", "aktiv")
    .orderBy("lk.startdato", "desc")
    .orderBy("lk.id")
    .limit(1)
    .executeTakeFirst();
  if (!lk?.sluttdato) fail("ikke_funnet");
  const policy = policyFra(ctx);
  const sak = (await fornyelsessaker(db, [lk.id], policy)).get(lk.id) ?? null;
  const fornyet = (await fornyelser(db, [lk.id])).has(lk.id);
  const status = fornyelsesstatus({
    sluttdato: lk.sluttdato as Dato,
    idag: idag(ctx.now),
    sak,
    fornyet,
    policy,
  });
  const varsel = status.varsler.find((v) => v.maaneder === ctx.maaneder) ?? fail("ikke_funnet");
  const kontor = boligkontor(lk.bydel_id) ?? fail("ikke_funnet");

  await recordAccess(db, actor, ctx.requestId, [
    { personId, kategori: "leieforhold", handling: "les", ressurs: `leiekontrakt:${lk.id}` },
  ]);

  const sluttdato = lk.sluttdato as Dato;
  const brev = new Brev({
    tittel: VARSEL_TITTEL,
    forfatter: `Oslo kommune, ${kontor.bydel}`,
    emne: VARSEL_TITTEL,
    opprettet: new Date(`${varsel.dato}T08:00:00Z`),
  });
  brev
    .hode({
      avsenderLinjer: ["Oslo kommune", kontor.bydel, kontor.enhet],
      mottakerLinjer: [
        `${lk.fornavn} ${lk.etternavn}`,
        `${lk.gateadresse}, bolig ${lk.bolignummer}`,
        `${lk.postnummer} ${lk.poststed}`,
      ],
      referanser: [
        ["Dato", kort(varsel.dato)],
        ["Gjelder", `Leiekontrakt til ${kort(sluttdato)}`],
      ],
      bunntekst: [
        `${kontor.bydel}, ${kontor.enhet}`,
        kontor.adresselinjer.join(", "),
        `Telefon ${kontor.telefon}`,
      ].join(" · "),
    })
    .h1(VARSEL_TITTEL);
  brev.seksjon("Leiekontrakten din slutter " + kort(sluttdato), (s) => {
    s.avsnitt({
      fet: `Vil du bo videre, må du søke om ny leiekontrakt. Send søknaden så snart du kan, og helst før ${kort(
        status.varselpunkter.at(-1)?.dato ?? sluttdato,
      )}.`,
    });
    s.avsnitt(
      `Vi har ikke fått søknad om fornyelse fra deg ennå. Leiekontrakten for ${lk.gateadresse}, bolig ${lk.bolignummer}, gjelder til og med ${kort(sluttdato)}.`,
    );
  });
  brev.seksjon("Slik søker du", (s) => {
    s.liste([
      `Logg inn på ${(ctx.publicUrl ?? "http://localhost").replace(/\/$/, "")}/min-bolig og velg «Søk om fornyelse».`,
      "Du kan også sende søknaden på papir til boligkontoret i bydelen.",
      "Vi behandler søknaden og sender deg et vedtak. Får du avslag, kan du klage.",
    ]);
  });
  brev.seksjon("Planen for boligen din", (s) => {
    s.avsnitt(
      "Vil du heller flytte til en annen bolig, leie privat eller kjøpe bolig, kan vi hjelpe deg å lage en plan. Ta kontakt med oss.",
    );
  });
  brev.seksjon("Spørsmål", (s) => {
    s.avsnitt(`Har du spørsmål, kan du ringe ${kontor.telefon} eller sende e-post til ${kontor.epost}.`);
  });
  brev.avsnitt("Med vennlig hilsen");
  brev.avsnitt([{ fet: kontor.bydel }, `\n${kontor.enhet}`]);
  brev.avsnitt("Brevet er laget automatisk og har ingen underskrift.");
  const pdf = await brev.ferdig();
  return { pdf, filnavn: `varsel-fornyelse-${varsel.maaneder}-maaneder.pdf` };
}
