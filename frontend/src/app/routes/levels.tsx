import { useTranslation } from 'react-i18next'
import { RequireRole } from '@/app/guards'
import { canView } from '@/lib/auth'
import { PageHeader } from '@/components/ui/page'
import { LevelsTable } from '@/features/levels/components/levels-table'

export default function LevelsRoute() {
  const { t } = useTranslation()
  return (
    <RequireRole allow={canView}>
      <PageHeader title={t('tree.levelsTitle')} />
      <LevelsTable />
    </RequireRole>
  )
}
