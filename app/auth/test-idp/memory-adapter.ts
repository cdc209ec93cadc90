import type { Adapter, AdapterPayload } from "oidc-provider";

type Entry = { payload: AdapterPayload; expiresAt: number };

/**
 * Storage for the test identity provider: one Map per provider instance,
 * entries expire with their own lifetime, and nothing survives a restart
 * (the test provider issues short-lived codes and nothing else needs it).
 */
export function createMemoryAdapterFactory(): (model: string) => Adapter {
  const store = new Map<string, Entry>();
  const byUid = new Map<string, string>();
  const byUserCode = new Map<string, string>();
  const byGrant = new Map<string, Set<string>>();

  const read = (key: string): AdapterPayload | undefined => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  const sweep = () => {
    const now = Date.now();
    for (const [key, entry] of store) if (entry.expiresAt <= now) store.delete(key);
    for (const [grantId, keys] of byGrant) {
      for (const key of keys) if (!store.has(key)) keys.delete(key);
      if (keys.size === 0) byGrant.delete(grantId);
    }
  };

  let writes = 0;
  return (model: string): Adapter => {
    const keyFor = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        if (++writes % 200 === 0) sweep();
        const key = keyFor(id);
        store.set(key, { payload, expiresAt: Date.now() + expiresIn * 1000 });
        if (model === "Session" && typeof payload.uid === "string") byUid.set(payload.uid, id);
        if (typeof payload.userCode === "string") byUserCode.set(payload.userCode, id);
        if (typeof payload.grantId === "string") {
          const keys = byGrant.get(payload.grantId) ?? new Set<string>();
          keys.add(key);
          byGrant.set(payload.grantId, keys);
        }
      },
      async find(id) {
        return read(keyFor(id));
      },
      async findByUid(uid) {
        const id = byUid.get(uid);
        return id ? read(keyFor(id)) : undefined;
      },
      async findByUserCode(userCode) {
        const id = byUserCode.get(userCode);
        return id ? read(keyFor(id)) : undefined;
      },
      async consume(id) {
        const payload = read(keyFor(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        const key = keyFor(id);
        const payload = read(key);
        store.delete(key);
        if (payload && typeof payload.uid === "string" && byUid.get(payload.uid) === id)
          byUid.delete(payload.uid);
      },
      async revokeByGrantId(grantId) {
        for (const key of byGrant.get(grantId) ?? []) store.delete(key);
        byGrant.delete(grantId);
      },
    };
  };
}
