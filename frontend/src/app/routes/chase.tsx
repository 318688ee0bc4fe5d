import { Link } from 'react-router'
import { Button, Card } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { RequireRole } from '@/app/guards'
import { canView } from '@/lib/auth'
import { useUrlState } from '@/lib/url-state'
import { PageHeader } from '@/components/ui/page'
import { PlanSelect } from '@/components/plan-select'
import { EmptyState } from '@/components/ui/states'
import { ChaseList } from '@/features/follow-up/components/chase-list'
import { SummaryButtons } from '@/features/follow-up/components/summary-buttons'

/** `/dashboard/late?plan=1&org=5`: the chase list for the dashboard's plan and organisation. */
export default function ChaseRoute() {
  const { t } = useTranslation()
  const url = useUrlState()
  const planId = url.getNumber('plan')
  const orgId = url.getNumber('org')
  const back = `/dashboard${planId ? `?${new URLSearchParams({ plan: String(planId), ...(orgId !== undefined ? { org: String(orgId) } : {}) })}` : ''}`
  return (
    <RequireRole allow={canView}>
      <Link to={back}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0, marginBottom: 8 }}>
          {t('dashboard.title')}
        </Button>
      </Link>
      <PageHeader
        title={t('chase.title')}
        extra={
          <>
            <PlanSelect
              aria-label={t('dashboard.choosePlan')}
              placeholder={t('dashboard.choosePlan')}
              allowClear={false}
              value={planId}
              onChange={(v) => url.set({ plan: v, org: undefined, page: undefined })}
              style={{ minWidth: 240, maxWidth: '100%' }}
            />
            {planId && <SummaryButtons planId={planId} orgId={orgId} />}
          </>
        }
      />
      {planId ? (
        <ChaseList planId={planId} orgId={orgId} />
      ) : (
        <Card>
          <EmptyState title={t('chase.noPlan')} />
        </Card>
      )}
    </RequireRole>
  )
}
