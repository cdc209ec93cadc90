import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  // Tests and parallel work may build elsewhere; server/main.ts reads the same variable.
  buildDirectory: process.env.BOMILJO_BUILD_DIR ?? "build",
  ssr: true,
} satisfies Config;
