import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { usePlan } from '@/features/plans/api/get-plan'
import { PlanActions } from '@/features/plans/components/plan-actions'
import { PlanDetail } from '@/features/plans/components/plan-detail'
import { AuditHistory } from '@/features/audit/components/audit-history'
import { SummaryButtons } from '@/features/follow-up/components/summary-buttons'

export default function PlanDetailRoute() {
  const { t } = useTranslation()
  const id = Number(useParams().planId)
  const plan = usePlan(id)
  if (plan.isLoading) return <LoadingState rows={8} />
  if (plan.isError || !plan.data) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
  return (
    <>
      <PageHeader
        title={plan.data.title}
        sub={`${t('plans.number')}: ${plan.data.number}`}
        extra={
          <>
            <PlanActions plan={plan.data} />
            {plan.data.status !== 'DRAFT' && <SummaryButtons planId={id} />}
          </>
        }
      />
      <PlanDetail plan={plan.data} />
      <div style={{ height: 16 }} />
      <AuditHistory entityType="PLAN" entityId={id} />
    </>
  )
}
