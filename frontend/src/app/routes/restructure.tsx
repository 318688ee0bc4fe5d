import { useTranslation } from 'react-i18next'
import { RequireRole } from '@/app/guards'
import { canManage } from '@/lib/auth'
import { PageHeader } from '@/components/ui/page'
import { MergeWizard } from '@/features/restructuring/components/merge-wizard'

export default function RestructureRoute() {
  const { t } = useTranslation()
  return (
    <RequireRole allow={canManage}>
      <PageHeader title={t('tree.wizardTitle')} />
      <MergeWizard />
    </RequireRole>
  )
}
