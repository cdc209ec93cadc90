import type { Rolle } from "../actor";

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
    navn: "Sara Saksbehandler",
    rolle: "saksbehandler",
    bydelId: "sagene",
    enhet: "Bydel Sagene, boligkontoret",
    beskrivelse: "Saksbehandler i Bydel Sagene",
  },
  {
    id: "saksbehandler-stovner",
    kind: "ansatt",
    navn: "Stian Saksbehandler",
    rolle: "saksbehandler",
    bydelId: "stovner",
    enhet: "Bydel Stovner, boligkontoret",
    beskrivelse: "Saksbehandler i Bydel Stovner",
  },
  {
    id: "bomiljokoordinator-sagene",
    kind: "ansatt",
    navn: "Kari Koordinator",
    rolle: "bomiljokoordinator",
    bydelId: "sagene",
    enhet: "Bydel Sagene, bomiljøteamet",
    beskrivelse: "Bomiljøkoordinator i Bydel Sagene",
  },
  {
    id: "booppfolger-sagene",
    kind: "ansatt",
    navn: "Ola Oppfølger",
    rolle: "booppfolger",
    bydelId: "sagene",
    enhet: "Bydel Sagene, booppfølgingstjenesten",
    beskrivelse: "Booppfølger i Bydel Sagene",
  },
  {
    id: "forvalter-boligbygg",
    kind: "ansatt",
    navn: "Frida Forvalter",
    rolle: "forvalter",
    bydelId: null,
    enhet: "Boligbygg Oslo KF, forvaltning",
    beskrivelse: "Forvalter i Boligbygg Oslo KF",
  },
  {
    id: "analytiker-velferdsetaten",
    kind: "ansatt",
    navn: "Anders Analytiker",
    rolle: "analytiker",
    bydelId: null,
    enhet: "Velferdsetaten, analyse",
    beskrivelse: "Analytiker i Velferdsetaten",
  },
  {
    id: "systemadministrator",
    kind: "ansatt",
    navn: "Siri Systemadministrator",
    rolle: "systemadministrator",
    bydelId: null,
    enhet: "Oslo kommune, drift",
    beskrivelse: "Systemadministrator",
  },
  {
    id: "beboer-sagene",
    kind: "beboer",
    navn: "Amina Hassan",
    pid: "12899040110",
    bydelId: "sagene",
    beskrivelse: "Beboer i Bydel Sagene",
  },
  {
    id: "beboer-stovner",
    kind: "beboer",
    navn: "Piotr Nowak",
    pid: "05817540084",
    bydelId: "stovner",
    beskrivelse: "Beboer i Bydel Stovner",
  },
];

export function findPersona(id: string): Persona | undefined {
  return PERSONAS.find((persona) => persona.id === id);
}
