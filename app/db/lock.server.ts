import fs from "node:fs";
import path from "node:path";

export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `Databasemappen ${folder} er i bruk av en annen prosess (pid ${pid}). ` +
        `PGlite tåler bare én prosess om gangen. Stopp den andre prosessen, eller bruk en annen mappe med PGLITE_DIR.`,
    );
  }
}

/**
 * Takes an exclusive lock on a PGlite data folder: a lock file created with
 * O_EXCL that holds our pid. A lock left by a process that no longer runs is
 * taken over. Returns a function that releases the lock.
 */
export function lockDataFolder(folder: string): () => void {
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  const lockFile = `${folder}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(fs.readFileSync(lockFile, "utf8"));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataFolderLockedError(folder, pid);
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Kunne ikke låse databasemappen ${folder}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
