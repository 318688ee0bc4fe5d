import { useState } from 'react'
import { useNavigate } from 'react-router'
import { App, Button } from 'antd'
import { BarChartOutlined, BranchesOutlined, EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Plan } from '@/lib/api/types'
import { problemText } from '@/lib/problem'
import { canManage, useSession } from '@/lib/auth'
import { previewPublish, useClosePlan, usePublishPlan } from '../api/publish-plan'
import { planChecks } from './draft-checks'
import { checkText } from './plan-form'

/** Edit, publish (after a dry run tells how many assignments it makes), close, child plan, progress. */
export function PlanActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const { modal, message } = App.useApp()
  const navigate = useNavigate()
  const user = useSession()?.user
  const publish = usePublishPlan()
  const close = useClosePlan()
  const [checking, setChecking] = useState(false)
  const manage = canManage(user)

  const onPublish = async () => {
    setChecking(true)
    try {
      const preview = await previewPublish(plan)
      // the same warnings the import screen showed beside the fields, repeated before it is too late
      const checks = planChecks(plan.tiers)
      modal.confirm({
        title: t('plans.publishTitle'),
        content: (
          <>
            <p>{t('plans.publishBody', { count: preview.assignmentsCreated })}</p>
            {checks.length > 0 && (
              <div data-testid="publish-checks">
                <p>{t('planImport.beforePublish')}</p>
                <ul style={{ paddingInlineStart: 20 }}>
                  {checks.map((c, i) => (
                    <li key={i}>
                      {t('plans.tier', { n: c.tier + 1 })}: {checkText(c, t)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        ),
        okText: t('plans.publish'),
        cancelText: t('common.cancel'),
        onOk: () =>
          publish.mutateAsync(plan).then(
            (r) => void message.success(t('plans.published', { count: r.assignmentsCreated })),
            (e) => void message.error(problemText(e, t)),
          ),
      })
    } catch (e) {
      void message.error(problemText(e, t))
    } finally {
      setChecking(false)
    }
  }

  const onClose = () =>
    modal.confirm({
      title: t('plans.closeTitle'),
      content: t('plans.closeBody'),
      okText: t('plans.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        close.mutateAsync(plan).then(
          () => void message.success(t('plans.closed')),
          (e) => void message.error(problemText(e, t)),
        ),
    })

  return (
    <>
      {plan.status !== 'DRAFT' && (
        <Button icon={<BarChartOutlined />} onClick={() => navigate(`/dashboard?plan=${plan.id}`)}>
          {t('plans.viewProgress')}
        </Button>
      )}
      {manage && plan.status === 'DRAFT' && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/plans/${plan.id}/edit`)}>
          {t('common.edit')}
        </Button>
      )}
      {manage && plan.status === 'DRAFT' && (
        <Button type="primary" icon={<SendOutlined />} loading={checking || publish.isPending} onClick={onPublish}>
          {t('plans.publish')}
        </Button>
      )}
      {manage && plan.status === 'PUBLISHED' && (
        <Button icon={<BranchesOutlined />} onClick={() => navigate(`/plans/new?parent=${plan.id}`)}>
          {t('plans.newChild')}
        </Button>
      )}
      {manage && plan.status === 'PUBLISHED' && (
        <Button danger icon={<StopOutlined />} loading={close.isPending} onClick={onClose}>
          {t('plans.close')}
        </Button>
      )}
    </>
  )
}
