import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_foundation";
import * as m0002 from "./0002_cases";

/** Append-only: add new migrations at the end, never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_cases": m0002,
};
