import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page'
import { MyWork } from '@/features/assignments/components/my-work-list'
import { useSession } from '@/lib/auth'

export default function MyWorkRoute() {
  const { t } = useTranslation()
  const user = useSession()?.user
  return (
    <>
      <PageHeader title={t('work.title')} sub={user?.orgName ?? undefined} />
      {user?.orgId ? <MyWork orgId={user.orgId} /> : <Alert type="info" showIcon message={t('work.noOrg')} />}
    </>
  )
}
