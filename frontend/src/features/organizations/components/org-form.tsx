import { App, Form, Input, InputNumber, Modal, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Organization, OrganizationInput } from '@/lib/api/types'
import { useLevels } from '@/lib/api/reference'
import { OrgSelect } from '@/components/org-select'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { useSaveOrganization } from '../api/save-organization'

type Values = OrganizationInput

/** Creates an organisation (under `parentId`) or edits `org`. */
export function OrgFormModal({
  open,
  org,
  parentId,
  onClose,
  onSaved,
}: {
  open: boolean
  org?: Organization
  parentId?: number | null
  onClose: () => void
  onSaved?: (o: Organization) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const levels = useLevels()
  const save = useSaveOrganization(org)
  const problem = useFormProblem(form)
  const req = (k: string) => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field: t(k).toLowerCase() }),
  })

  const initial: Partial<Record<keyof Values, unknown>> = org
    ? {
        code: org.code,
        name: org.name,
        parentId: org.parentId,
        levelCode: org.levelCode,
        memberCount: org.memberCount,
        secretaryName: org.secretaryName,
        phone: org.phone,
        email: org.email,
      }
    : { parentId: parentId ?? undefined, memberCount: 0 }

  return (
    <Modal
      open={open}
      title={org ? t('orgs.edit') : parentId ? t('orgs.addChild') : t('orgs.addRoot')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={560}
    >
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        preserve={false}
        onValuesChange={() => problem.error && problem.clear()}
        onFinish={(v) =>
          save.mutate(
            {
              ...v,
              code: v.code?.trim(),
              name: v.name.trim(),
              secretaryName: v.secretaryName?.trim() || undefined,
              phone: v.phone?.trim() || undefined,
              email: v.email?.trim() || undefined,
            },
            {
              onSuccess: (o) => {
                void message.success(t('orgs.saved', { name: o.name }))
                onSaved?.(o)
                onClose()
              },
              onError: problem.handle,
            },
          )
        }
      >
        <Form.Item label={t('orgs.code')} name="code" rules={[req('orgs.code')]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('orgs.name')} name="name" rules={[req('orgs.name')]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('orgs.parent')} name="parentId">
          <OrgSelect />
        </Form.Item>
        <Form.Item
          label={t('orgs.level')}
          name="levelCode"
          rules={[
            { required: true, message: t('validation.requiredSelect', { field: t('orgs.level').toLowerCase() }) },
          ]}
        >
          <Select
            loading={levels.isLoading}
            options={(levels.data ?? [])
              .filter((l) => l.active !== false || l.code === org?.levelCode)
              .map((l) => ({ value: l.code, label: l.name }))}
          />
        </Form.Item>
        <Form.Item label={t('orgs.memberCount')} name="memberCount">
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('orgs.secretaryName')} name="secretaryName">
          <Input />
        </Form.Item>
        <Form.Item label={t('orgs.phone')} name="phone">
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item label={t('orgs.email')} name="email" rules={[{ type: 'email', message: t('validation.email') }]}>
          <Input inputMode="email" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
