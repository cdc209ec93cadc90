import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, redirect } from "react-router";
import type { Route } from "./+types/soknad.$utkastId";
import "../modules/cases/components/soknad/soknad.css";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import type { MessageKey } from "../i18n";
import { useT } from "../i18n/use-t";
import { parseId } from "../lib/errors";
import { Kvittering } from "../modules/cases/components/soknad/kvittering";
import { SoknadSkjema } from "../modules/cases/components/soknad/soknad-skjema";
import { getDraft } from "../modules/cases/get-draft.server";
import { saveDraft } from "../modules/cases/save-draft.server";
import { lesSkjema, MIN_RADER, MAKS_RADER, type Feil } from "../modules/cases/soknad-form";
import { submitDraft } from "../modules/cases/submit-draft.server";
import { removeAttachment, uploadAttachment } from "../modules/cases/upload-attachment.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "soknad.tittel");

const MELDINGER = {
  lagret: "soknad.lagret",
  lastetOpp: "soknad.vedlegg.lastetOpp",
  fjernet: "soknad.vedlegg.fjernet",
} as const satisfies Record<string, MessageKey>;

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.soke");
  const utkastId = parseId(params.utkastId);
  const utkast = await getDraft({ db: deps(context).db, actor, requestId: state.requestId, utkastId });
  const query = new URL(request.url).searchParams;
  const melding = (Object.keys(MELDINGER) as (keyof typeof MELDINGER)[]).find((k) => query.has(k));
  return { utkast, innlogget: actor.navn, melding: melding ? MELDINGER[melding] : null };
}

/** The hidden key from the form (a double click sends the same one); the draft's own key if it is missing. */
function idempotensnokkel(form: FormData, utkastId: string): string {
  const nokkel = form.get("idempotensnokkel");
  return typeof nokkel === "string" && nokkel.length >= 8 && nokkel.length <= 200
    ? nokkel
    : `soknad:${utkastId}`;
}

/** The use cases stop a stale save with fail("konflikt"). */
const konflikt = (e: unknown) => (e as { data?: { code?: string } } | null)?.data?.code === "konflikt";

