import { useState, type ReactNode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/es/locale/vi_VN'
import enUS from 'antd/es/locale/en_US'
import { I18nextProvider, useTranslation } from 'react-i18next'
import i18n from '@/lib/i18n'
import { makeQueryClient } from '@/lib/query-client'

const theme = {
  token: {
    colorPrimary: '#b3261e',
    colorLink: '#b3261e',
    borderRadius: 6,
    // secondary text dark enough for WCAG AA on white (#595959: 7:1; antd's default #8c8c8c is 3.4:1)
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
}

function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n: i } = useTranslation()
  return (
    <ConfigProvider locale={i.language === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(makeQueryClient)
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <AntdLocale>{children}</AntdLocale>
      </QueryClientProvider>
    </I18nextProvider>
  )
}
