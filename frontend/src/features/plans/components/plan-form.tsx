import { useEffect, useMemo } from 'react'
import { Button, Flex, Form, type FormInstance } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Plan } from '@/lib/api/types'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { useSession } from '@/lib/auth'
import { useSavePlan } from '../api/save-plan'
import { idToKey } from './source-marks'
import { useFieldMarks } from './field-marks'
import { ParentDeadlines } from './parent-deadlines'
import { PlanHeaderFields } from './plan-header-fields'
import { toInput, toValues, type PlanValues, type SourceLink, type TierValues } from './plan-form-model'
import { TierList } from './tier-list'

export {
  DATE_FORMAT,
  checkText,
  draftToValues,
  mergeTiers,
  toInput,
  toValues,
  type PlanValues,
  type SourceLink,
  type TierValues,
} from './plan-form-model'

interface Props {
  plan?: Plan
  parent?: Plan
  onSaved: (plan: Plan) => void
  onCancel: () => void
  /** the form instance, when the page drives the fields (focus from the source) */
  form?: FormInstance<PlanValues>
  /** start from these values instead of the plan's or a new plan's */
  initialValues?: PlanValues
  source?: SourceLink
  submitLabel?: string
  cancelLabel?: string
  /** show at once what still has to be filled in */
  validateOnMount?: boolean
}

export function PlanForm({
  plan,
  parent,
  onSaved,
  onCancel,
  form: external,
  initialValues,
  source,
  submitLabel,
  cancelLabel,
  validateOnMount,
}: Props) {
  const { t } = useTranslation()
  const user = useSession()?.user
  const [form] = Form.useForm<PlanValues>(external)
  const save = useSavePlan(plan)
  const problem = useFormProblem(form)
  const initial = useMemo(
    () => initialValues ?? toValues(plan, parent, user?.orgId ?? null),
    [initialValues, plan, parent, user?.orgId],
  )
  useEffect(() => {
    if (validateOnMount) form.validateFields().catch(() => {})
  }, [validateOnMount, form])
  const tiersWatch = Form.useWatch('tiers', form) as TierValues[] | undefined
  const issuerWatch = Form.useWatch<number | null | undefined>('issuerOrgId', form)
  const parentPlanId = parent?.id ?? plan?.parentPlanId ?? undefined
  const marks = useFieldMarks(source, tiersWatch)

  return (
    <Form<PlanValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      scrollToFirstError
      // stays disabled once saved, while the page moves on: no second plan from a second click
      disabled={save.isPending || save.isSuccess}
      onValuesChange={() => problem.error && problem.clear()}
      onFocus={(e) => {
        const key = source?.onFocusKey && idToKey((e.target as HTMLElement).id)
        if (key) source.onFocusKey?.(key)
      }}
      // Enter in a field never saves: only the save button does (an Enter in a date picker saved a draft)
      onKeyDown={(e) => {
        const el = e.target as HTMLElement
        if (e.key === 'Enter' && el.tagName !== 'TEXTAREA' && el.tagName !== 'BUTTON') e.preventDefault()
      }}
      onFinish={(values) => {
        problem.clear()
        save.mutate(toInput(values, parent?.id ?? plan?.parentPlanId ?? null), {
          onSuccess: onSaved,
          onError: problem.handle,
        })
      }}
    >
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      {parent && <ParentDeadlines parent={parent} />}
      <PlanHeaderFields marks={marks} isChild={!!parent} />
      <TierList
        form={form}
        marks={marks}
        source={source}
        tiers={tiersWatch}
        parentPlanId={parentPlanId}
        issuerOrgId={issuerWatch}
      />
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{cancelLabel ?? t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending || save.isSuccess}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Flex>
    </Form>
  )
}
