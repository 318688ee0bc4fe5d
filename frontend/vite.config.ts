/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { fileURLToPath } from 'node:url'

const apiUrl = process.env.API_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    react(),
    // Installable and usable without a network: Workbox precaches the app shell (every built file), and any
    // navigation that is not the API answers index.html from the cache, so a deep link reloads offline. Data is
    // not cached here: TanStack Query's persisted cache holds the last answers (src/lib/offline/persist.ts).
    VitePWA({
      registerType: 'autoUpdate',
      // registered from main.tsx (no inline script: the CSP allows scripts from 'self' only)
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: 'Tiến độ',
        short_name: 'Tiến độ',
        description:
          'Theo dõi tiến độ học tập, quán triệt nghị quyết; báo cáo kết quả hội nghị ngay trên điện thoại, cả khi mất sóng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#b3261e',
        background_color: '#ffffff',
        categories: ['productivity', 'government'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
        // the antd/recharts chunks are large; the whole shell must be there offline
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        // the API, the operational endpoints and downloads are never answered from the shell
        navigateFallbackDenylist: [/^\/api\//, /^\/q\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/api': { target: apiUrl, changeOrigin: true } } },
  preview: { proxy: { '/api': { target: apiUrl, changeOrigin: true } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // generous: on a loaded 2-core CI machine a jsdom + antd test can take 20 s of wall time without being wrong
    testTimeout: 60_000,
  },
})
