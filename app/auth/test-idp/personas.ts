import type { Actor, Rolle } from "../actor";

/**
 * Demo personas offered by the built-in test identity provider. Residents
 * sign in through the ID-porten-like client (claim `pid`), staff through the
 * Entra-like client (claims `roles` and `bydel`). The residents' national
 * identity numbers are synthetic test numbers (Tenor: month + 80) and the
 * demo-data generator guarantees each has a household and an active lease
 * in the named district.
 */
export type Persona =
  | { id: string; kind: "beboer"; navn: string; pid: string; bydelId: string; beskrivelse: string }
  | {
      id: string;
      kind: "ansatt";
      /** Entra ID object id: the stable staff identifier (the actor id is "oid:" + this). */
      oid: string;
      navn: string;
      rolle: Exclude<Rolle, "beboer">;
      bydelId: string | null;
      enhet: string;
      beskrivelse: string;
    };

export const PERSONAS: readonly Persona[] = [
  {
    id: "saksbehandler-sagene",
    kind: "ansatt",
    oid: "420930fc-68bd-5877-9cb0-786452f454d3",
    navn: "Sara Saksbehandler",
    rolle: "saksbehandler",
    bydelId: "sagene",
    enhet: "Bydel Sagene, boligkontoret",
    beskrivelse: "Saksbehandler i Bydel Sagene",
  },
  {
    id: "saksbehandler-stovner",
    kind: "ansatt",
    oid: "11e30f72-53aa-5118-838d-2b8ee50ade8f",
    navn: "Stian Saksbehandler",
    rolle: "saksbehandler",
    bydelId: "stovner",
    enhet: "Bydel Stovner, boligkontoret",
    beskrivelse: "Saksbehandler i Bydel Stovner",
  },
  {
    id: "bomiljokoordinator-sagene",
    kind: "ansatt",
    oid: "2a304b66-e254-5dde-8e80-1d5d77a053eb",
    navn: "Kari Koordinator",
    rolle: "bomiljokoordinator",
    bydelId: "sagene",
    enhet: "Bydel Sagene, bomiljøteamet",
    beskrivelse: "Bomiljøkoordinator i Bydel Sagene",
  },
  {
    id: "booppfolger-sagene",
    kind: "ansatt",
    oid: "51edebc0-a9e3-5417-9277-33cf9ae7ab50",
    navn: "Ola Oppfølger",
    rolle: "booppfolger",
    bydelId: "sagene",
    enhet: "Bydel Sagene, booppfølgingstjenesten",
    beskrivelse: "Booppfølger i Bydel Sagene",
  },
  {
    id: "forvalter-boligbygg",
    kind: "ansatt",
    oid: "a718f5a6-a76d-5b68-9bf9-75098b57d52d",
    navn: "Frida Forvalter",
    rolle: "forvalter",
    bydelId: null,
    enhet: "Boligbygg Oslo KF, forvaltning",
    beskrivelse: "Forvalter i Boligbygg Oslo KF",
  },
  {
    id: "analytiker-velferdsetaten",
    kind: "ansatt",
    oid: "18a0af51-5b32-5cbf-bd43-eb60c57dd163",
    navn: "Anders Analytiker",
    rolle: "analytiker",
    bydelId: null,
    enhet: "Velferdsetaten, analyse",
    beskrivelse: "Analytiker i Velferdsetaten",
  },
  {
    id: "systemadministrator",
    kind: "ansatt",
    oid: "e0ac6b04-74e4-5933-9314-02e0c985cd16",
    navn: "Siri Systemadministrator",
    rolle: "systemadministrator",
    bydelId: null,
    enhet: "Oslo kommune, drift",
    beskrivelse: "Systemadministrator",
  },
  {
    id: "klagenemnd-oslo",
    kind: "ansatt",
    oid: "7c1d9a52-3f0e-5b8a-9d21-6e4f0b3a8c17",
    navn: "Kristian Klagenemnd",
    rolle: "klagenemnd",
    bydelId: null,
    enhet: "Oslo kommunes klagenemnd",
    beskrivelse: "Medlem av Oslo kommunes klagenemnd",
  },
  {
    id: "beboer-sagene",
    kind: "beboer",
    navn: "Amina Hassan",
    pid: "12899040463",
    bydelId: "sagene",
    beskrivelse: "Beboer i Bydel Sagene",
  },
  {
    id: "beboer-stovner",
    kind: "beboer",
    navn: "Piotr Nowak",
    pid: "05817540165",
    bydelId: "stovner",
    beskrivelse: "Beboer i Bydel Stovner",
  },
];

export function findPersona(id: string): Persona | undefined {
  return PERSONAS.find((persona) => persona.id === id);
}

/**
 * The `Actor` a staff persona becomes after signing in (the claims mapping in `claims.server.ts` gives the
 * same), for demo data and tests that act as a named person without the sign-in.
 */
export function ansattActor(personaId: string): Actor {
  const p = findPersona(personaId);
  if (!p || p.kind !== "ansatt") throw new Error(`Ingen ansatt-persona ${personaId}`);
  return {
    id: `oid:${p.oid}`,
    navn: p.navn,
    rolle: p.rolle,
    enhet: p.enhet,
    bydelId: p.bydelId,
    personId: null,
    acr: null,
  };
}
