import { useTranslation } from 'react-i18next'
import * as f from './format'

/** The formatting helpers bound to the current language. */
export function useFormat() {
  const { t, i18n } = useTranslation()
  const lang: f.Lang = i18n.language === 'en' ? 'en' : 'vi'
  return {
    lang,
    date: f.formatDate,
    dateTime: f.formatDateTime,
    percent: (rate: number | null | undefined) => f.formatPercent(rate, lang),
    countRate: (count?: number | null, total?: number | null, rate?: number | null) =>
      f.formatCountRate(count, total, rate, lang),
    number: (n: number | null | undefined) => f.formatNumber(n, lang),
    duration: (days: number | null | undefined) => f.formatDuration(days, t, lang),
    daysLeft: (d: number | null | undefined) => f.formatDaysLeft(d, t),
  }
}
