import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import 'dayjs/locale/en'
import vi from '@/locales/vi.json'
import en from '@/locales/en.json'
import type { Lang } from './format'

const KEY = 'tiendo.lang'
export const LANGS: Lang[] = ['vi', 'en']

function initial(): Lang {
  try {
    const saved = localStorage.getItem(KEY)
    if (saved === 'vi' || saved === 'en') return saved
  } catch {
    /* storage unavailable */
  }
  return 'vi'
}

function apply(lang: string) {
  dayjs.locale(lang === 'en' ? 'en' : 'vi')
  if (typeof document !== 'undefined') document.documentElement.lang = lang
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
})
apply(i18n.language)
i18n.on('languageChanged', (lang) => {
  apply(lang)
  try {
    localStorage.setItem(KEY, lang)
  } catch {
    /* ignore */
  }
})

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi'
}

export default i18n
