import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import express, { type Express, type Request, type Response } from "express";
import { Provider, type Account, type KoaContextLike } from "oidc-provider";
import type { AppDeps } from "../../context";
import type { Config } from "../../lib/env.server";
import { createMemoryAdapterFactory } from "./memory-adapter";
import { idpErrorPage, personaPickerPage } from "./pages";
import { PERSONAS, findPersona, type Persona } from "./personas";

/** The security level every test resident signs in with, as ID-porten names it. */
export const TEST_RESIDENT_ACR = "idporten-loa-substantial";

type Kind = Persona["kind"];

/** Which personas a client may offer: residents for the ID-porten client, staff for the Entra client. */
function kindForClient(config: Config, clientId: unknown): Kind | null {
  if (clientId === config.oidc.resident.clientId) return "beboer";
  if (clientId === config.oidc.staff.clientId) return "ansatt";
  return null;
}

/** The claims each persona's identity provider would send (ID-porten: pid; Entra: name, roles, …). */
export function personaClaims(persona: Persona): Record<string, unknown> {
  if (persona.kind === "beboer") return { sub: persona.id, pid: persona.pid };
  return {
    sub: persona.id,
    oid: persona.oid,
    name: persona.navn,
    roles: [persona.rolle],
    enhet: persona.enhet,
    ...(persona.bydelId ? { bydel: persona.bydelId } : {}),
  };
}

function signingKey() {
  // Fresh keys at every start: the test provider's tokens never outlive the process.
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: randomUUID(), use: "sig", alg: "RS256" };
}

