import type { Actor } from "../../auth/actor";
import type { Db } from "../../db/connection.server";

/** What every bomiljø use case receives. */
export type BomiljoContext = { db: Db; actor: Actor; requestId: string | null };
