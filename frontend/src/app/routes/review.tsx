import { useTranslation } from 'react-i18next'
import { RequireRole } from '@/app/guards'
import { canManage } from '@/lib/auth'
import { PageHeader } from '@/components/ui/page'
import { ReviewQueue } from '@/features/reports/components/review-queue'

export default function ReviewRoute() {
  const { t } = useTranslation()
  return (
    <RequireRole allow={canManage}>
      <PageHeader title={t('review.title')} />
      <ReviewQueue />
    </RequireRole>
  )
}
