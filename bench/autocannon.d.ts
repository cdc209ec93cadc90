// autocannon 9 ships without types: the small part of its API the benchmark uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };

  export type Options = {
    url: string;
    connections?: number;
    amount?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: Array<
      Request & { setupRequest?: (request: Request, context: Record<string, unknown>) => Request }
    >;
  };

  export type Histogram = { average: number; p50: number; p90: number; p99: number; max: number };

  export type Result = {
    duration: number;
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
  };

  export type Instance = EventEmitter &
    PromiseLike<Result> & {
      on(
        event: "response",
        listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
      ): Instance;
      on(event: "reqError", listener: (error: Error) => void): Instance;
    };

  function autocannon(options: Options): Instance;
  export default autocannon;
}
