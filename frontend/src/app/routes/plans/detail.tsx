import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { usePlan } from '@/features/plans/api/get-plan'
import { PlanActions } from '@/features/plans/components/plan-actions'
import { PlanDetail } from '@/features/plans/components/plan-detail'

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
        extra={<PlanActions plan={plan.data} />}
      />
      <PlanDetail plan={plan.data} />
    </>
  )
}
