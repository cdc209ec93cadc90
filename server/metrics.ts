import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests",
    labelNames: ["method", "route", "status"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration",
    labelNames: ["method", "route"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    contentType: registry.contentType,
    /** Ids replaced by :id so label sets stay small. */
    routeLabel: (path: string) =>
      path.startsWith("/assets/")
        ? "/assets"
        : path.startsWith("/idp/")
          ? "/idp"
          : path
              .replace(UUID, ":id")
              .replace(/\.data$/, "")
              .slice(0, 80),
    observe(method: string, route: string, status: number, ms: number) {
      requests.inc({ method, route, status: String(status) });
      duration.observe({ method, route }, ms / 1000);
    },
    render: () => registry.metrics(),
  };
}
