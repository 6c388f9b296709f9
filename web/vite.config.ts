import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

// The explorer: root web/, built into web/dist, which `gaiko serve` serves beside /api/v1.
// In development (`npx vite web`), /api is proxied to a running `gaiko serve` (GAIKO_API, default :3000).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { "/api": process.env.GAIKO_API ?? "http://127.0.0.1:3000" } },
  logLevel: "warn",
});
