import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_foundation";
import * as m0002 from "./0002_cases";
import * as m0003 from "./0003_soknad_utkast";
import * as m0004 from "./0004_tildeling";
import * as m0005 from "./0005_fornyelse";
import * as m0006 from "./0006_mangelmelding";
import * as m0007 from "./0007_bekymring_naboklage";
import * as m0008 from "./0008_bomiljoplan";
import * as m0009 from "./0009_bomiljoundersokelse";
import * as m0010 from "./0010_samarbeid_beboerrad_aktiviteter";
import * as m0011 from "./0011_hms";
import * as m0012 from "./0012_moter";
import * as m0013 from "./0013_tildeling_regler";
import * as m0014 from "./0014_henvendelser";
import * as m0015 from "./0015_undersokelse";
import * as m0016 from "./0016_naermiljokontor";
import * as m0017 from "./0017_hms_fra_bekymring";

/** Append-only: add new migrations at the end, never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_cases": m0002,
  "0003_soknad_utkast": m0003,
  "0004_tildeling": m0004,
  "0005_fornyelse": m0005,
  "0006_mangelmelding": m0006,
  "0007_bekymring_naboklage": m0007,
  "0008_bomiljoplan": m0008,
  "0009_bomiljoundersokelse": m0009,
  "0010_samarbeid_beboerrad_aktiviteter": m0010,
  "0011_hms": m0011,
  "0012_moter": m0012,
  "0013_tildeling_regler": m0013,
  "0014_henvendelser": m0014,
  "0015_undersokelse": m0015,
  "0016_naermiljokontor": m0016,
  "0017_hms_fra_bekymring": m0017,
};
