import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { registerSW } from 'virtual:pwa-register'
import '@/lib/i18n'
import './index.css'
import { AppProvider } from './app/provider'
import { AppRouter } from './app/router'

// the service worker (vite-plugin-pwa): the app shell offline; a new version takes over at the next navigation
registerSW({ immediate: true })

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
)
