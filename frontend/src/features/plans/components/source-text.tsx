import { useEffect, useMemo, useRef } from 'react'
import { Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SourceSpan } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { confidenceLevel, segmentConfidence, segments } from './source-marks'

/** `tiers[1].deadline` → `Đối tượng 2 · Hoàn thành trước ngày`. */
export function useFieldLabel() {
  const { t } = useTranslation()
  const top: Record<string, string> = {
    number: 'plans.number',
    title: 'plans.titleField',
    issuerOrgId: 'plans.issuer',
    resolution: 'plans.resolution',
    issuedOn: 'plans.issuedOn',
    purpose: 'plans.purpose',
    requirements: 'plans.requirements',
    materials: 'plans.materials',
  }
  const tier: Record<string, string> = {
    name: 'plans.tierName',
    activity: 'plans.activity',
    format: 'plans.format',
    levelCodes: 'plans.levels',
    organizationIds: 'plans.organizations',
    audience: 'plans.audience',
    presenter: 'plans.presenter',
    durationDays: 'plans.duration',
    deadline: 'plans.deadline',
  }
  return (key: string) => {
    const m = /^tiers\[(\d+)\]\.(\w+)$/.exec(key)
    if (m) return `${t('plans.tier', { n: Number(m[1]) + 1 })} · ${tier[m[2]] ? t(tier[m[2]]) : m[2]}`
    return top[key] ? t(top[key]) : key
  }
}

interface Props {
  text: string
  spans: Record<string, SourceSpan>
  /** the key highlighted on both sides */
  active?: string | null
  /** scrolled into view when it changes (the field that got the focus) */
  focused?: string | null
  onHover: (key: string | null) => void
  /** a highlight was clicked: the page focuses that field */
  onPick: (key: string) => void
}

/** The document as read, each stretch that went into a field marked in its confidence's colour. */
export function SourceText({ text, spans, active, focused, onHover, onPick }: Props) {
  const { t } = useTranslation()
  const f = useFormat()
  const label = useFieldLabel()
  const box = useRef<HTMLDivElement>(null)
  const parts = useMemo(() => segments(text, spans), [text, spans])

  useEffect(() => {
    const el = focused && box.current?.querySelector<HTMLElement>(`[data-keys~="${focused}"]`)
    const container = box.current
    if (!el || !container) return
    const top = el.offsetTop - container.offsetTop
    if (top < container.scrollTop || top > container.scrollTop + container.clientHeight - 40)
      container.scrollTop = Math.max(0, top - container.clientHeight / 3)
  }, [focused])

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 8, fontSize: 12 }} aria-label={t('import.legend')}>
        {(['high', 'medium', 'low'] as const).map((c) => (
          <span key={c}>
            <mark className={`src-mark src-${c}`} style={{ cursor: 'default' }}>
              {t(`import.confidence.${c}`)}
            </mark>
          </span>
        ))}
      </Flex>
      <div ref={box} className="source-text" data-testid="source-text">
        {parts.map((p) => {
          const chunk = text.slice(p.start, p.end)
          if (p.keys.length === 0) return <span key={p.start}>{chunk}</span>
          const c = segmentConfidence(p.keys, spans)
          const names = p.keys.map((k) => `${label(k)} (${f.percent(spans[k].confidence ?? null)})`).join('; ')
          const isActive = !!active && p.keys.includes(active)
          // a second click on a stretch read into several fields moves on to the next one
          const next = () => {
            const i = focused ? p.keys.indexOf(focused) : -1
            return p.keys[(i + 1) % p.keys.length]
          }
          return (
            <mark
              key={p.start}
              className={`src-mark src-${confidenceLevel(c)}${isActive ? ' src-active' : ''}`}
              data-keys={p.keys.join(' ')}
              title={names}
              aria-label={names}
              role="button"
              tabIndex={0}
              onMouseEnter={() => onHover(p.keys[0])}
              onMouseLeave={() => onHover(null)}
              onClick={() => onPick(next())}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault()
                  onPick(next())
                }
              }}
            >
              {chunk}
            </mark>
          )
        })}
        {parts.length === 0 && <Typography.Text type="secondary">{t('import.noSource')}</Typography.Text>}
      </div>
    </>
  )
}
