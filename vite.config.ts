import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

// The server build bundles server/app.ts together with the route modules, so
// the app, its route modules and its router context share one module graph.
export default defineConfig({
  environments: {
    ssr: { build: { rolldownOptions: { input: "./server/app.ts" }, target: "node22" } },
  },
  plugins: [reactRouter()],
});
