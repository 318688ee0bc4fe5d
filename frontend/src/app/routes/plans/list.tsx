import { useNavigate } from 'react-router'
import { Button } from 'antd'
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page'
import { PlanList } from '@/features/plans/components/plan-list'
import { canManage, useSession } from '@/lib/auth'

export default function PlansRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const manage = canManage(useSession()?.user)
  const create = manage ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/plans/new')}>
      {t('plans.new')}
    </Button>
  ) : undefined
  const importButton = manage ? (
    <Button icon={<FileTextOutlined />} onClick={() => navigate('/plans/import')}>
      {t('import.open')}
    </Button>
  ) : undefined
  return (
    <>
      <PageHeader
        title={t('plans.title')}
        extra={
          manage ? (
            <>
              {importButton}
              {create}
            </>
          ) : undefined
        }
      />
      <PlanList emptyAction={create} />
    </>
  )
}
