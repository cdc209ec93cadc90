// oidc-provider ships no type declarations. This is the small part of its API the test identity
// provider uses (see node_modules/oidc-provider/lib/provider.js and lib/models/*.js).
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type AdapterPayload = Record<string, unknown> & {
    uid?: string;
    userCode?: string;
    grantId?: string;
    consumed?: number;
  };

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export type ClaimsFunction = (
    use: string,
    scope: string,
    claims: unknown,
    rejected: string[],
  ) => Promise<Record<string, unknown>>;

  export type Account = { accountId: string; claims: ClaimsFunction };

  export interface Grant {
    jti: string;
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    getOIDCScopeEncountered(): string;
    save(ttl?: number): Promise<string>;
  }

  export interface SessionModel {
    uid: string;
    accountId?: string;
    acr?: string;
    amr?: string[];
    loginTs?: number;
    authorizations?: Record<string, unknown>;
    persist(): Promise<void>;
  }

  export type InteractionDetails = {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown> & { client_id?: string; scope?: string };
    session?: { accountId: string; uid?: string; cookie?: string };
    grantId?: string;
    returnTo: string;
    /** Expiry, seconds since the epoch. */
    exp: number;
    save(ttl: number): Promise<string>;
  };

  export type KoaContextLike = {
    type: string;
    body: unknown;
    status: number;
    oidc: {
      client?: { clientId: string };
      session: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
      requestParamOIDCScopes: Set<string>;
      requestParamClaims: Set<string>;
      provider: Provider;
    };
  };

  export type Configuration = Record<string, unknown> & {
    findAccount?: (ctx: unknown, id: string) => Promise<Account | undefined>;
    loadExistingGrant?: (ctx: KoaContextLike) => Promise<Grant | undefined>;
    renderError?: (ctx: KoaContextLike, out: Record<string, string>, error: Error) => Promise<void>;
    adapter?: (name: string) => Adapter;
  };

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    issuer: string;
    proxy: boolean;
    Grant: {
      new (init: { accountId: string; clientId: string }): Grant;
      find(id: string): Promise<Grant | undefined>;
    };
    Session: { findByUid(uid: string): Promise<SessionModel | undefined> };
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export const errors: Record<string, new (...args: never[]) => Error> & {
    SessionNotFound: new (...args: never[]) => Error;
  };

  export default Provider;
}
