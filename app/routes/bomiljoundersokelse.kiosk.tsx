import type { Route } from "./+types/bomiljoundersokelse.kiosk";
import { deps } from "../context";
import { Svarside } from "../modules/undersokelse/components/svarside";
import { SKJEMATEKSTER } from "../modules/undersokelse/sprak";
import { lastSvarside, sendSvar } from "../modules/undersokelse/svarside.server";

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${SKJEMATEKSTER[loaderData?.sprak ?? "nb"].tittel} – Bomiljø` },
];

/**
 * /bomiljoundersokelse/kiosk — the tablet in the local office: the same code and questionnaire as online, with
 * larger buttons, and after each answer a fresh start for the next person. The tablet is not signed in, so a
 * resident at it can reach nothing but the questionnaire.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  return lastSvarside(deps(context).db, new URL(request.url));
}

export async function action({ context, request }: Route.ActionArgs) {
  return sendSvar(deps(context).db, await request.formData());
}

export default function Kiosk({ loaderData, actionData }: Route.ComponentProps) {
  return <Svarside data={actionData ?? loaderData} base="/bomiljoundersokelse/kiosk" modus="kiosk" />;
}
