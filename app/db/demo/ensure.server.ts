import type { Db } from "../connection.server";
import type { Config } from "../../lib/env.server";
import type { Logger } from "../../lib/logger.server";

/** Fills an empty database with the demo Oslo (DEMO_DATA=full|small), once. */
export async function ensureDemoData(_db: Db, _config: Config, _logger: Logger): Promise<void> {
  // Filled in by the demo-data generator.
}
