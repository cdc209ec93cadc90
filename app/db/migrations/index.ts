import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_foundation";
import * as m0002 from "./0002_cases";
import * as m0003 from "./0003_soknad_utkast";
import * as m0008 from "./0008_bomiljoplan";

/** Append-only: add new migrations at the end, never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_cases": m0002,
  "0003_soknad_utkast": m0003,
  "0008_bomiljoplan": m0008,
};
