import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page'
import { Roster } from '@/features/members/components/roster'

export default function MembersRoute() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('members.rosterTitle')} />
      <Roster />
    </>
  )
}
