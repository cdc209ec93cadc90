import { data } from "react-router";
import type { Route } from "./+types/bomiljoundersokelse.kiosk";
import { deps } from "../context";
import { Svarside } from "../modules/undersokelse/components/svarside";
import { SKJEMATEKSTER } from "../modules/undersokelse/sprak";
import { lastSvarside, sendSvar, svarsideStatus } from "../modules/undersokelse/svarside.server";

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${SKJEMATEKSTER[loaderData?.sprak ?? "nb"].tittel} – Bomiljø` },
];

/**
 * /bomiljoundersokelse/kiosk — the tablet in the local office: the same code and questionnaire as online, with
 * larger buttons, and after each answer a fresh start for the next person. The tablet is not signed in, so a
 * resident at it can reach nothing but the questionnaire.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const d = await lastSvarside(deps(context).db, new URL(request.url));
  return data(d, { status: svarsideStatus(d) });
}

export async function action({ context, request }: Route.ActionArgs) {
  const d = await sendSvar(deps(context).db, await request.formData());
  return data(d, { status: svarsideStatus(d) });
}

export default function Kiosk({ loaderData, actionData }: Route.ComponentProps) {
  return <Svarside data={actionData ?? loaderData} base="/bomiljoundersokelse/kiosk" modus="kiosk" />;
}
