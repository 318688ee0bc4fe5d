import { useMemo, useState, type ReactNode } from 'react'
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client'
import { App as AntApp, ConfigProvider, Grid } from 'antd'
import viVN from 'antd/es/locale/vi_VN'
import enUS from 'antd/es/locale/en_US'
import { I18nextProvider, useTranslation } from 'react-i18next'
import i18n from '@/lib/i18n'
import { makeQueryClient } from '@/lib/query-client'
import { persistOptions, OFFLINE_MAX_AGE_MS } from '@/lib/offline/persist'
import { outbox, startOutbox } from '@/lib/offline'
import { textSize, useLargeText } from '@/lib/text-size'

const baseToken = {
  colorPrimary: '#b3261e',
  colorLink: '#b3261e',
  borderRadius: 6,
  // secondary text dark enough for WCAG AA on white (#595959: 7:1; antd's default #8c8c8c is 3.4:1)
  colorTextSecondary: '#595959',
  colorTextDescription: '#595959',
  // danger buttons and error text AA on white (#cf1322: 5.6:1; antd's default #ff4d4f is 3.3:1)
  colorError: '#cf1322',
  // preset tags write their text in the colour's 7th shade on its 1st (about 3.3:1): the 8th reaches AA (4.5:1)
  red7: '#a8071a',
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#ad6800',
  green7: '#237804',
  cyan7: '#006d75',
  blue7: '#0050b3',
  purple7: '#391085',
  magenta7: '#9e1068',
  fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
}

/** On a phone every control is at least 44 px high; the larger-text setting scales type (and controls with it). */
function useTheme() {
  const large = useLargeText()
  const phone = !Grid.useBreakpoint().md
  return useMemo(
    () => ({
      token: {
        ...baseToken,
        ...(large ? { fontSize: 18, fontSizeSM: 15, fontSizeLG: 20 } : {}),
        ...(phone || large ? { controlHeight: 44, controlHeightLG: 48 } : {}),
      },
    }),
    [large, phone],
  )
}

function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n: i } = useTranslation()
  const theme = useTheme()
  return (
    <ConfigProvider locale={i.language === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}

function makeAppQueryClient() {
  // answers stay in memory as long as they are kept on the phone, so what was opened online opens offline
  const client = makeQueryClient({ gcTime: OFFLINE_MAX_AGE_MS })
  // whatever the outbox delivers changes what the screens show
  outbox.onSent(() => void client.invalidateQueries())
  startOutbox()
  textSize.set(textSize.large())
  return client
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(makeAppQueryClient)
  return (
    <I18nextProvider i18n={i18n}>
      <PersistQueryClientProvider
        client={client}
        persistOptions={persistOptions}
        // kept answers show at once; with a network the screens then ask again (a plan published since the last
        // visit must appear, however recently the kept list was fetched)
        onSuccess={() => void client.invalidateQueries()}
      >
        <AntdLocale>{children}</AntdLocale>
      </PersistQueryClientProvider>
    </I18nextProvider>
  )
}
