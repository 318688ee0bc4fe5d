import { Card, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AuditEntity, AuditEvent } from '@/lib/api/types'
import { canManage, useSession } from '@/lib/auth'
import { formatDate, formatDateTime, DASH } from '@/lib/format'
import { useFormat } from '@/lib/use-format'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states'
import { useAudit } from '../api/get-audit'

/** Bookkeeping fields that change with every write and say nothing to a reader. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'modifiedAt', 'etag'])
const MAX_FIELDS = 8

export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** "issuerOrgId" is shown by the name beside it ("issuerOrgName"), never as a number. */
const nameOf = (field: string) => field.replace(/Ids?$/, 'Name')

/**
 * The top-level fields whose value differs between `before` and `after` (a creation lists what was set). A
 * reference (…Id) is shown by the name recorded beside it, and left out when there is none: a reader never sees ids.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = asObject(before)
  const a = asObject(after)
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
  return keys
    .filter((k) => !IGNORED.has(k) && !same(b[k], a[k]))
    .filter((k) =>
      before !== null && before !== undefined ? true : a[k] !== null && a[k] !== undefined && a[k] !== '',
    )
    .filter((k) => !/Ids?$/.test(k) || nameOf(k) in a || nameOf(k) in b)
    .map((k) =>
      /Ids?$/.test(k)
        ? { field: k, before: b[nameOf(k)], after: a[nameOf(k)] }
        : { field: k, before: b[k], after: a[k] },
    )
}

/** Where an enum value has its words: the first namespace that knows it. */
const ENUM_WORDS = [
  'status',
  'planStatus',
  'reportState',
  'sessionStatus',
  'activity',
  'format',
  'roles',
  'stage',
  'account.mail',
]
const ENUM_LIKE = /^[A-Z][A-Z_]+$/

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** A value of a changed field, short and without raw ISO stamps or "undefined". */
export function formatValue(v: unknown, t: (k: string, o?: Record<string, unknown>) => string, field = ''): string {
  if (v === null || v === undefined || v === '') return DASH
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no')
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : DASH
  if (typeof v === 'string') {
    if (DATE_ONLY.test(v)) return formatDate(v)
    if (INSTANT.test(v)) return formatDateTime(v)
    if (field === 'state') return t(`reportState.${v}`, { defaultValue: v })
    if (ENUM_LIKE.test(v)) {
      for (const ns of ENUM_WORDS) {
        const words = t(`${ns}.${v}`, { defaultValue: '' })
        if (words && typeof words === 'string') return words
      }
      return t('audit.changed')
    }
    return v.length > 80 ? `${v.slice(0, 79)}…` : v
  }
  if (Array.isArray(v)) {
    const words = v.map((x) => formatValue(x, t, field))
    const joined = words.join(', ')
    return joined.length > 80 ? t('audit.items', { count: v.length }) : joined
  }
  const o = v as Record<string, unknown>
  if (typeof o.name === 'string') return o.name
  return t('audit.changed')
}

const i18nHas = (t: (k: string, o?: Record<string, unknown>) => string, key: string) =>
  t(key, { defaultValue: '\u0000' }) !== '\u0000'

function EventItem({ e }: { e: AuditEvent }) {
  const { t } = useTranslation()
  const f = useFormat()
  const all = changedFields(e.before, e.after)
  // a field the reader has no word for is counted, never shown by its programme name
  const changes = all.filter((c) => i18nHas(t, `audit.field.${c.field}`))
  const unnamed = all.length - changes.length
  const created = e.before === null
  const shown = changes.slice(0, MAX_FIELDS)
  const who = !e.actorUsername || e.actorUsername === 'system' ? t('audit.system') : e.actorUsername
  return (
    <div data-testid="audit-event">
      <Typography.Text strong>
        {t(`audit.action.${e.action}`, {
          defaultValue: e.action.startsWith('NOTICE_') ? t('audit.action.NOTICE') : t('audit.action.UPDATE'),
        })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
        {who}
      </Typography.Text>
      <br />
      <Typography.Text type="secondary" className="num" style={{ fontSize: 12 }}>
        {f.dateTime(e.at)}
      </Typography.Text>
      {shown.length > 0 ? (
        <ul style={{ margin: '4px 0 0', paddingLeft: 18, fontSize: 13 }}>
          {shown.map((c) => (
            <li key={c.field} data-testid="audit-change" style={{ overflowWrap: 'anywhere' }}>
              <Typography.Text type="secondary">{t(`audit.field.${c.field}`)}:</Typography.Text>{' '}
              {created ? (
                formatValue(c.after, t, c.field)
              ) : (
                <>
                  <Typography.Text delete type="secondary">
                    {formatValue(c.before, t, c.field)}
                  </Typography.Text>
                  {' → '}
                  {formatValue(c.after, t, c.field)}
                </>
              )}
            </li>
          ))}
          {changes.length + unnamed > shown.length && (
            <li>
              <Typography.Text type="secondary">
                {t('audit.more', { count: changes.length + unnamed - shown.length })}
              </Typography.Text>
            </li>
          )}
        </ul>
      ) : (
        !created && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('audit.noChanges')}
            </Typography.Text>
          </div>
        )
      )}
    </div>
  )
}

/** "Lịch sử thay đổi" of a plan, assignment or report; nothing at all for users who may not read it. */
export function AuditHistory({
  entityType,
  entityId,
  bordered = true,
  title,
}: {
  entityType: AuditEntity
  entityId: number | string | undefined
  bordered?: boolean
  title?: string
}) {
  const { t } = useTranslation()
  const allowed = canManage(useSession()?.user)
  const q = useAudit(entityType, entityId, allowed)
  if (!allowed || entityId === undefined) return null
  const body = q.isLoading ? (
    <LoadingState rows={3} />
  ) : q.isError ? (
    <ErrorState error={q.error} onRetry={() => void q.refetch()} />
  ) : !q.data?.items.length ? (
    <EmptyState title={t('audit.empty')} />
  ) : (
    <Timeline
      style={{ marginTop: 8 }}
      items={q.data.items.map((e) => ({ key: e.id, children: <EventItem e={e} /> }))}
    />
  )
  return (
    <Card
      title={title ?? t('audit.title')}
      size="small"
      variant={bordered ? 'outlined' : 'borderless'}
      data-testid="audit-history"
    >
      {body}
    </Card>
  )
}
