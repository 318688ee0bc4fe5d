/**
 * Display rules: dates dd/MM/yyyy, times HH:mm dd/MM/yyyy, always in Asia/Ho_Chi_Minh; rates as
 * percentages with one decimal and the count beside; a missing value shows "—", never
 * "undefined", "NaN" or an ISO timestamp.
 */
export const ZONE = 'Asia/Ho_Chi_Minh'
export const DASH = '—'
export type Lang = 'vi' | 'en'
type T = (key: string, opts?: Record<string, unknown>) => string

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

function zonedParts(d: Date): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d)
  return Object.fromEntries(parts.map((p) => [p.type, p.value]))
}

function toDate(value: string | Date): Date | null {
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** `2020-12-10` → `10/12/2020`; an instant is shown as its date in Hồ Chí Minh City. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return DASH
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value)
    if (m) return `${m[3]}/${m[2]}/${m[1]}`
  }
  const d = toDate(value)
  if (!d) return DASH
  const p = zonedParts(d)
  return `${p.day}/${p.month}/${p.year}`
}

/** An instant as `HH:mm dd/MM/yyyy` in Hồ Chí Minh City. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return DASH
  if (typeof value === 'string' && DATE_ONLY.test(value)) return formatDate(value)
  const d = toDate(value)
  if (!d) return DASH
  const p = zonedParts(d)
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`
}

/** Today's date (`yyyy-MM-dd`) in Hồ Chí Minh City. */
export function todayIso(now: Date = new Date()): string {
  const p = zonedParts(now)
  return `${p.year}-${p.month}-${p.day}`
}

/** Whole days from date `a` to date `b` (`yyyy-MM-dd`); positive when b is later. */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)
  return Math.round(ms / 86_400_000)
}

/** Days after the deadline (0 when not late). */
export function daysLate(deadline: string, today: string = todayIso()): number {
  return Math.max(0, daysBetween(deadline, today))
}

function numberFormat(lang: Lang, digits: number) {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n)

/** A fraction in [0, 1] as `60,0%` (vi) or `60.0%` (en); null shows "—". */
export function formatPercent(rate: number | null | undefined, lang: Lang = 'vi'): string {
  if (!finite(rate)) return DASH
  return `${numberFormat(lang, 1).format(rate * 100)}%`
}

/** A count and its rate: `12/20 · 60,0%`. */
export function formatCountRate(
  count: number | null | undefined,
  total: number | null | undefined,
  rate: number | null | undefined,
  lang: Lang = 'vi',
): string {
  const c = finite(count) ? count : 0
  const n = finite(total) ? total : 0
  return `${c}/${n} · ${formatPercent(rate, lang)}`
}

/** A plain number in the language's style; missing shows "—". */
export function formatNumber(n: number | null | undefined, lang: Lang = 'vi'): string {
  if (!finite(n)) return DASH
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 }).format(n)
}

/** 1 buổi (half-day session) = 0.5 day. */
export const SESSION_DAYS = 0.5
export type DurationUnit = 'days' | 'sessions'

/** Splits a duration in days into what the form edits: whole buổi for half days, else days. */
export function splitDuration(days: number | null | undefined): { amount: number | null; unit: DurationUnit } {
  if (!finite(days)) return { amount: null, unit: 'days' }
  if (days < 1 && Number.isInteger(days / SESSION_DAYS)) return { amount: days / SESSION_DAYS, unit: 'sessions' }
  return { amount: days, unit: 'days' }
}

export function joinDuration(amount: number | null | undefined, unit: DurationUnit): number | null {
  if (!finite(amount)) return null
  return unit === 'sessions' ? amount * SESSION_DAYS : amount
}

/** `01 buổi` / `1 ngày` / `1,5 ngày`. */
export function formatDuration(days: number | null | undefined, t: T, lang: Lang = 'vi'): string {
  const { amount, unit } = splitDuration(days)
  if (amount === null) return DASH
  const n = formatNumber(amount, lang)
  return unit === 'sessions' ? t('duration.sessions', { count: amount, n }) : t('duration.days', { count: amount, n })
}

/** `Còn 3 ngày`, `Hạn hôm nay`, `Trễ 2 ngày`. */
export function formatDaysLeft(daysLeft: number | null | undefined, t: T): string {
  if (!finite(daysLeft)) return DASH
  if (daysLeft === 0) return t('daysLeft.today')
  if (daysLeft > 0) return t('daysLeft.left', { count: daysLeft })
  return t('daysLeft.late', { count: -daysLeft })
}

/** An instant as `HH:mm dd/MM` in Hồ Chí Minh City (how old data kept on the phone is). */
export function formatShortDateTime(value: number | string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '' || value === 0) return DASH
  const d = toDate(typeof value === 'number' ? new Date(value) : value)
  if (!d) return DASH
  const p = zonedParts(d)
  return `${p.hour}:${p.minute} ${p.day}/${p.month}`
}

/** An instant as the value of a native `datetime-local` input (`yyyy-MM-ddTHH:mm`), in Hồ Chí Minh City. */
export function toLocalInput(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const d = toDate(value)
  if (!d) return ''
  const p = zonedParts(d)
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}

/** A `datetime-local` value read as Hồ Chí Minh City time, as an ISO offset date-time for the API. */
export function fromLocalInput(value: string | null | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined
  return `${value}:00+07:00`
}
