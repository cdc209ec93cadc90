import { data } from "react-router";
import type { Route } from "./+types/bomiljoundersokelse";
import { deps } from "../context";
import { Svarside } from "../modules/undersokelse/components/svarside";
import { SKJEMATEKSTER } from "../modules/undersokelse/sprak";
import { lastSvarside, sendSvar, svarsideStatus } from "../modules/undersokelse/svarside.server";

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${SKJEMATEKSTER[loaderData?.sprak ?? "nb"].tittel} – Bomiljø` },
];

/**
 * /bomiljoundersokelse — open to everyone: a household answers with the one-time code from its letter (the QR
 * code carries code and language). No login, and nothing about the request is stored with the answer.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const d = await lastSvarside(deps(context).db, new URL(request.url));
  return data(d, { status: svarsideStatus(d) });
}

export async function action({ context, request }: Route.ActionArgs) {
  const d = await sendSvar(deps(context).db, await request.formData());
  return data(d, { status: svarsideStatus(d) });
}

export default function Bomiljoundersokelse({ loaderData, actionData }: Route.ComponentProps) {
  return <Svarside data={actionData ?? loaderData} base="/bomiljoundersokelse" modus="nett" />;
}
