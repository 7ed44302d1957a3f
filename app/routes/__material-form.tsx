import { Form, useNavigation } from '@remix-run/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OrganisationFields } from '#app/components/organisation-fields.tsx'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import {
	Checkboxes,
	SelectField,
	TextAreaField,
	useClientValidation,
	CountrySelect,
} from '#app/components/ui/form-controls.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { CONTENT_LANGUAGES } from '#app/domain/languages.ts'
import {
	MAX_DESCRIPTION_LENGTH,
	parseMaterialDraft,
	type DraftErrors,
} from '#app/domain/material-draft.ts'
import {
	ACCESSIBILITY_FEATURES,
	AUDIENCES,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
} from '#app/domain/vocabularies.ts'

export interface DraftValues {
	draftId: string
	title: string
	description: string
	lang: string
	resourceType: string
	licence: string
	audiences: string[]
	risks: string[]
	accessibility: string[]
	ageMin: number | null
	ageMax: number | null
	organisation: string
	organisationContact: string
}

/**
 * The material draft form, for "new" and "edit". The browser checks it with
 * the same schema as the server before sending, so most mistakes are shown at
 * once; without JavaScript the server's answer shows the same messages.
 */
export function MaterialForm({
	values,
	serverErrors,
	submitLabel,
	countries,
	intent,
}: {
	values: DraftValues
	serverErrors?: DraftErrors | null
	submitLabel: string
	countries?: string[]
	/** The action's intent field, for routes with several actions. */
	intent?: string
}) {
	const { t } = useTranslation('account')
	const labels = useLabels()
	// What the chosen licence allows, in plain words, as the contributor chooses.
	const [licence, setLicence] = useState(values.licence)
	const { errors, check } = useClientValidation<DraftErrors>(parseMaterialDraft, serverErrors)
	const busy = useNavigation().state === 'submitting'
	const error = (name: keyof DraftErrors) => (errors[name] ? t(errors[name]!) : null)

	const hasErrors = Object.keys(errors).length > 0
	return (
		<Form method="post" className="form form--wide" noValidate onSubmit={check}>
			{hasErrors ? <FormMessage tone="error">{t('draft.errors.summary')}</FormMessage> : null}
			{error('draftId') ? <FormMessage tone="error">{error('draftId')}</FormMessage> : null}
			<input type="hidden" name="draftId" value={values.draftId} />
			{intent ? <input type="hidden" name="intent" value={intent} /> : null}
			<CountrySelect
				id="draft-country"
				label={t('fields.country')}
				countries={countries}
				nameOf={labels.country}
			/>
			<Field
				id="draft-title"
				label={t('fields.title')}
				name="title"
				defaultValue={values.title}
				required
				maxLength={200}
				error={error('title')}
			/>
			<SelectField
				idPrefix="draft"
				label={t('fields.lang')}
				name="lang"
				value={values.lang}
				error={error('lang')}
				options={CONTENT_LANGUAGES.map((l) => [l, labels.language(l)] as const).sort((a, b) =>
					a[1].localeCompare(b[1]),
				)}
			/>
			<TextAreaField
				idPrefix="draft"
				label={t('fields.description')}
				name="description"
				value={values.description}
				maxLength={MAX_DESCRIPTION_LENGTH}
				error={error('description')}
			/>
			<SelectField
				idPrefix="draft"
				label={t('fields.type')}
				name="resourceType"
				value={values.resourceType}
				error={error('resourceType')}
				options={RESOURCE_TYPES.map((v) => [v, labels.vocab('type', v)] as const)}
			/>
			<SelectField
				idPrefix="draft"
				label={t('fields.licence')}
				name="licence"
				value={values.licence}
				error={error('licence')}
				options={LICENCES.map((v) => [v, labels.vocab('licence', v)] as const)}
				onChange={setLicence}
				liveHint
				hint={licence ? t(`common:licenceSummary.${licence}`) : t('draft.licenceHint')}
			/>
			<OrganisationFields
				idPrefix="draft"
				values={values}
				errors={{
					organisation: error('organisation'),
					organisationContact: error('organisationContact'),
				}}
				hint={t('draft.organisationHint')}
			/>
			<Checkboxes
				idPrefix="draft"
				legend={t('fields.audiences')}
				name="audiences"
				values={values.audiences}
				error={error('audiences')}
				options={AUDIENCES.map((v) => [v, labels.vocab('audience', v)] as const)}
			/>
			<Checkboxes
				idPrefix="draft"
				legend={t('fields.risks')}
				name="risks"
				values={values.risks}
				error={error('risks')}
				options={RISKS.map((v) => [v, labels.vocab('risk', v)] as const)}
			/>
			<Checkboxes
				idPrefix="draft"
				legend={t('fields.accessibility')}
				name="accessibility"
				values={values.accessibility}
				error={error('accessibility')}
				options={ACCESSIBILITY_FEATURES.map((v) => [v, labels.vocab('accessibility', v)] as const)}
			/>
			<div className="actions">
				<Field
					label={t('fields.ageMin')}
					name="ageMin"
					type="number"
					min={0}
					max={120}
					defaultValue={values.ageMin ?? ''}
					error={error('ageMin')}
				/>
				<Field
					label={t('fields.ageMax')}
					name="ageMax"
					type="number"
					min={0}
					max={120}
					defaultValue={values.ageMax ?? ''}
					error={error('ageMax')}
				/>
			</div>
			<p className="hint">{t('draft.filesLater')}</p>
			<div className="actions">
				<button type="submit" className="button" disabled={busy}>
					{submitLabel}
				</button>
			</div>
		</Form>
	)
}
