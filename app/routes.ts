import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("sprak", "routes/sprak.ts"),
  route("personvern", "routes/personvern.tsx"),
  route("tilgjengelighet", "routes/tilgjengelighet.tsx"),
  route("logg-inn", "routes/logg-inn.tsx"),
  route("auth/logg-inn", "routes/auth.logg-inn.ts"),
  route("auth/callback/:type", "routes/auth.callback.$type.tsx"),
  route("auth/logg-ut", "routes/auth.logg-ut.ts"),
  route("innsyn", "routes/innsyn.tsx"),
  route("admin", "routes/admin.tsx"),
  route("boliger", "routes/boliger._index.tsx"),
  route("boliger/sok", "routes/boliger.sok.tsx"),
  route("boliger/bydel/:bydelId", "routes/boliger.bydel.$bydelId.tsx"),
  route("boliger/eiendom/:id", "routes/boliger.eiendom.$id.tsx"),
  route("boliger/oppgang/:id", "routes/boliger.oppgang.$id.tsx"),
  route("boliger/bolig/:id", "routes/boliger.bolig.$id.tsx"),
  route("statistikk", "routes/statistikk.tsx"),
  route("statistikk.csv", "routes/statistikk.csv.ts"),
  route("min-bolig", "routes/min-bolig.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
