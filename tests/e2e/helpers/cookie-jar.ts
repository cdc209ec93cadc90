/**
 * A small cookie jar for fetch-based end-to-end tests. It honours Path
 * scoping, Max-Age/Expires (deletion) and keeps each cookie's attributes so
 * tests can check flags. All cookies belong to the one test server's origin.
 */
export type StoredCookie = {
  name: string;
  value: string;
  path: string;
  attributes: Record<string, string | true>;
  /** The Set-Cookie header line as the server sent it. */
  raw: string;
};

export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  /** Stores every Set-Cookie of a response to a request for `requestUrl`. */
  store(requestUrl: string | URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) this.storeLine(requestUrl, line);
  }

  storeLine(requestUrl: string | URL, line: string): void {
    const [pair = "", ...attributeParts] = line.split(";");
    const index = pair.indexOf("=");
    if (index <= 0) return;
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    const attributes: Record<string, string | true> = {};
    for (const part of attributeParts) {
      const eq = part.indexOf("=");
      const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      if (key) attributes[key] = eq < 0 ? true : part.slice(eq + 1).trim();
    }
    const path =
      typeof attributes.path === "string" && attributes.path.startsWith("/")
        ? attributes.path
        : defaultPath(requestUrl);
    const key = `${name};${path}`;
    const maxAge = typeof attributes["max-age"] === "string" ? Number(attributes["max-age"]) : null;
    const expires = typeof attributes.expires === "string" ? Date.parse(attributes.expires) : null;
    const expired =
      (maxAge !== null && maxAge <= 0) || (maxAge === null && expires !== null && expires <= Date.now());
    if (expired) this.cookies.delete(key);
    else this.cookies.set(key, { name, value, path, attributes, raw: line });
  }

  /** The Cookie header for a request to `url` (longest paths first, as browsers send them). */
  header(url: string | URL): string {
    const pathname = new URL(url).pathname;
    return [...this.cookies.values()]
      .filter((cookie) => pathMatches(pathname, cookie.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join("; ");
  }

  get(name: string): StoredCookie | undefined {
    return [...this.cookies.values()].find((cookie) => cookie.name === name);
  }

  all(): StoredCookie[] {
    return [...this.cookies.values()];
  }
}

function defaultPath(requestUrl: string | URL): string {
  const pathname = new URL(requestUrl).pathname;
  const last = pathname.lastIndexOf("/");
  return last <= 0 ? "/" : pathname.slice(0, last);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}
