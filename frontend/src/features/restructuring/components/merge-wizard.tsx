import { useState } from 'react'
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Steps,
  Typography,
} from 'antd'
import { useQueries } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@/lib/api/client'
import type { MergeInput, RestructuringResult } from '@/lib/api/types'
import { useLevels } from '@/lib/api/reference'
import { problemText } from '@/lib/problem'
import { OrgSelect } from '@/components/org-select'
import { useMerge } from '../api/merge'
import { organizationKeys } from '@/lib/api/query-keys'

interface Values {
  sources?: number[]
  targetKind: 'new' | 'existing'
  targetId?: number
  code?: string
  name?: string
  parentId?: number
  levelCode?: string
  decision?: string
  effectiveOn?: dayjs.Dayjs
}

const EFFECTS = [
  'sourcesDeactivated',
  'organizationsCreated',
  'childrenMoved',
  'usersMoved',
  'membersMoved',
  'openPlans',
  'assignmentsMerged',
  'successorAssignments',
  'successorAssignmentsCompleted',
] as const

/** The organisations picked by id, for their codes (the API names organisations by code). */
function useOrgs(ids: (number | undefined)[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: organizationKeys.detail(id ?? 0),
      queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id ?? 0 } } })),
      enabled: !!id,
    })),
  })
}

/** Sources, successor, decision and date; the dry run's effect is shown before anything changes. */
export function MergeWizard() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const levels = useLevels()
  const [form] = Form.useForm<Values>()
  const [step, setStep] = useState(0)
  const [preview, setPreview] = useState<RestructuringResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const merge = useMerge()
  // undefined on the first render, until the form is connected
  const values = (Form.useWatch([], form) as Values | undefined) ?? { targetKind: 'new' }
  const sources = useOrgs(values.sources ?? [])
  const [target, parent] = useOrgs([values.targetId, values.parentId])

  const body = (): MergeInput => {
    const v = form.getFieldsValue(true) as Values
    return {
      sourceCodes: sources.map((s) => s.data?.code ?? ''),
      target:
        v.targetKind === 'existing'
          ? { code: target.data?.code ?? '' }
          : {
              code: v.code?.trim() ?? '',
              name: v.name?.trim(),
              parentCode: parent.data?.code,
              levelCode: v.levelCode,
            },
      effectiveOn: (v.effectiveOn ?? dayjs()).format('YYYY-MM-DD'),
      decision: v.decision?.trim() ?? '',
    }
  }
  const fieldsOf = [
    ['sources'],
    ['targetKind', 'targetId', 'code', 'name', 'parentId', 'levelCode'],
    ['decision', 'effectiveOn'],
  ]
  const next = async () => {
    await form.validateFields(fieldsOf[step])
    setError(null)
    if (step < 2) {
      setStep(step + 1)
      return
    }
    merge.mutate(
      { body: body(), dryRun: true },
      {
        onSuccess: (r) => {
          setPreview(r)
          setStep(3)
        },
        onError: (e) => setError(problemText(e, t)),
      },
    )
  }
  const confirm = () =>
    merge.mutate(
      { body: body(), dryRun: false },
      {
        onSuccess: (r) => {
          const successor = r.successors.at(0)
          void message.success(t('tree.done', { name: successor?.name ?? '' }))
          navigate(`/organizations?org=${successor?.id ?? ''}`)
        },
        onError: (e) => setError(problemText(e, t)),
      },
    )
  const required = (k: string) => [{ required: true, message: t('validation.required', { field: t(k).toLowerCase() }) }]

  return (
    <Card>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={[
          { title: t('tree.stepSources') },
          { title: t('tree.stepTarget') },
          { title: t('tree.stepDecision') },
          { title: t('tree.stepEffect') },
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ targetKind: 'new', effectiveOn: dayjs() }}
        onValuesChange={() => {
          setPreview(null)
          if (step === 3) setStep(2)
        }}
        style={{ maxWidth: 640 }}
      >
        <div hidden={step !== 0}>
          <Form.Item
            label={t('tree.sources')}
            name="sources"
            extra={t('tree.sourcesHint')}
            rules={required('tree.sources')}
          >
            <OrgSelect multiple aria-label={t('tree.sources')} />
          </Form.Item>
        </div>
        <div hidden={step !== 1}>
          <Form.Item label={t('tree.targetKind')} name="targetKind">
            <Radio.Group>
              <Radio.Button value="new">{t('tree.targetNew')}</Radio.Button>
              <Radio.Button value="existing">{t('tree.targetExisting')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
          {values.targetKind === 'existing' ? (
            <Form.Item label={t('tree.targetOrg')} name="targetId" rules={required('tree.targetOrg')}>
              <OrgSelect aria-label={t('tree.targetOrg')} />
            </Form.Item>
          ) : (
            <>
              <Form.Item label={t('tree.targetCode')} name="code" rules={required('tree.targetCode')}>
                <Input />
              </Form.Item>
              <Form.Item label={t('tree.targetName')} name="name" rules={required('tree.targetName')}>
                <Input />
              </Form.Item>
              <Form.Item label={t('tree.targetParent')} name="parentId" rules={required('tree.targetParent')}>
                <OrgSelect aria-label={t('tree.targetParent')} />
              </Form.Item>
              <Form.Item label={t('tree.targetLevel')} name="levelCode" rules={required('tree.targetLevel')}>
                <Select
                  aria-label={t('tree.targetLevel')}
                  options={(levels.data ?? []).filter((l) => l.active).map((l) => ({ value: l.code, label: l.name }))}
                />
              </Form.Item>
            </>
          )}
        </div>
        <div hidden={step !== 2}>
          <Form.Item label={t('tree.decision')} name="decision" rules={required('tree.decision')}>
            <Input placeholder={t('tree.decisionPlaceholder')} />
          </Form.Item>
          <Form.Item label={t('tree.effectiveOn')} name="effectiveOn" rules={required('tree.effectiveOn')}>
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </div>
      </Form>
      {step === 3 && preview && (
        <div data-testid="merge-preview">
          <Typography.Title level={5}>{t('tree.effectTitle')}</Typography.Title>
          <Descriptions column={1} size="small" bordered>
            {EFFECTS.map((k) => (
              <Descriptions.Item key={k} label={t(`tree.${k}`)}>
                {preview.effects[k]}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Alert type="info" showIcon style={{ marginTop: 16 }} message={t('tree.policy')} />
        </div>
      )}
      {error && <Alert type="error" showIcon style={{ marginTop: 16 }} message={error} />}
      <Flex gap={8} style={{ marginTop: 24 }}>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('tree.previous')}</Button>}
        {step < 2 && (
          <Button type="primary" onClick={() => void next()}>
            {t('tree.next')}
          </Button>
        )}
        {step === 2 && (
          <Button type="primary" loading={merge.isPending} onClick={() => void next()}>
            {t('tree.preview')}
          </Button>
        )}
        {step === 3 && (
          <Button type="primary" danger loading={merge.isPending} onClick={confirm}>
            {t('tree.confirm')}
          </Button>
        )}
      </Flex>
    </Card>
  )
}
