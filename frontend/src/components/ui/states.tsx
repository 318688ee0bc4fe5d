import type { ReactNode } from 'react'
import { Button, Empty, Result, Skeleton, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { problemText } from '@/lib/problem'

export function LoadingState({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation()
  return (
    <div role="status" aria-live="polite" aria-label={t('common.loading')}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  )
}

export function EmptyState({ title, hint, action }: { title: ReactNode; hint?: ReactNode; action?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Text strong>{title}</Typography.Text>
          {hint && (
            <>
              <br />
              <Typography.Text type="secondary">{hint}</Typography.Text>
            </>
          )}
        </>
      }
    >
      {action}
    </Empty>
  )
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <Result
      status="warning"
      title={t('common.loadError')}
      subTitle={problemText(error, t)}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  )
}
