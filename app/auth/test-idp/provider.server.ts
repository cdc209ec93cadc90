import type { Express } from "express";
import type { AppDeps } from "../../context";

/** The built-in test identity provider (oidc-provider), mounted at /idp in demo, dev and test mode. */
export async function mountTestIdentityProvider(_app: Express, _deps: AppDeps): Promise<void> {}
