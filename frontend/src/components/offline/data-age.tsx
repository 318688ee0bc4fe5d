import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatShortDateTime } from '@/lib/format'
import { useOnline } from '@/lib/offline/online'

interface QueryLike {
  data?: unknown
  dataUpdatedAt: number
  isError: boolean
  fetchStatus: string
}

/**
 * Says "dữ liệu lúc hh:mm dd/MM" above what a screen shows when it is not live: offline, or the last refresh
 * failed, so the phone shows what it kept. Given the screen's main queries; the oldest answer counts.
 */
export function DataAge({ queries }: { queries: QueryLike[] }) {
  const { t } = useTranslation()
  const online = useOnline()
  const shown = queries.filter((q) => q.data !== undefined && q.dataUpdatedAt > 0)
  if (shown.length === 0) return null
  const notLive = !online || shown.some((q) => q.isError || q.fetchStatus === 'paused')
  if (!notLive) return null
  const oldest = Math.min(...shown.map((q) => q.dataUpdatedAt))
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      data-testid="data-age"
      style={{ marginBottom: 12 }}
      message={t('offline.dataAt', { time: formatShortDateTime(oldest) })}
      description={online ? t('offline.refreshFailed') : t('offline.offlineHint')}
    />
  )
}