/**
 * One POST for every button of the form (the `handling` field): save, add or remove a household row, upload
 * or remove an attachment (each saves what was typed first), or send. A stale version keeps what was typed
 * and says so; nothing is overwritten.
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const state = requestState(context);
  const actor = requirePermission(state.actor, "egen_sak.soke");
  const utkastId = parseId(params.utkastId);
  const { db, config } = deps(context);
  const form = await request.formData();
  const handling = String(form.get("handling") ?? "lagre");
  const versjon = Number(form.get("versjon"));
  // "Fjern" on a row: that row's fields are left out (empty rows are dropped, so the others close up).
  const fjern = /^fjern:(\d+)$/.exec(handling);
  if (fjern) for (const felt of ["rolle", "alder"]) form.delete(`medlem.${fjern[1]}.${felt}`);
  const { svar, helse } = lesSkjema(form, "beboer");
  const ctx = { db, actor, requestId: state.requestId, utkastId };
  if (handling === "legg_til")
    svar.rader = Math.min(MAKS_RADER, Math.max(svar.rader, svar.medlemmer.length) + 1);
  if (fjern) svar.rader = Math.max(MIN_RADER, svar.rader - 1);

  let nyVersjon: number;
  try {
    if (handling === "send") {
      const resultat = await submitDraft({
        ...ctx,
        versjon,
        idempotensnokkel: idempotensnokkel(form, utkastId),
        svar,
        helse,
        allowSyntheticIdentities: config.allowTestIdentities,
      });
      if (resultat.ok) {
        return svar.innsenderrolle === "parorende"
          ? redirect(`/soknad/${utkastId}`)
          : redirect(`/mine-saker/${resultat.sakId}?kvittering=1`);
      }
      return data(
        { feil: resultat.feil, konflikt: false, versjon: resultat.versjon, svar, helse },
        { status: 422 },
      );
    }
    nyVersjon = (await saveDraft({ ...ctx, versjon, svar, helse })).versjon;
  } catch (error) {
    if (!konflikt(error)) throw error;
    // The version the user loaded stays in the form, so saving again is refused again until they reload.
    return data({ feil: {} as Feil, konflikt: true, versjon, svar, helse }, { status: 409 });
  }

  const fil = form.get("vedlegg");
  if (handling === "last_opp") {
    if (!(fil instanceof File) || fil.size === 0) {
      return data(
        {
          feil: { vedlegg: "soknad.vedlegg.feil.ingen" } as Feil,
          konflikt: false,
          versjon: nyVersjon,
          svar,
          helse,
        },
        { status: 422 },
      );
    }
    const lastet = await uploadAttachment({
      ...ctx,
      filnavn: fil.name,
      innhold: new Uint8Array(await fil.arrayBuffer()),
    });
    if (!lastet.ok) {
      return data(
        {
          feil: { vedlegg: `soknad.vedlegg.feil.${lastet.feil}` } as Feil,
          konflikt: false,
          versjon: nyVersjon,
          svar,
          helse,
        },
        { status: 422 },
      );
    }
    return redirect(`/soknad/${utkastId}?lastetOpp=1#seksjon-vedlegg`);
  }
  const slett = /^slett_vedlegg:([0-9a-f-]{36})$/i.exec(handling);
  if (slett) {
    await removeAttachment({ ...ctx, vedleggId: slett[1]!.toLowerCase() });
    return redirect(`/soknad/${utkastId}?fjernet=1#seksjon-vedlegg`);
  }
  if (handling === "legg_til" || fjern) return redirect(`/soknad/${utkastId}#seksjon-husstand`);
  return redirect(`/soknad/${utkastId}?lagret=1`);
}

export default function Soknad({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  const { utkast } = loaderData;
  if (utkast.status === "sendt" && utkast.kvittering) {
    return (
      <div className="soknad-side">
        <Breadcrumbs
          items={[{ label: tr("soknad.start.tittel"), href: "/soknad" }, { label: tr("soknad.tittel") }]}
        />
        <Heading level={1} data-size="lg">
          {tr("soknad.sendt.tittel")}
        </Heading>
        <Kvittering {...utkast.kvittering} forSegSelv={utkast.svar.innsenderrolle !== "parorende"} />
        <Paragraph>
          <Link href="/mine-saker">{tr("nav.mineSaker")}</Link>
        </Paragraph>
      </div>
    );
  }
  // After an action that answered with errors, show what was sent (the loader may not have run again).
  const verdier = actionData ?? { svar: utkast.svar, helse: utkast.helse };
  const versjon = actionData?.versjon ?? utkast.versjon;
  return (
    <div className="soknad-side">
      <Breadcrumbs
        items={[{ label: tr("soknad.start.tittel"), href: "/soknad" }, { label: tr("soknad.tittel") }]}
      />
      <Heading level={1} data-size="lg">
        {tr("soknad.tittel")}
      </Heading>
      <Paragraph>{tr("soknad.ingress")}</Paragraph>
      <SoknadSkjema
        key={`${versjon}-${actionData ? "svar" : "last"}`}
        modus="beboer"
        svar={verdier.svar}
        helse={verdier.helse}
        feil={actionData?.feil ?? {}}
        melding={
          actionData?.konflikt
            ? { farge: "warning", tekst: tr("soknad.konflikt") }
            : !actionData && loaderData.melding
              ? { farge: "success", tekst: tr(loaderData.melding) }
              : null
        }
        versjon={versjon}
        idempotensnokkel={`soknad:${utkast.utkastId}`}
        innlogget={loaderData.innlogget}
        vedlegg={utkast.vedlegg}
      />
    </div>
  );
}
