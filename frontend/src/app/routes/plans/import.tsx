import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page'
import { PlanImport } from '@/features/plans/components/plan-import'
import { RequireRole } from '@/app/guards'
import { canManage } from '@/lib/auth'

export default function ImportPlanRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <RequireRole allow={canManage}>
      <PageHeader title={t('import.title')} sub={t('import.sub')} />
      <PlanImport onSaved={(p) => navigate(`/plans/${p.id}`)} onCancel={() => navigate('/plans')} />
    </RequireRole>
  )
}