export function createTestProvider(config: Config): Provider {
  const issuer = `${config.publicUrl}/idp`;
  const client = (settings: { clientId: string; clientSecret: string }, type: Kind, scope: string) => ({
    client_id: settings.clientId,
    client_secret: settings.clientSecret,
    redirect_uris: [`${config.publicUrl}/auth/callback/${type}`],
    grant_types: ["authorization_code"],
    response_types: ["code"],
    token_endpoint_auth_method: "client_secret_basic",
    scope,
  });

  return new Provider(issuer, {
    clients: [
      client(config.oidc.resident, "beboer", "openid"),
      client(config.oidc.staff, "ansatt", "openid profile"),
    ],
    adapter: createMemoryAdapterFactory(),
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: {
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ["sub", "pid"],
      profile: ["name", "oid", "roles", "bydel", "enhet"],
    },
    // Like ID-porten and Entra ID, put the user's claims in the ID token itself.
    conformIdTokenClaims: false,
    acrValues: ["idporten-loa-substantial", "idporten-loa-high"],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
    },
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 300,
      IdToken: 300,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/idp/interaction/${interaction.uid}`,
    },
    async findAccount(_ctx: unknown, id: string): Promise<Account | undefined> {
      const persona = findPersona(id);
      if (!persona) return undefined;
      return { accountId: persona.id, claims: async () => personaClaims(persona) };
    },
    // Consent is implied: the test provider grants exactly what the client asked for.
    async loadExistingGrant(ctx: KoaContextLike) {
      const { client: oidcClient, session, result, provider } = ctx.oidc;
      if (!oidcClient || !session.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(oidcClient.clientId);
      let grant = grantId ? await provider.Grant.find(grantId) : undefined;
      if (grant && grant.accountId !== session.accountId) grant = undefined;
      grant ??= new provider.Grant({ accountId: session.accountId, clientId: oidcClient.clientId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(" "));
      if (ctx.oidc.requestParamClaims.size > 0) grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    async renderError(ctx: KoaContextLike, out: Record<string, string>) {
      ctx.type = "html";
      ctx.body = idpErrorPage({
        tittel: "Innloggingen kunne ikke fullføres",
        melding: `Testinnloggingen svarte med en feil (${out.error ?? "ukjent feil"}). Start innloggingen på nytt.`,
      });
    },
  });
}

function sendPage(res: Response, status: number, html: string) {
  res.status(status).setHeader("Cache-Control", "no-store");
  res.type("html").send(html);
}

function expired(res: Response) {
  sendPage(
    res,
    400,
    idpErrorPage({
      tittel: "Innloggingen er utløpt",
      melding:
        "Det tok for lang tid, eller innloggingen ble startet i en annen fane. Start innloggingen på nytt.",
    }),
  );
}

/**
 * The built-in test identity provider (oidc-provider), mounted at /idp when
 * IDP_MODE=test. Two clients, like production: an ID-porten-like one for
 * residents and an Entra-like one for staff. Its login page lists the demo
 * personas; consent is implied.
 */
export async function mountTestIdentityProvider(app: Express, deps: AppDeps): Promise<void> {
  const { config, logger } = deps;
  const provider = createTestProvider(config);
  if (config.nodeEnv === "production") {
    logger.warn(
      { issuer: `${config.publicUrl}/idp` },
      "Testinnloggingen er slått på: hvem som helst kan logge inn som en testperson. Sett IDP_MODE=external for ekte brukere.",
    );
  }
  provider.on("server_error", (_ctx, error) => {
    logger.error({ err: error }, "testinnlogging: serverfeil");
  });
  const form = express.urlencoded({ extended: false, limit: "4kb", parameterLimit: 10 });

  app.get("/idp/interaction/:uid", async (req: Request, res: Response) => {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      return expired(res);
    }
    if (details.uid !== req.params.uid) return expired(res);
    const kind = kindForClient(config, details.params.client_id);
    if (!kind) return expired(res);
    if (details.prompt.name === "consent") {
      // Only reached if the implied grant above did not cover the request: grant it here.
      const accountId = details.session?.accountId;
      if (!accountId) return expired(res);
      try {
        const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope ?? "openid"));
        const grantId = await grant.save();
        return await provider.interactionFinished(req, res, { consent: { grantId } });
      } catch (error) {
        logger.warn({ err: error }, "testinnlogging: kunne ikke gi samtykke");
        return expired(res);
      }
    }
    sendPage(
      res,
      200,
      personaPickerPage({
        uid: details.uid,
        tjeneste: kind === "beboer" ? "ID-porten (test)" : "Entra ID (test)",
        personas: PERSONAS.filter((persona) => persona.kind === kind),
      }),
    );
  });

  app.post("/idp/interaction/:uid/login", form, async (req: Request, res: Response) => {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      return expired(res);
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const persona = typeof body.persona === "string" ? findPersona(body.persona) : undefined;
    const kind = kindForClient(config, details.params.client_id);
    if (details.uid !== req.params.uid || details.prompt.name !== "login" || !kind) return expired(res);
    if (!persona || persona.kind !== kind) {
      return sendPage(
        res,
        400,
        idpErrorPage({ tittel: "Ukjent testperson", melding: "Velg en av testpersonene i listen." }),
      );
    }
    try {
      // A different persona than last time: forget the earlier login in the provider's own session
      // first, so it does not ask to log out the previous person (that page needs JavaScript).
      if (details.session?.uid && details.session.accountId !== persona.id) {
        const sessionUid = details.session.uid;
        details.session = undefined;
        await details.save(details.exp - Math.floor(Date.now() / 1000));
        const session = await provider.Session.findByUid(sessionUid);
        if (session) {
          session.accountId = undefined;
          session.acr = undefined;
          session.amr = undefined;
          session.loginTs = undefined;
          session.authorizations = undefined;
          await session.persist();
        }
      }
      const login =
        persona.kind === "beboer"
          ? { accountId: persona.id, acr: TEST_RESIDENT_ACR, amr: ["TestID"], remember: false }
          : { accountId: persona.id, amr: ["pwd"], remember: false };
      await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
    } catch (error) {
      logger.warn({ err: error }, "testinnlogging: kunne ikke fullføre innloggingen");
      expired(res);
    }
  });

  app.post("/idp/interaction/:uid/avbryt", form, async (req: Request, res: Response) => {
    try {
      await provider.interactionFinished(
        req,
        res,
        { error: "access_denied", error_description: "Brukeren avbrøt innloggingen" },
        { mergeWithLastSubmission: false },
      );
    } catch {
      expired(res);
    }
  });

  app.use("/idp", provider.callback());
}
