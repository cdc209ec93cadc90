export * from "./dato";
export * from "./helligdager";
export * from "./config";
export * from "./frist";
