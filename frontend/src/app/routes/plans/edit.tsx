import { useNavigate, useParams } from 'react-router'
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { usePlan } from '@/features/plans/api/get-plan'
import { PlanForm } from '@/features/plans/components/plan-form'
import { RequireRole } from '@/app/guards'
import { canManage } from '@/lib/auth'

export default function EditPlanRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const id = Number(useParams().planId)
  const plan = usePlan(id)
  const parent = usePlan(plan.data?.parentPlanId ?? undefined)
  if (plan.isLoading || (plan.data?.parentPlanId && parent.isLoading)) return <LoadingState rows={8} />
  if (plan.isError || !plan.data) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
  return (
    <RequireRole allow={canManage}>
      <PageHeader title={t('plans.edit')} sub={plan.data.number} />
      {plan.data.status !== 'DRAFT' ? (
        <Alert type="warning" showIcon message={t('plans.readOnly')} />
      ) : (
        <PlanForm
          key={`${plan.data.id}-${plan.data.version}`}
          plan={plan.data}
          parent={parent.data}
          onSaved={(p) => navigate(`/plans/${p.id}`)}
          onCancel={() => navigate(`/plans/${id}`)}
        />
      )}
    </RequireRole>
  )
}
