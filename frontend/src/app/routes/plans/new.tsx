import { useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { usePlan } from '@/features/plans/api/get-plan'
import { PlanForm } from '@/features/plans/components/plan-form'
import { RequireRole } from '@/app/guards'
import { canManage } from '@/lib/auth'

export default function NewPlanRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const parentId = params.get('parent') ? Number(params.get('parent')) : undefined
  const parent = usePlan(parentId)
  if (parentId && parent.isLoading) return <LoadingState rows={8} />
  if (parentId && (parent.isError || !parent.data)) return <ErrorState error={parent.error} />
  return (
    <RequireRole allow={canManage}>
      <PageHeader title={parent.data ? t('plans.newChildOf', { number: parent.data.number }) : t('plans.new')} />
      <PlanForm
        key={parentId ?? 'new'}
        parent={parent.data}
        onSaved={(p) => navigate(`/plans/${p.id}`)}
        onCancel={() => navigate(-1)}
      />
    </RequireRole>
  )
}
