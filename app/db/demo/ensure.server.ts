import { sql } from "kysely";
import type { Db } from "../connection.server";
import type { Config } from "../../lib/env.server";
import type { Logger } from "../../lib/logger.server";
import { BYDELER } from "../reference/bydeler";
import { generateDemoBekymringer } from "./bekymring.server";
import { generateDemoBomiljo } from "./bomiljo.server";
import { generateDemoCases } from "./cases.server";
import { generateDemoHms } from "./hms.server";
import { generateDemoNaermiljokontor } from "./naermiljokontor.server";
import { generateDemoSamarbeid } from "./samarbeid.server";
import { generateDemoUndersokelse } from "./undersokelse.server";
import { generateDemoTildeling } from "./tildeling.server";
import { generateDemoNaboklager } from "./naboklage.server";
import { generateDemoData, insertBydeler } from "./generate.server";
import { generateDemoMangelmeldinger } from "./mangelmeldinger.server";
import { generateDemoLeiekontrakt } from "./leiekontrakt.server";
import { osloToday } from "./dates";

/** Any constant; serialises two processes starting on the same empty PostgreSQL database. */
const ADVISORY_LOCK = 7_310_115;

/**
 * Fills an empty database, once: the 15 districts always (reference data,
 * also with DEMO_DATA=none), then the demo Oslo for DEMO_DATA=full|small with
 * DEMO_SEED, dated from today in Europe/Oslo. A database that already has
 * districts is left alone. Logs counts and milliseconds, never personal data.
 */
export async function ensureDemoData(
  db: Db,
  config: Pick<Config, "demoData" | "demoSeed">,
  logger: Pick<Logger, "info">,
  today: string = osloToday(),
): Promise<void> {
  const started = performance.now();
  const result = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK})`.execute(trx);
    const { n } = await trx
      .selectFrom("bydel")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    if (Number(n) > 0) return null;
    if (config.demoData === "none") {
      await insertBydeler(trx);
      return { bydeler: BYDELER.length };
    }
    const generated = await generateDemoData(trx, { seed: config.demoSeed, size: config.demoData, today });
    const saker = await generateDemoCases(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoHms(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoNaermiljokontor(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoMangelmeldinger(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoLeiekontrakt(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoSamarbeid(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoUndersokelse(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoTildeling(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoBekymringer(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoNaboklager(trx, { seed: config.demoSeed, size: config.demoData, today });
    await generateDemoBomiljo(trx, { seed: config.demoSeed, size: config.demoData, today });
    return { bydeler: BYDELER.length, ...generated.counts, saker: saker.counts.sak };
  });
  const ms = Math.round(performance.now() - started);
  if (result === null) {
    logger.info({ ms }, "demodata: databasen har allerede data, ingenting lagt inn");
  } else {
    logger.info(
      { demoData: config.demoData, seed: config.demoSeed, counts: result, ms },
      "demodata lagt inn",
    );
  }
}
