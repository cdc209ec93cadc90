import type { Route } from "./+types/undersokelser.papir";
import { requirePermission } from "../auth/policy.server";
import { Breadcrumbs } from "../components/breadcrumbs";
import { titleMeta } from "../components/page-title";
import { deps, requestState } from "../context";
import { useT } from "../i18n/use-t";
import { Svarside } from "../modules/undersokelse/components/svarside";
import { lastSvarside, sendSvar } from "../modules/undersokelse/svarside.server";

export const meta: Route.MetaFunction = ({ matches }) => titleMeta(matches, "undersokelse.papir.tittel");

/**
 * /undersokelser/papir — staff type in a paper form with the code written on it. The answer is stored exactly
 * like an online one: nothing says it came on paper or who typed it.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  requirePermission(requestState(context).actor, "undersokelse.registrer");
  const url = new URL(request.url);
  url.searchParams.set("sprak", "nb");
  return lastSvarside(deps(context).db, url);
}

export async function action({ context, request }: Route.ActionArgs) {
  requirePermission(requestState(context).actor, "undersokelse.registrer");
  const form = await request.formData();
  form.set("sprak", "nb");
  return sendSvar(deps(context).db, form);
}

export default function Papirsvar({ loaderData, actionData }: Route.ComponentProps) {
  const tr = useT();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tr("undersokelse.tittel"), href: "/undersokelser" },
          { label: tr("undersokelse.papir.tittel") },
        ]}
      />
      <Svarside
        data={actionData ?? loaderData}
        base="/undersokelser/papir"
        modus="papir"
        nesteTekst={tr("undersokelse.papir.tittel")}
      />
    </>
  );
}
