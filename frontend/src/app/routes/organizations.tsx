import { useTranslation } from 'react-i18next'
import { RequireRole } from '@/app/guards'
import { canView } from '@/lib/auth'
import { PageHeader } from '@/components/ui/page'
import { OrgBrowser } from '@/features/organizations/components/org-browser'

export default function OrganizationsRoute() {
  const { t } = useTranslation()
  return (
    <RequireRole allow={canView}>
      <PageHeader title={t('orgs.title')} />
      <OrgBrowser />
    </RequireRole>
  )
}
